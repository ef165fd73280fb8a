// Synthetic phone photos: JPEGs of phone-camera size (4000×3000 by default) with an EXIF
// Orientation, cheap to make (a gradient, a few shapes and a tiled grain, quality 80) and
// kept between runs in a pool keyed by size and seed.
//
// Every placed photo must be a different file: Astro names an image by the hash of its bytes,
// so identical files would be encoded once and the benchmark would under-count. Each copy
// therefore gets its own JPEG comment (a COM segment after the EXIF) naming the unit and file:
// same pixels and decoding cost, distinct bytes. A pool of distinct images keeps the output
// sizes realistic without paying for thousands of renders.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { createRandom, deriveSeed } from './random.ts';

export interface PhotoSpec {
  /** Path relative to the unit folder: photos/photo-01.jpg. */
  file: string;
  /** Text that makes this copy's bytes unique. */
  tag: string;
}

export interface PhotoOptions {
  width: number;
  height: number;
  seed: number;
  cacheDir: string;
  /** Distinct images drawn; copies cycle through them. */
  poolSize?: number;
  log?: (line: string) => void;
}

/** Phones write 6 (rotated 90° clockwise) most often; 1, 3 and 8 occur too. */
const ORIENTATIONS = [6, 1, 6, 8, 1, 3, 6, 1];
const PALETTES = [
  ['#7fb3d5', '#f5cba7', '#c0392b', '#28b463'],
  ['#f6d7a7', '#fbeee0', '#8fb996', '#922b21'],
  ['#a569bd', '#f5cba7', '#1f618d', '#f1c40f'],
  ['#aab7b8', '#eaeded', '#d35400', '#566573'],
] as const;

function sceneSvg(width: number, height: number, seed: number): string {
  const r = createRandom(seed);
  const [top, bottom, accent, accent2] = r.pick(PALETTES);
  let shapes = '';
  for (let i = 0; i < 6; i += 1) {
    const colour = i % 2 ? accent : accent2;
    const x = Math.round(r.next() * width);
    const y = Math.round(height * (0.3 + r.next() * 0.6));
    const s = Math.round(height * (0.05 + r.next() * 0.2));
    shapes += r.chance(0.5)
      ? `<circle cx="${x}" cy="${y}" r="${s}" fill="${colour}" opacity="0.7"/>`
      : `<rect x="${x - s}" y="${y - s}" width="${s * 2}" height="${Math.round(s * 1.4)}" fill="${colour}" opacity="0.6"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#g)"/>
    <rect y="${Math.round(height * 0.72)}" width="${width}" height="${Math.round(height * 0.28)}" fill="${accent2}" opacity="0.5"/>
    ${shapes}</svg>`;
}

async function drawPoolPhoto(file: string, width: number, height: number, seed: number, orientation: number): Promise<void> {
  // Grain like a phone sensor's, so the JPEG has a photo's entropy (a 12 MP file is ≈ 2.3 MB).
  // The tile is never larger than the photo (sharp refuses a composite bigger than its base).
  const grain = await sharp({
    create: {
      width: Math.min(509, width),
      height: Math.min(487, height),
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 24 },
    },
  })
    .png()
    .toBuffer();
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  await sharp(Buffer.from(sceneSvg(width, height, seed)))
    .composite([{ input: grain, tile: true, blend: 'overlay' }])
    .jpeg({ quality: 80 })
    .withMetadata({ orientation })
    .toFile(partial);
  await rename(partial, file);
}

/** The JPEG with a COM segment carrying `tag`, placed after SOI and any APPn segments (EXIF stays first). */
export function withComment(jpeg: Buffer, tag: string): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff && (jpeg[at + 1] ?? 0) >= 0xe0 && (jpeg[at + 1] ?? 0) <= 0xef) {
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  const text = Buffer.from(`bench ${tag}`, 'utf8');
  const segment = Buffer.alloc(4 + text.length);
  segment[0] = 0xff;
  segment[1] = 0xfe;
  segment.writeUInt16BE(text.length + 2, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, at), segment, jpeg.subarray(at)]);
}

async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Makes (or reuses) the pool, then writes every unit's photos. */
export async function placePhotos(
  jobs: ReadonlyArray<{ dir: string; specs: readonly PhotoSpec[] }>,
  options: PhotoOptions,
): Promise<{ count: number; bytes: number }> {
  const total = jobs.reduce((sum, job) => sum + job.specs.length, 0);
  if (total === 0) return { count: 0, bytes: 0 };
  const poolSize = Math.min(total, options.poolSize ?? 24);
  const poolDir = join(options.cacheDir, `${options.width}x${options.height}-q80`);
  const pool = Array.from({ length: poolSize }, (_, k) => join(poolDir, `seed${options.seed}-${k}.jpg`));
  const missing = pool.map((file, k) => ({ file, k })).filter(({ file }) => !existsSync(file));
  if (missing.length > 0) {
    const started = performance.now();
    options.log?.(`  drawing ${missing.length} pool photo(s) of ${options.width}×${options.height} into ${poolDir}`);
    await mapLimit(missing, 2, ({ file, k }) =>
      drawPoolPhoto(file, options.width, options.height, deriveSeed(options.seed, 'photo', k), ORIENTATIONS[k % ORIENTATIONS.length] ?? 1),
    );
    options.log?.(`  pool ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const sources = await Promise.all(pool.map((file) => readFile(file)));
  let index = 0;
  let bytes = 0;
  const flat = jobs.flatMap((job) => job.specs.map((spec) => ({ dir: job.dir, spec })));
  await mapLimit(flat, 16, async ({ dir, spec }) => {
    const source = sources[index++ % sources.length] as Buffer;
    const data = withComment(source, spec.tag);
    bytes += data.length;
    const file = join(dir, spec.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data);
  });
  return { count: flat.length, bytes };
}
