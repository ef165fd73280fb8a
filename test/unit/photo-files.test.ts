// Reading a source photo and publishing its files: upright as the phone meant it, without its
// EXIF (GPS, camera), encoded once, and never written again once published.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { galleryVariants } from '../../src/domain/photo-variants';
import { publishVariant } from '../../src/photos/photo-files';
import { readPhotoSource } from '../../src/photos/photo-source';

let folder: string;
let portrait: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'showcase-photos-'));
  portrait = join(folder, 'portrait.jpg');
  // A phone's portrait photo: stored 1200×900, left half red and right half blue, with EXIF
  // orientation 6 (turn 90° clockwise to show: red on top) and GPS.
  const half = await sharp({ create: { width: 600, height: 900, channels: 3, background: '#0000ff' } })
    .png()
    .toBuffer();
  const bytes = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#ff0000' } })
    .composite([{ input: half, left: 600, top: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 0/1 0/1' } } })
    .toBuffer();
  writeFileSync(portrait, bytes);
});

describe('photo files', () => {
  it('reads the size as shown (EXIF orientation applied) and a digest of the content', async () => {
    const source = await readPhotoSource(portrait);
    expect(source).toMatchObject({ width: 900, height: 1200 });
    expect(source.digest).toMatch(/^[0-9a-f]{20}$/);
    const copy = join(folder, 'copy-with-another-name.jpg');
    writeFileSync(copy, readFileSync(portrait));
    expect((await readPhotoSource(copy)).digest).toBe(source.digest);
  });

  it('encodes upright WebP without metadata, once; a published file is kept, a cached one copied', async () => {
    const source = await readPhotoSource(portrait);
    const variant = galleryVariants(source)[1]!;
    const job = { sourcePath: portrait, variant };
    const out = join(folder, 'dist-a');
    const cache = join(folder, 'cache');

    expect(await publishVariant(out, cache, job)).toBe('encoded');
    const published = join(out, variant.file);
    const meta = await sharp(published).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 640, height: Math.round((640 * 1200) / 900) });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    // Upright: the top right corner is red (unturned, it would be blue).
    const { data, info } = await sharp(published).raw().toBuffer({ resolveWithObject: true });
    const topRight = (info.width - 5) * info.channels;
    expect(data[topRight]).toBeGreaterThan(200);
    expect(data[topRight + 2]).toBeLessThan(60);

    const written = statSync(published).mtimeMs;
    expect(await publishVariant(out, cache, job)).toBe('kept');
    expect(statSync(published).mtimeMs).toBe(written);

    expect(await publishVariant(join(folder, 'dist-b'), cache, job)).toBe('copied');
    expect(readdirSync(cache)).toEqual([variant.file]);
  });

  it('names the source file when a photo cannot be encoded', async () => {
    const broken = join(folder, 'broken.jpg');
    writeFileSync(broken, readFileSync(portrait).subarray(0, 200));
    const variant = { file: 'x-320w-q80.webp', width: 320, height: 240, quality: 80 };
    await expect(publishVariant(join(folder, 'dist-c'), join(folder, 'cache-c'), { sourcePath: broken, variant })).rejects.toThrow();
  });
});
