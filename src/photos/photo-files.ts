// Writing a photo's published files. Each file is encoded once and kept in the build's cache
// folder; a file already in the output folder is left as it is, so a republish of a site whose
// photos did not change reads no photo and writes none.
import { constants } from 'node:fs';
import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { keepFile } from '../build-cache';
import type { PhotoVariant } from '../domain/photo-variants';

/** How a file came to be in the output folder. */
export type Outcome = 'kept' | 'copied' | 'encoded';

/** One file to publish: the source photo and the variant of it. */
export interface PhotoJob {
  sourcePath: string;
  variant: PhotoVariant;
}

/** The variant's WebP: EXIF orientation applied, then all metadata (GPS, camera) left out. */
export function encodeVariant(sourcePath: string, variant: PhotoVariant): Promise<Buffer> {
  return sharp(sourcePath, { failOn: 'truncated' })
    .autoOrient()
    .resize({ width: variant.width, height: variant.height, fit: 'fill' })
    .webp({ quality: variant.quality })
    .toBuffer();
}

/** The cached file of the variant, encoded now if the cache does not hold it yet. */
export async function cachedVariant(cacheFolder: string, job: PhotoJob): Promise<{ path: string; encoded: boolean }> {
  const path = join(cacheFolder, job.variant.file);
  if (await exists(path)) return { path, encoded: false };
  // Written aside, then renamed: a build stopped halfway never leaves half a photo in the cache.
  await keepFile(path, await encodeVariant(job.sourcePath, job.variant));
  return { path, encoded: true };
}

/** Puts the variant into the output folder. */
export async function publishVariant(outFolder: string, cacheFolder: string, job: PhotoJob): Promise<Outcome> {
  const target = join(outFolder, job.variant.file);
  if (await exists(target)) return 'kept';
  const cached = await cachedVariant(cacheFolder, job);
  await mkdir(dirname(target), { recursive: true });
  // Copied aside, then renamed: a file found in the output folder is always a whole one.
  const partial = `${target}.${process.pid}.partial`;
  await copyFile(cached.path, partial, constants.COPYFILE_FICLONE);
  await rename(partial, target);
  return cached.encoded ? 'encoded' : 'copied';
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).size > 0;
  } catch {
    return false;
  }
}
