// Prints built boards to PDF with Chromium: the sheet size comes from the board's named
// @page (preferCSSPageSize), backgrounds are printed, and charts and QR codes are inline
// SVG so the PDF's text layer holds the real characters. Before printing, a board's text is
// scaled to fill its sheet; a board showing an anonymising placeholder (XX, xxxx) is refused;
// photos below 300 ppi are named. With `bleed`, the sheet gets 3 mm of bleed and crop marks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BOARD_SIZES, boardPdfName, BLEED_MM, CROP_MARK_AREA_MM, DEFAULT_BOARD_SIZE, type BoardSizeId } from '../../domain/board';
import { findPlaceholders } from '../../domain/placeholders';
import { buildCacheDir } from '../../build-cache';
import { folderPdfCache, pdfKey, type PdfCache, type PrintMeasures } from './pdf-cache';
import { startStaticServer } from './static-server';

/** The TrueType-outline CJK font boards use (board.css): embedded as a CID font, never Type 3. */
export const BOARD_FONT = 'WenQuanYi Micro Hei';
export const BOARD_FONT_HINT = 'sudo apt-get install fonts-wqy-microhei';
/** Print shops ask for photos at 300 ppi at the printed size. */
export const MIN_PHOTO_PPI = 300;
/** The most a board may leave empty, as a share of the sheet, after its text is fitted. */
export const MAX_EMPTY_SHARE = 0.05;

export interface PrintOptions {
  /** The built site (dist/). */
  distDir: string;
  /** The site's base path, '/' unless published in a sub-folder. */
  base?: string;
  sizes: BoardSizeId[];
  /** Only these units (slugs); all when empty. */
  only?: string[];
  /** Where the PDFs go; dist/boards/ by default, beside the board pages. */
  outDir?: string;
  /** Add 3 mm of bleed and crop marks around each sheet. */
  bleed?: boolean;
  /** Print boards that show a placeholder anyway (proofs for the office, never for the shop). */
  allowPlaceholders?: boolean;
  log?: (line: string) => void;
  /** Where printed PDFs are kept for the next run; the build cache folder by default. */
  cache?: PdfCache;
}

export interface PrintedBoard {
  slug: string;
  size: BoardSizeId;
  /** The PDF, or null when the board was refused. */
  file: string | null;
  /** Some content did not fit on the sheet and is cut off. */
  overflow: boolean;
  /** Share of the sheet left empty after fitting (0–1). */
  emptyShare: number;
  /** Placeholders found on the board (it is refused unless allowPlaceholders). */
  placeholders: string[];
  /** Photos below MIN_PHOTO_PPI at the printed size: caption and ppi. */
  lowResolution: { caption: string; ppi: number }[];
  /** Copied from the last run: the board and everything printing depends on were unchanged. */
  reused?: boolean;
}

