// Reading a source photo once, when its unit is loaded: the digest that names its published
// files and its size as shown (a phone's portrait photo is stored sideways with an EXIF
// orientation). The gate (src/check/checks/image-file.ts) has already refused what may not be
// published.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { PhotoSource } from '../domain/photo-variants';

export async function readPhotoSource(path: string): Promise<PhotoSource> {
  const bytes = await readFile(path);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 20);
  const { autoOrient } = await sharp(bytes).metadata();
  return { digest, width: autoOrient.width, height: autoOrient.height };
}
