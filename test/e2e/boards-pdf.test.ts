// `showcase boards` on the demo site: PDFs of the exact sheet size, Chinese kept as text, the
// QR code readable from the print, and boards that look like posters.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/share/print/browser';
import { startStaticServer, type StaticServer } from '../../src/share/print/static-server';
import { hasChromium } from '../helpers/browser';
import { demoDist } from '../helpers/dist';
import { decodeQr } from '../helpers/qr-decode';
import { demoHost, demoSite } from '../helpers/demo-settings';

const root = resolve(import.meta.dirname, '../..');
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;
const canPrint = hasChromium() && hasPoppler;
if (!canPrint) {
  // Visible in the run's output: this machine cannot print, so these tests do not run here.
  console.warn(
    'SKIPPED board PDF tests: need /usr/bin/chromium and poppler-utils (apt-get install chromium fonts-noto-cjk poppler-utils; .ci/run installs them).',
  );
}

const units = ['xx-zhen', 'yu-tang-zhen', 'zhu-fang-gong-ji-jin'];
const tool = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe.skipIf(!canPrint)('board PDFs (Chromium, poppler)', () => {
  let dist: string;
  let cacheDir: string;
  let cli: ReturnType<typeof spawnSync>;
  const printAll = () =>
    spawnSync(process.execPath, [join(root, 'bin/showcase.js'), 'boards', '--dist', dist, '--size', 'all', '--allow-placeholders'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SHOWCASE_CACHE_DIR: cacheDir },
    });

  beforeAll(() => {
    // A copy: the command writes into the site's boards/ folder, and other tests read the demo build.
    dist = mkdtempSync(join(tmpdir(), 'showcase-boards-'));
    cpSync(demoDist(), dist, { recursive: true });
    // Proof mode: the demo's XX镇 is an anonymised name, which the print-shop run refuses (below).
    cacheDir = mkdtempSync(join(tmpdir(), 'showcase-boards-cache-'));
    cli = printAll();
  });

  afterAll(() => {
    rmSync(dist, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('writes one PDF per unit and size, with nothing cut off', () => {
    expect(cli.status, String(cli.stderr)).toBe(0);
    expect(String(cli.stderr)).not.toContain('超出版面');
    for (const slug of units) {
      expect(existsSync(join(dist, 'boards', `${slug}.pdf`))).toBe(true);
      expect(existsSync(join(dist, 'boards', `${slug}-a3.pdf`))).toBe(true);
    }
  });

  it('prints again only the boards that changed since the last run, and copies the others', () => {
    const before = Object.fromEntries(units.map((slug) => [slug, readFileSync(join(dist, 'boards', `${slug}.pdf`))]));
    const again = printAll();
    expect(again.status, String(again.stderr)).toBe(0);
    expect(String(again.stderr)).toContain(`（其中 ${units.length * 2} 个展板未改动，沿用上次的 PDF）`);
    for (const slug of units) expect(readFileSync(join(dist, 'boards', `${slug}.pdf`)).equals(before[slug] as Buffer)).toBe(true);
    // One board rebuilt with a change: only its two sheets are printed.
    const page = join(dist, 'boards', 'yu-tang-zhen', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p class="b-note">新增一句</p></main>'));
    const changed = printAll();
    expect(changed.status, String(changed.stderr)).toBe(0);
    expect(String(changed.stderr)).toContain(`（其中 ${units.length * 2 - 2} 个展板未改动，沿用上次的 PDF）`);
    const reusedLines = String(changed.stderr)
      .split('\n')
      .filter((line) => line.includes('沿用上次的 PDF') && line.includes('.pdf（'));
    expect(reusedLines.some((line) => line.includes('yu-tang-zhen'))).toBe(false);
    expect(tool('pdftotext', [join(dist, 'boards', 'yu-tang-zhen.pdf'), '-']).stdout).toContain('新增一句');
  });

  it.each(units)('%s: A1 and A3 page sizes, one page each', (slug) => {
    const a1 = tool('pdfinfo', [join(dist, 'boards', `${slug}.pdf`)]).stdout;
    const a3 = tool('pdfinfo', [join(dist, 'boards', `${slug}-a3.pdf`)]).stdout;
    const size = (info: string) => (/Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? []).slice(1).map(Number);
    const [w1, h1] = size(a1);
    const [w3, h3] = size(a3);
    // A1 is 1683.78 × 2383.94 pt, A3 841.89 × 1190.55 pt; Chromium rounds to its pixel grid.
    expect(Math.abs((w1 ?? 0) - 1683.78)).toBeLessThan(1.5);
    expect(Math.abs((h1 ?? 0) - 2383.94)).toBeLessThan(1.5);
    expect(Math.abs((w3 ?? 0) - 841.89)).toBeLessThan(1.5);
    expect(Math.abs((h3 ?? 0) - 1190.55)).toBeLessThan(1.5);
    expect(a1).toMatch(/Pages:\s+1\n/);
    expect(a3).toMatch(/Pages:\s+1\n/);
  });

  it.each(units.flatMap((slug) => [`${slug}.pdf`, `${slug}-a3.pdf`]))('%s: every font is CID TrueType or OpenType, never Type 3', (file) => {
    const fonts = tool('pdffonts', [join(dist, 'boards', file)])
      .stdout.split('\n')
      .slice(2)
      .filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line, line).not.toMatch(/Type 3/);
      expect(line, line).toMatch(/CID TrueType|CID Type 0C|OpenType|TrueType/);
    }
  });

  it('fills each sheet: at most 5 % left empty after the text is fitted', () => {
    const empty = [...String(cli.stderr).matchAll(/留白 ([\d.]+)%/g)].map((match) => Number(match[1]));
    expect(empty).toHaveLength(units.length * 2);
    for (const share of empty) expect(share).toBeLessThanOrEqual(5);
  });

  it('names photos below 300 ppi at A1 (the demo photos are small)', () => {
    expect(String(cli.stderr)).toMatch(/的照片“[^”]+”印出来只有 \d+ ppi（印刷需 300 ppi）/);
  });

  it('embeds its fonts and keeps the Chinese text as text', () => {
    const pdf = join(dist, 'boards', 'xx-zhen.pdf');
    const fonts = tool('pdffonts', [pdf]).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni: every font embedded, with a Unicode map.
    for (const line of fonts) expect(line, line).toMatch(/\byes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/);
    const text = tool('pdftotext', ['-layout', pdf, '-']).stdout;
    for (const expected of ['XX镇党政机关', '县级文明单位', '围绕组织落实', '财政税收工作一等奖', '扫码查看完整材料', `${demoHost}/units/xx-zhen/`]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/[⻓⼀-⿕]/u);
  });

  it.each(units)('%s: the printed QR code opens the unit page', async (slug) => {
    const png = tool('pdftoppm', ['-r', '72', '-png', '-singlefile', join(dist, 'boards', `${slug}.pdf`), join(dist, `${slug}-page`)]);
    expect(png.status).toBe(0);
    const image = readFileSync(join(dist, `${slug}-page.png`));
    const { width = 0 } = await sharp(image).metadata();
    // The code sits in the board's top right corner.
    const corner = await sharp(image)
      .extract({ left: Math.round(width * 0.6), top: 0, width: Math.round(width * 0.4), height: Math.round(width * 0.4) })
      .png()
      .toBuffer();
    expect(await decodeQr(corner, 800)).toBe(`${demoSite}/units/${slug}/`);
  });
});

describe.skipIf(!canPrint)('board PDFs for the print shop', () => {
  let dist: string;
  let cacheDir: string;
  const env = () => ({ ...process.env, SHOWCASE_CACHE_DIR: cacheDir });
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'showcase-boards-shop-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'showcase-boards-shop-cache-'));
    cpSync(demoDist(), dist, { recursive: true });
  });
  afterAll(() => {
    rmSync(dist, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('refuses a board that shows a placeholder, naming it, and prints the others', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin/showcase.js'), 'boards', '--dist', dist], { cwd: root, encoding: 'utf8', env: env() });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/拒绝打印展板 xx-zhen（A1）：版面上有占位符 “XX”/);
    expect(existsSync(join(dist, 'boards', 'xx-zhen.pdf'))).toBe(false);
    for (const slug of ['yu-tang-zhen', 'zhu-fang-gong-ji-jin']) expect(existsSync(join(dist, 'boards', `${slug}.pdf`))).toBe(true);
    // Report sentences with XX年 or “xxxx” are left off boards at build time, so these print.
    const text = tool('pdftotext', [join(dist, 'boards', 'zhu-fang-gong-ji-jin.pdf'), '-']).stdout;
    expect(text.replace(/XX县文明办/g, '')).not.toMatch(/XX|xxxx|××/);
  });

  it('adds 3 mm of bleed and crop marks with --bleed', async () => {
    const run = spawnSync(process.execPath, [join(root, 'bin/showcase.js'), 'boards', '--dist', dist, '--only', 'yu-tang-zhen', '--size', 'all', '--bleed'], {
      cwd: root,
      encoding: 'utf8',
      env: env(),
    });
    expect(run.status, run.stderr).toBe(0);
    const size = (file: string) =>
      (/Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(tool('pdfinfo', [join(dist, 'boards', file)]).stdout) ?? []).slice(1).map(Number);
    // Trim + 2 × (3 mm bleed + 10 mm for the marks).
    const [w1, h1] = size('yu-tang-zhen.pdf');
    expect(Math.abs((w1 ?? 0) - ((594 + 26) / 25.4) * 72)).toBeLessThan(1.5);
    expect(Math.abs((h1 ?? 0) - ((841 + 26) / 25.4) * 72)).toBeLessThan(1.5);
    const [w3] = size('yu-tang-zhen-a3.pdf');
    expect(Math.abs((w3 ?? 0) - ((297 + 26) / 25.4) * 72)).toBeLessThan(1.5);
    // The brand colour runs into the bleed; the crop-mark margin stays white.
    // The top-left corner at 10 px per mm (254 dpi): the brand colour runs into the bleed,
    // the mark area stays white, and a crop mark continues the left trim line.
    const png = tool('pdftoppm', [
      '-r',
      '254',
      '-x',
      '0',
      '-y',
      '0',
      '-W',
      '300',
      '-H',
      '300',
      '-png',
      '-singlefile',
      join(dist, 'boards', 'yu-tang-zhen.pdf'),
      join(dist, 'bleed'),
    ]);
    expect(png.status).toBe(0);
    const { data, info } = await sharp(join(dist, 'bleed.png')).raw().toBuffer({ resolveWithObject: true });
    const at = (xMm: number, yMm: number) => {
      const offset = (Math.round(yMm * 10) * info.width + Math.round(xMm * 10)) * info.channels;
      return [...data.subarray(offset, offset + 3)];
    };
    expect(at(25, 11.5)).toEqual([0x9b, 0x1c, 0x1c]);
    expect(at(25, 5)).toEqual([255, 255, 255]);
    expect(at(13, 5).some((v) => v < 160)).toBe(true);
  });

  it('warns when the board font is missing (Type 3 fonts would follow)', async () => {
    const { boardFontInstalled } = await import('../../src/share/print/board-pdf');
    expect(boardFontInstalled()).toBe(true);
  });
});

describe.skipIf(!canPrint)('boards on screen', () => {
  let browser: Browser;
  let server: StaticServer;
  const shots = mkdtempSync(join(tmpdir(), 'showcase-board-shots-'));

  beforeAll(async () => {
    server = await startStaticServer(demoDist());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(units)('%s looks like a poster, not a web page', async (slug) => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(new URL(`boards/${slug}/`, server.url).href);
    const board = page.locator('main.board');
    const box = await board.boundingBox();
    // A1 proportions (1 : 1.414), no site header or navigation, the whole sheet used.
    expect(box && box.height / box.width).toBeCloseTo(841 / 594, 2);
    expect(await page.locator('.site-header, nav[aria-label="主导航"]').count()).toBe(0);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.board, .board > *, .b-main > *')].filter((el) => el.scrollHeight > el.clientHeight + 2).map((el) => el.className),
      ),
    ).toEqual([]);
    const file = join(shots, `${slug}.png`);
    await board.screenshot({ path: file });
    // A poster's head: the brand colour across the top, large type (the name at 36 mm).
    const { data } = await sharp(file).extract({ left: 10, top: 10, width: 4, height: 4 }).raw().toBuffer({ resolveWithObject: true });
    expect([data[0], data[1], data[2]]).toEqual([0x9b, 0x1c, 0x1c]);
    const nameSize = await page.locator('.b-name').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(nameSize).toBeGreaterThan(100);
    console.info(`board screenshot: ${file}`);
    await page.close();
  });
});
