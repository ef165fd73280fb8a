// The published units' photos, as the content loader last read them: where each source is, its
// digest and size, and whether its board may show it. The build's photo step and the dev
// server's photo route read this list, so they publish exactly what the pages link to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepFileSync } from '../build-cache';
import type { UnitPhoto } from '../domain/photo-variants';

export interface ManifestPhoto extends UnitPhoto {
  /** The source file, absolute. */
  path: string;
}

/** Each published unit's photos, in the unit's order, by the unit's folder. */
export type PhotoManifest = Record<string, ManifestPhoto[]>;

export const photoManifestPath = (cacheDir: string) => join(cacheDir, 'showcase', 'photos.json');

export function writePhotoManifest(cacheDir: string, manifest: PhotoManifest): void {
  keepFileSync(photoManifestPath(cacheDir), JSON.stringify(manifest));
}

/** The last list written, or an empty one (no unit has photos, or nothing was loaded yet). */
export function readPhotoManifest(cacheDir: string): PhotoManifest {
  try {
    return JSON.parse(readFileSync(photoManifestPath(cacheDir), 'utf8')) as PhotoManifest;
  } catch {
    return {};
  }
}
