// Reading a source photo once, when its unit is loaded: the digest that names its published
// files and its size as shown (a phone's portrait photo is stored sideways with an EXIF
// orientation). The gate (src/check/checks/image-file.ts) has already refused what may not be
// published.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { PhotoSource } from '../domain/photo-variants';

export async function readPhotoSource(path: string): Promise<PhotoSource> {
  const bytes = await readFile(path);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 20);
  const { autoOrient } = await sharp(bytes).metadata();
  return { digest, width: autoOrient.width, height: autoOrient.height };
}

/** A photo as last read: what unit.yaml calls it, with its size and time then. */
export interface PhotoReading {
  signature: string;
  source: PhotoSource;
}

/** The same signature is the same file, as the content folder's digest also takes it (src/check/load-content.ts). */
export function photoSignature(file: string, path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return `${file}\0${stat ? `${stat.size}:${stat.mtimeMs}` : 'missing'}`;
}

/**
 * Each photo's source, reused from the last reading where the file is the same: a unit whose
 * report was edited reads none of its photos again. Nothing is then read from disk, so the
 * loader stores the unit without giving way to Astro's timed write of its store, which would
 * otherwise write the whole store once more (0.2–0.3 s at 1 000 units).
 */
export async function readPhotoSources(photos: readonly { file: string; path: string }[], last: readonly PhotoReading[]): Promise<PhotoReading[]> {
  const known = new Map(last.map((reading) => [reading.signature, reading.source]));
  return Promise.all(
    photos.map(async ({ file, path }) => {
      const signature = photoSignature(file, path);
      return { signature, source: known.get(signature) ?? (await readPhotoSource(path)) };
    }),
  );
}