/** Slugs of the boards built into `distDir` (folders of boards/ holding an index.html). */
export function builtBoards(distDir: string): string[] {
  const dir = join(distDir, 'boards');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** True when fontconfig knows the boards' font; null when fc-list cannot be run. */
export function boardFontInstalled(): boolean | null {
  const result = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return result.stdout.includes(BOARD_FONT);
}

// In-page scripts are strings: a bundler's helpers must not leak into the browser.
/** Largest --fill (0.8–1.8) at which the report and record area still fits; returns the empty share. */
const FIT_SCRIPT = `(() => {
  const board = document.querySelector('.board');
  const main = board && board.querySelector('.b-main');
  if (!board || !main) return 0;
  const fits = () => main.scrollHeight <= main.clientHeight + 1 && [...main.children].every((el) => el.scrollHeight <= el.clientHeight + 1);
  let low = 0.8, high = 1.8;
  board.style.setProperty('--fill', String(high));
  if (!fits()) {
    for (let i = 0; i < 12; i += 1) {
      const mid = (low + high) / 2;
      board.style.setProperty('--fill', String(mid));
      if (fits()) low = mid; else high = mid;
    }
    board.style.setProperty('--fill', String(low));
  }
  const top = main.getBoundingClientRect().top;
  const used = Math.max(0, ...[...main.children].map((el) => el.getBoundingClientRect().bottom - top));
  const style = getComputedStyle(main);
  const free = main.clientHeight - used - parseFloat(style.paddingBottom);
  return Math.max(0, free) / board.clientHeight;
})()`;

/**
 * The unit's own text on the board: the site's settings (office name, kicker) and the URL,
 * whose slug may well read "xx-zhen", are left out of the placeholder scan.
 */
const CONTENT_TEXT_SCRIPT = `(() => {
  const board = document.querySelector('main.board');
  if (!board) return '';
  const copy = board.cloneNode(true);
  for (const el of copy.querySelectorAll('.b-kicker, .b-office, .b-url, .b-qr, .b-scan')) el.remove();
  return copy.textContent || '';
})()`;

const OVERFLOW_SCRIPT = `[...document.querySelectorAll('.board, .board > *, .b-main > *')].some((el) => el.scrollHeight > el.clientHeight + 2)`;

const PHOTOS_SCRIPT = `[...document.querySelectorAll('.board .b-photos img')].map((img) => ({
  caption: img.alt,
  natural: img.naturalWidth,
  cssPx: img.getBoundingClientRect().width,
}))`;

/** Bleed and crop marks: a larger sheet, the board 3 mm bigger on each side, marks outside the bleed (placed on the page itself, the initial containing block). */
function bleedCss(size: BoardSizeId): string {
  const { widthMm, heightMm } = BOARD_SIZES[size];
  const edge = BLEED_MM + CROP_MARK_AREA_MM;
  return `@page bleed-sheet { size: ${widthMm + 2 * edge}mm ${heightMm + 2 * edge}mm; margin: 0; }
.board { page: bleed-sheet !important; --bleed: ${BLEED_MM}mm; margin: ${CROP_MARK_AREA_MM}mm; }
.board-page body { background: #fff; }
.crop-mark { position: absolute; background: #000; }`;
}

const CROP_MARKS_SCRIPT = (size: BoardSizeId) => {
  const { widthMm, heightMm } = BOARD_SIZES[size];
  const edge = BLEED_MM + CROP_MARK_AREA_MM;
  // Each trim line gets a mark in the margin at both of its ends, stopping short of the bleed.
  const marks: string[] = [];
  const length = CROP_MARK_AREA_MM - 2;
  for (const x of [edge, edge + widthMm]) {
    marks.push(`left:${x}mm;top:1mm;width:0.1mm;height:${length}mm`, `left:${x}mm;top:${edge + heightMm + BLEED_MM + 1}mm;width:0.1mm;height:${length}mm`);
  }
  for (const y of [edge, edge + heightMm]) {
    marks.push(`top:${y}mm;left:1mm;height:0.1mm;width:${length}mm`, `top:${y}mm;left:${edge + widthMm + BLEED_MM + 1}mm;height:0.1mm;width:${length}mm`);
  }
  return `(() => { for (const style of ${JSON.stringify(marks)}) { const mark = document.createElement('div'); mark.className = 'crop-mark'; mark.setAttribute('style', style); document.body.append(mark); } })()`;
};

async function prepare(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(`(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => (img.complete ? null : img.decode().catch(() => null))));
  })()`);
}

export async function printBoards(browser: Browser, options: PrintOptions): Promise<PrintedBoard[]> {
  const log = options.log ?? (() => {});
  const slugs = builtBoards(options.distDir).filter((slug) => !options.only?.length || options.only.includes(slug));
  const outDir = options.outDir ?? join(options.distDir, 'boards');
  mkdirSync(outDir, { recursive: true });
  const server = await startStaticServer(options.distDir, options.base ?? '/');
  const printed: PrintedBoard[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cache = options.cache ?? folderPdfCache(join(buildCacheDir(), 'showcase', 'board-pdfs'));
    const inputs = { bleed: options.bleed ?? false, browser: browser.version(), fontInstalled: boardFontInstalled() };
    for (const slug of slugs) {
      const html = readFileSync(join(options.distDir, 'boards', slug, 'index.html'), 'utf8');
      for (const size of options.sizes) {
        const { label, widthMm, heightMm } = BOARD_SIZES[size];
        const name = `${slug}（${label}）`;
        const file = join(outDir, boardPdfName(slug, size));
        const report = (measures: PrintMeasures, reused: boolean) => {
          const { emptyShare, overflow, lowResolution, placeholders } = measures;
          const emptyText = `留白 ${(emptyShare * 100).toFixed(1)}%`;
          log(
            `${file}（${label}，${widthMm}×${heightMm}毫米${options.bleed ? `，含${BLEED_MM}毫米出血和裁切线` : ''}，${emptyText}）${reused ? '  展板未改动，沿用上次的 PDF' : ''}${overflow ? '  注意：内容超出版面，部分被截去' : ''}${emptyShare > MAX_EMPTY_SHARE ? '  注意：版面留白偏多' : ''}`,
          );
          for (const photo of lowResolution)
            log(`  注意：${name} 的照片“${photo.caption}”印出来只有 ${photo.ppi} ppi（印刷需 ${MIN_PHOTO_PPI} ppi），请换用更大的原图。`);
          if (placeholders.length > 0) log(`  注意：${name} 含占位符 ${placeholders.join('、')}，仅供校对，不可交印刷店。`);
          printed.push({ slug, size, file, ...measures, ...(reused ? { reused } : {}) });
        };
        const key = pdfKey({ ...inputs, html, size });
        const kept = await cache.find(key);
        // A board kept from a proof run (placeholders allowed) is not reused for the print shop.
        if (kept && (kept.measures.placeholders.length === 0 || options.allowPlaceholders)) {
          await copyFile(kept.pdf, file);
          report(kept.measures, true);
          continue;
        }
        // One page serves both sheets (#a3 halves every length); a fresh load per sheet, so
        // nothing added for the last PDF stays.
        const path = size === DEFAULT_BOARD_SIZE ? `boards/${slug}/` : `boards/${slug}/#${size}`;
        await page.goto('about:blank');
        await prepare(page, new URL(path, server.url).href);
        const text = await page.evaluate<string>(CONTENT_TEXT_SCRIPT);
        const placeholders = [...new Set(findPlaceholders(text).map((found) => found.text))];
        if (placeholders.length > 0 && !options.allowPlaceholders) {
          log(`拒绝打印展板 ${name}：版面上有占位符 ${placeholders.map((p) => `“${p}”`).join('、')}。请在单位材料中写明真实名称或年份后重新构建。`);
          printed.push({ slug, size, file: null, overflow: false, emptyShare: 0, placeholders, lowResolution: [] });
          continue;
        }
        if (options.bleed) {
          await page.addStyleTag({ content: bleedCss(size) });
          await page.evaluate(CROP_MARKS_SCRIPT(size));
        }
        const emptyShare = await page.evaluate<number>(FIT_SCRIPT);
        const overflow = await page.evaluate<boolean>(OVERFLOW_SCRIPT);
        const photos = await page.evaluate<{ caption: string; natural: number; cssPx: number }[]>(PHOTOS_SCRIPT);
        // CSS px are 1/96 in at print size.
        const lowResolution = photos
          .map((photo) => ({ caption: photo.caption, ppi: Math.round(photo.natural / (photo.cssPx / 96)) }))
          .filter((photo) => photo.ppi < MIN_PHOTO_PPI);
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        const measures = { overflow, emptyShare, placeholders, lowResolution };
        await cache.keep(key, file, measures);
        report(measures, false);
      }
    }
    await context.close();
  } finally {
    await server.close();
  }
  return printed;
}
