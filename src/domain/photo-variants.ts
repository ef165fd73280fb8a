// What the site publishes of a unit's photo: WebP files at a few widths, named by the source's
// content digest and the size alone. The same photo always gets the same names, so a page that
// shows it stays valid across builds, a file already published is never written again, and no
// source file name (张三-身份证.jpg) reaches a public URL. The pages and the build's photo step
// (src/integrations/photos.ts) both ask this module, so they always agree on the files.
import { selectBoardPhotos, type BoardPhotoCandidate } from './board';

/** A source photo as the build reads it: its content digest and its size as shown (EXIF orientation applied). */
export interface PhotoSource {
  digest: string;
  width: number;
  height: number;
}

/** One published file of a photo. */
export interface PhotoVariant {
  /** File name under PHOTO_FOLDER. */
  file: string;
  width: number;
  height: number;
  quality: number;
}

/** The output folder (under the site's base) that holds every published photo. */
export const PHOTO_FOLDER = '_photos';

/** The unit page's gallery: a phone's column, a tablet's and a desktop's two-column grid at 2×. */
const GALLERY_WIDTHS = [320, 640, 960] as const;
const GALLERY_QUALITY = 80;
/** Boards are printed: up to 3 000 px wide (an A1 board's photo at about 300 ppi), at a higher quality. */
const BOARD_WIDTH = 3000;
const BOARD_QUALITY = 90;

/** The file of `source` at `width` (never wider than the source: no photo is enlarged). */
export function photoVariant(source: PhotoSource, width: number, quality: number): PhotoVariant {
  const shown = Math.max(1, Math.min(Math.round(width), source.width));
  const height = Math.max(1, Math.round((shown * source.height) / source.width));
  return { file: `${source.digest}-${shown}w-q${quality}.webp`, width: shown, height, quality };
}

/** The gallery's files, narrowest first; a small source yields fewer (one per distinct width). */
export function galleryVariants(source: PhotoSource): PhotoVariant[] {
  const variants = new Map<string, PhotoVariant>();
  for (const width of GALLERY_WIDTHS) {
    const variant = photoVariant(source, width, GALLERY_QUALITY);
    variants.set(variant.file, variant);
  }
  return [...variants.values()];
}

/** The one file a board (and its slides) prints. */
export function boardVariant(source: PhotoSource): PhotoVariant {
  return photoVariant(source, BOARD_WIDTH, BOARD_QUALITY);
}

/** A photo of a unit, as far as publishing its files goes. */
export interface UnitPhoto extends BoardPhotoCandidate {
  source: PhotoSource;
}

/**
 * Every file the site publishes of one unit's photos: the gallery's for each photo, the board's
 * for the photos its board shows. The build writes exactly these; the pages link only to these.
 */
export function unitPhotoVariants<T extends UnitPhoto>(photos: readonly T[]): { photo: T; variant: PhotoVariant }[] {
  return [
    ...photos.flatMap((photo) => galleryVariants(photo.source).map((variant) => ({ photo, variant }))),
    ...selectBoardPhotos(photos).map((photo) => ({ photo, variant: boardVariant(photo.source) })),
  ];
}

/** The `srcset` of a set of files, each at `folderUrl` + its name. */
export function srcsetOf(variants: readonly PhotoVariant[], folderUrl: string): string {
  return variants.map((variant) => `${folderUrl}${variant.file} ${variant.width}w`).join(', ');
}
