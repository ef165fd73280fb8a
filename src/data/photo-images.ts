// A photo's <img> attributes, pointing at the files the build publishes of it
// (src/domain/photo-variants.ts, src/integrations/photos.ts).
import { boardVariant, galleryVariants, PHOTO_FOLDER, srcsetOf, type PhotoSource } from '../domain/photo-variants';
import { href } from './paths';

export interface PhotoImage {
  src: string;
  /** Present when there is more than one width to choose from. */
  srcset?: string;
  width: number;
  height: number;
}

const folderUrl = () => href(`${PHOTO_FOLDER}/`);

/** The unit page's photo: a responsive set, the widest file as `src`. */
export function galleryImage(source: PhotoSource): PhotoImage {
  const variants = galleryVariants(source);
  const widest = variants.at(-1)!;
  return {
    src: folderUrl() + widest.file,
    ...(variants.length > 1 ? { srcset: srcsetOf(variants, folderUrl()) } : {}),
    width: widest.width,
    height: widest.height,
  };
}

/** The printed board's (and its slides') photo: one file at print size. */
export function boardImage(source: PhotoSource): PhotoImage {
  const variant = boardVariant(source);
  return { src: folderUrl() + variant.file, width: variant.width, height: variant.height };
}
