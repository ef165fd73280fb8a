// Images in reports are photos: the same rules as unit.yaml photos. And what the build would
// fail on (an SVG or truncated photo, a link into a draft) fails the check first.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check';
import type { Finding } from '../../src/check/types';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

const errors = (findings: Finding[], check?: string) => findings.filter((f) => f.severity === 'error' && (!check || f.check === check));
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>fetch("/")</script><rect width="40" height="40"/></svg>';
let jpeg: Buffer;

beforeAll(async () => {
  jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#777777', noise: { type: 'gaussian', mean: 120, sigma: 40 } } })
    .jpeg()
    .toBuffer();
});

/** A unit whose report shows `images` (Markdown lines), with photos/ prepared by `prepare`. */
async function reportImages(lines: string[], prepare: (photos: string) => void, yamlExtra = ''): Promise<Finding[]> {
  const root = writeContent({ 'ce-shi': { yaml: `${validUnitYaml}${yamlExtra}`, report: `${validReport}\n${lines.join('\n\n')}\n` } });
  const photos = join(root, 'units/ce-shi/photos');
  mkdirSync(photos, { recursive: true });
  prepare(photos);
  return (await runCheck(root)).findings;
}

describe('report images', () => {
  it('accepts a complete JPEG inside the unit folder', async () => {
    const findings = await reportImages(['![志愿服务现场](./photos/hd.jpg)'], (p) => writeFileSync(join(p, 'hd.jpg'), jpeg));
    expect(findings).toEqual([]);
  });

  it.each([
    ['a missing image', '![](./photos/none.jpg)', () => {}, /找不到/],
    ['an SVG carrying a script', '![标志](./photos/logo.svg)', (p: string) => writeFileSync(join(p, 'logo.svg'), SVG), /SVG/],
    ['an SVG disguised as .png', '![标志](photos/logo.png)', (p: string) => writeFileSync(join(p, 'logo.png'), SVG), /SVG/],
    ['a truncated JPEG', '![会场](./photos/cut.jpg)', (p: string) => writeFileSync(join(p, 'cut.jpg'), jpeg.subarray(0, jpeg.length >> 1)), /不完整/],
    ['a path out of the unit folder', '![](../../../../../../etc/hostname)', () => {}, /之外|找不到/],
    ['a link leading outside the unit', '![](./photos/outside.jpg)', (p: string) => symlinkSync(outsideJpeg(), join(p, 'outside.jpg')), /之外/],
    ['a broken link', '![](./photos/broken.jpg)', (p: string) => symlinkSync(join(p, 'nothing.jpg'), join(p, 'broken.jpg')), /不存在/],
    ['a web address', '![](https://cdn.example.com/a.jpg)', () => {}, /网址/],
    ['an image by reference to a data: URL', '![图][pic]\n\n[pic]: data:image/svg+xml;base64,PHN2Zz4=', () => {}, /网址|data/],
    ['HEIC', '![](./photos/p.heic)', (p: string) => writeFileSync(join(p, 'p.heic'), 'heic'), /HEIC/],
  ])('refuses %s, at the report line', async (_name, line, prepare, message) => {
    const findings = errors(await reportImages([line], prepare), 'image');
    expect(findings.length, JSON.stringify(findings)).toBeGreaterThanOrEqual(1);
    expect(findings[0]).toMatchObject({ file: expect.stringMatching(/report\.md$/), line: validReport.split('\n').length + 1 });
    expect(findings[0]?.message).toMatch(message);
    expect(findings[0]?.hint).toBeTruthy();
  });

  it('refuses an image that unit.yaml records as showing people without consent', async () => {
    const findings = await reportImages(
      ['![表彰](./photos/people.jpg)'],
      (p) => writeFileSync(join(p, 'people.jpg'), jpeg),
      'photos:\n  - { file: ./photos/people.jpg, caption: 表彰大会, people: true }\n',
    );
    expect(errors(findings, 'image')).toMatchObject([{ message: expect.stringMatching(/consent/) }]);
  });
});

describe('unit.yaml photos the build would fail on', () => {
  it.each([
    ['an SVG photo', 'logo.svg', () => Buffer.from(SVG), /SVG/],
    ['a truncated JPEG', 'cut.jpg', () => jpeg.subarray(0, Math.floor(jpeg.length * 0.7)), /不完整/],
  ])('%s', async (_name, file, bytes, message) => {
    const findings = await reportImages([], (p) => writeFileSync(join(p, file), bytes()), `photos:\n  - { file: ./photos/${file}, caption: 照片 }\n`);
    expect(errors(findings, 'photo')).toMatchObject([{ field: 'photos[0].file', message: expect.stringMatching(message) }]);
  });

  it('a photo path escaping the unit folder', async () => {
    const findings = await reportImages([], () => {}, `photos:\n  - { file: ../../../../${outsideJpeg().replace(/^\//, '')}, caption: 外部照片 }\n`);
    expect(errors(findings, 'photo')[0]?.message).toMatch(/之外/);
  });
});

describe('links into drafts', () => {
  const draftReport = `---\ntitle: 未定稿的补充材料\ndraft: true\n---\n\n## 二、补充说明\n\n正文。\n`;

  it('refuses a link to a section of a draft report, and a section: reference to it', async () => {
    const root = writeContent({
      'ce-shi': {
        yaml: validUnitYaml.replace('section: zu-zhi-ling-dao-dao-wei', 'section: bu-chong-shuo-ming'),
        report: `${validReport}\n见[补充说明](#bu-chong-shuo-ming)。\n`,
      },
    });
    writeFileSync(join(root, 'units/ce-shi/draft.md'), draftReport);
    const findings = errors((await runCheck(root)).findings);
    expect(findings.map((f) => f.check).sort()).toEqual(['link', 'section']);
    for (const f of findings) expect(f.message).toMatch(/草稿/);
  });

  it('refuses a link to a draft unit', async () => {
    const root = writeContent({
      'ce-shi': { yaml: validUnitYaml, report: `${validReport}\n参见[兄弟单位](/units/xin-dan-wei/)。\n` },
      'xin-dan-wei': { yaml: `${validUnitYaml.replace('slug: ce-shi', 'slug: xin-dan-wei')}draft: true\n` },
    });
    expect(errors((await runCheck(root)).findings)).toMatchObject([{ check: 'link', message: expect.stringMatching(/草稿单位/) }]);
  });
});

describe('javascript: links the build would strip, reported by the gate', () => {
  it.each([
    ['in a reference definition', '[点击查看][x]\n\n[x]: javascript:alert(document.cookie)'],
    ['hidden behind character references', '[查看](&#106;avascript&#58;alert(1))'],
    ['with a tab inside the scheme', '[查看](<java\tscript:alert(1)>)'],
    ['in raw HTML with entities', '<a href="&#x6A;ava&Tab;script&colon;alert(1)">查看</a>'],
    ['in raw HTML on an area element', '<map><area href=" JaVaScRiPt:alert(1)"></map>'],
  ])('%s', async (_name, markdown) => {
    const root = writeContent({ 'ce-shi': { yaml: validUnitYaml, report: `${validReport}\n${markdown}\n` } });
    const findings = errors((await runCheck(root)).findings, 'html');
    expect(findings.length, JSON.stringify((await runCheck(root)).findings)).toBeGreaterThanOrEqual(1);
    expect(findings[0]?.file).toMatch(/report\.md$/);
  });
});

function outsideJpeg(): string {
  const path = join(tmpdir(), `showcase-outside-${process.pid}.jpg`);
  writeFileSync(path, jpeg ?? readFileSync(join(import.meta.dirname, '../fixtures/photo.jpg')));
  return path;
}
