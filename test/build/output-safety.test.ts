// What leaves the build: photos without their metadata (GPS), external links without a handle
// on the page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/astro-build';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

let build: BuildResult;

beforeAll(async () => {
  const root = writeContent({
    'ce-shi': {
      yaml: `${validUnitYaml}photos:\n  - { file: ./photos/gps.jpg, caption: 带定位信息的照片 }\n`,
      report: `${validReport}\n[国家文明网](https://www.wenming.cn/) 与 [本单位荣誉](#honors)\n`,
      photo: true,
    },
  });
  // A phone photo as phones save it: with GPS coordinates and the camera model in EXIF.
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#88aa66' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestPhone', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '28/1 52/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 26/1 0/1' } })
    .toFile(join(root, 'units/ce-shi/photos/gps.jpg'));
  build = astroBuild(root);
  if (build.status !== 0) throw new Error(build.output);
});

it('publishes photos without EXIF, so no location or camera data leaves the office', async () => {
  const images = readdirSync(join(build.outDir, '_astro')).filter((file) => file.endsWith('.webp'));
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    const meta = await sharp(join(build.outDir, '_astro', image)).metadata();
    expect(meta.exif, image).toBeUndefined();
  }
  const html = readFileSync(join(build.outDir, 'units/ce-shi/index.html'), 'utf8');
  expect(html).not.toContain('gps.jpg"');
});

it('marks external links in reports noopener noreferrer, and leaves internal ones alone', () => {
  const doc = parseHTML(readFileSync(join(build.outDir, 'units/ce-shi/index.html'), 'utf8')).document;
  const external = doc.querySelector('.report-body a[href="https://www.wenming.cn/"]');
  expect(external?.getAttribute('rel')).toBe('noopener noreferrer');
  expect(external?.getAttribute('target')).toBeNull();
  expect(doc.querySelector('.report-body a[href="#honors"]')?.getAttribute('rel')).toBeNull();
});

it('publishes nothing of a draft unit, not even its photos', async () => {
  const root = writeContent({
    'cao-gao': { yaml: `${validUnitYaml.replace('slug: ce-shi', 'slug: cao-gao')}draft: true\nphotos:\n  - { file: ./photos/a.jpg, caption: 草稿照片 }\n`, photo: true },
    'ce-shi': { yaml: validUnitYaml },
  });
  const result = astroBuild(root);
  expect(result.status, result.output).toBe(0);
  const files = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' });
  expect(files.filter((file) => file.includes('cao-gao'))).toEqual([]);
  expect(files.filter((file) => /\.(jpe?g|webp)$/i.test(file))).toEqual([]);
});
