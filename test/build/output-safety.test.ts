// What leaves the build: photos without their metadata (GPS) and without their file names, no
// original, nothing of a draft, nothing from outside content/, inert payloads, the CSP first in
// <head>, external links without a handle on the page.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/astro-build';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

/** A phone photo as phones save it: GPS coordinates and the camera model in EXIF; its size marks it. */
function phonePhoto(width: number, height: number, colour: string) {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '28/1 52/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 26/1 0/1' },
    });
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });
const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function imageSizes(dist: string): Promise<string[]> {
  const sizes: string[] = [];
  for (const file of files(dist).filter((f) => /\.(webp|avif|jpe?g|png|gif)$/i.test(f) && !f.startsWith('share/'))) {
    const meta = await sharp(join(dist, file)).metadata();
    sizes.push(`${meta.width}x${meta.height}`);
  }
  return sizes;
}

describe('a site that passes the gate', () => {
  let build: BuildResult;
  let sources: Buffer[];
  const draftReportTitle = '尚未定稿的补充材料';

  beforeAll(async () => {
    const root = writeContent({
      'ce-shi': {
        yaml: `${validUnitYaml}photos:\n  - { file: ./photos/gps.jpg, caption: 带定位信息的照片 }\n`,
        report: `${validReport}\n[国家文明网](https://www.wenming.cn/) 与 [本单位荣誉](#honors)\n\n![志愿服务](./photos/志愿者王德明-手机拍摄.jpg)\n`,
        photo: true,
      },
      'cao-gao': {
        yaml: `${validUnitYaml.replace('slug: ce-shi', 'slug: cao-gao')}draft: true\nphotos:\n  - { file: ./photos/draft.jpg, caption: 草稿照片 }\n`,
        report: `${validReport}\n![](./photos/draft-body.jpg)\n`,
      },
    });
    const photos = join(root, 'units/ce-shi/photos');
    const draftPhotos = join(root, 'units/cao-gao/photos');
    mkdirSync(draftPhotos, { recursive: true });
    await phonePhoto(1600, 1200, '#88aa66').toFile(join(photos, 'gps.jpg'));
    await phonePhoto(900, 700, '#6688aa').toFile(join(photos, '志愿者王德明-手机拍摄.jpg'));
    // Drafts: sizes no published image has, so any trace of them in dist/ shows.
    await phonePhoto(613, 411, '#aa6688').toFile(join(draftPhotos, 'draft.jpg'));
    await phonePhoto(617, 419, '#aa8866').toFile(join(draftPhotos, 'draft-body.jpg'));
    await phonePhoto(619, 421, '#66aa88').toFile(join(photos, 'draft-report.jpg'));
    writeFileSync(join(root, 'units/ce-shi/supplement.md'), `---\ntitle: ${draftReportTitle}\ndraft: true\n---\n\n## 补充\n\n![](./photos/draft-report.jpg)\n`);
    sources = ['gps.jpg', '志愿者王德明-手机拍摄.jpg', 'draft-report.jpg'].map((f) => readFileSync(join(photos, f)));
    sources.push(...['draft.jpg', 'draft-body.jpg'].map((f) => readFileSync(join(draftPhotos, f))));
    build = astroBuild(root);
    if (build.status !== 0) throw new Error(build.output);
  });

  it('publishes photos, report images included, without EXIF (no GPS, no camera)', async () => {
    const images = files(build.outDir).filter((file) => /\.(webp|avif|jpe?g|png)$/i.test(file) && !file.startsWith('share/'));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect((await sharp(join(build.outDir, image)).metadata()).exif, image).toBeUndefined();
    const sizes = await imageSizes(build.outDir);
    expect(sizes).toContain('900x700');
  });

  it('publishes no original: only WebP under _astro/ and _photos/, no copy of a source photo anywhere', () => {
    for (const folder of ['_astro', '_photos']) expect(files(join(build.outDir, folder)).filter((f) => /\.(jpe?g|png|gif|svg|heic)$/i.test(f))).toEqual([]);
    expect(files(join(build.outDir, '_photos')).length).toBeGreaterThan(0);
    const published = new Set(
      files(build.outDir)
        .filter((f) => !f.endsWith('/'))
        .flatMap((f) => {
          try {
            return [digest(readFileSync(join(build.outDir, f)))];
          } catch {
            return [];
          }
        }),
    );
    for (const source of sources) expect(published.has(digest(source))).toBe(false);
  });

  it('never puts a source file name into a published URL', () => {
    const all = files(build.outDir);
    expect(all.filter((f) => /王德明|手机拍摄|gps|draft/.test(f))).toEqual([]);
    const html = readFileSync(join(build.outDir, 'units/ce-shi/index.html'), 'utf8');
    expect(html).not.toMatch(/王德明|gps\.jpg|\/a\.jpg|\.jpg/);
  });

  it('publishes nothing of a draft unit or a draft report: no page, no photo', async () => {
    const all = files(build.outDir);
    expect(all.filter((file) => file.includes('cao-gao'))).toEqual([]);
    const sizes = await imageSizes(build.outDir);
    for (const size of ['613x411', '617x419', '619x421']) expect(sizes.filter((s) => s === size)).toEqual([]);
    for (const page of all.filter((f) => f.endsWith('.html'))) expect(readFileSync(join(build.outDir, page), 'utf8')).not.toContain(draftReportTitle);
  });

  it('puts the Content-Security-Policy first in <head> on every page (after the charset)', () => {
    // /admin/ is the editor's page, not a published one: it is noindex and runs the editor's own bundle.
    const pages = files(build.outDir).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const head = parseHTML(readFileSync(join(build.outDir, page), 'utf8')).document.head;
      const elements = [...head.children].filter((el) => !(el.tagName === 'META' && el.hasAttribute('charset')));
      expect(elements[0]?.getAttribute('http-equiv'), page).toBe('content-security-policy');
    }
  });

  it('marks external links in reports noopener noreferrer, and leaves internal ones alone', () => {
    const doc = parseHTML(readFileSync(join(build.outDir, 'units/ce-shi/index.html'), 'utf8')).document;
    const external = doc.querySelector('.report-body a[href="https://www.wenming.cn/"]');
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(external?.getAttribute('target')).toBeNull();
    expect(doc.querySelector('.report-body a[href="#honors"]')?.getAttribute('rel')).toBeNull();
  });
});

