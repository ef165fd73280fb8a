// Prints built boards to PDF with Chromium: the sheet size comes from the board's named
// @page (preferCSSPageSize), backgrounds are printed, and charts and QR codes are inline
// SVG so the PDF's text layer holds the real characters.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { BOARD_SIZES, boardPdfName, type BoardSizeId } from '../domain/board';
import { startStaticServer } from './static-server';

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
  log?: (line: string) => void;
}

export interface PrintedBoard {
  slug: string;
  size: BoardSizeId;
  file: string;
  /** Some content did not fit on the sheet and is cut off. */
  overflow: boolean;
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
    for (const slug of slugs) {
      for (const size of options.sizes) {
        const path = size === 'a1' ? `boards/${slug}/` : `boards/${slug}/${size}/`;
        await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
        await page.evaluate(async () => {
          await document.fonts.ready;
          await Promise.all([...document.images].map((img) => (img.complete ? null : img.decode().catch(() => null))));
        });
        const overflow = await page.evaluate(() =>
          [...document.querySelectorAll('.board, .board > *, .b-main > *')].some((el) => el.scrollHeight > el.clientHeight + 2),
        );
        const file = join(outDir, boardPdfName(slug, size));
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        const { label, widthMm, heightMm } = BOARD_SIZES[size];
        log(`${file}（${label}，${widthMm}×${heightMm}毫米）${overflow ? '  注意：内容超出版面，部分被截去' : ''}`);
        printed.push({ slug, size, file, overflow });
      }
    }
    await context.close();
  } finally {
    await server.close();
  }
  return printed;
}