describe('hostile images with the gate bypassed: the build alone holds', () => {
  let build: BuildResult;
  let secret: Buffer;

  beforeAll(async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30"><script>document.title="pwned"</script></svg>';
    const root = writeContent({
      'ce-shi': {
        yaml: validUnitYaml,
        report: `${validReport}\n![标志](./photos/logo.svg)\n\n![外部](../../../secret-outside.jpg)\n\n![链接](./photos/linked.jpg)\n\n[查看][x]\n\n[x]: &#106;avascript&#58;alert(1)\n`,
      },
    });
    const photos = join(root, 'units/ce-shi/photos');
    mkdirSync(photos, { recursive: true });
    writeFileSync(join(photos, 'logo.svg'), svg);
    // A file outside content/ reached by ../ and by a symbolic link: a size nothing else has.
    const outside = join(tmpdir(), `showcase-secret-${process.pid}.jpg`);
    await phonePhoto(733, 377, '#123456').toFile(outside);
    secret = readFileSync(outside);
    writeFileSync(join(root, '..', 'secret-outside.jpg'), secret);
    symlinkSync(outside, join(photos, 'linked.jpg'));
    build = astroBuild(root, { SHOWCASE_UNSAFE_SKIP_CHECK: '1' });
    if (build.status !== 0) throw new Error(build.output);
  });

  it('publishes no SVG and no script from an image', () => {
    const all = files(build.outDir);
    expect(all.filter((f) => /\.svgz?$/i.test(f) && f.startsWith('_astro'))).toEqual([]);
    expect(all.filter((f) => f.endsWith('.svg')).every((f) => !readFileSync(join(build.outDir, f), 'utf8').includes('pwned'))).toBe(true);
    const html = readFileSync(join(build.outDir, 'units/ce-shi/index.html'), 'utf8');
    expect(html).not.toContain('logo.svg');
    expect(html).not.toMatch(/javascript:/i);
  });

  it('publishes no file from outside content/, by ../ or by a link', async () => {
    expect(await imageSizes(build.outDir)).not.toContain('733x377');
    const published = files(build.outDir)
      .filter((f) => f.includes('.'))
      .map((f) => {
        try {
          return digest(readFileSync(join(build.outDir, f)));
        } catch {
          return '';
        }
      });
    expect(published).not.toContain(digest(secret));
  });
});
