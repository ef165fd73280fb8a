// The offline package opened through file:// in Chromium: every page reachable by its links,
// every image shown, stylesheets applied, without a server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/offline/package';
import { launchChromium } from '../../src/share/print/browser';
import { hasChromium } from '../helpers/browser';

const root = resolve(import.meta.dirname, '../..');
if (!hasChromium()) console.warn('SKIPPED offline package test: needs /usr/bin/chromium (apt-get install chromium fonts-noto-cjk; .ci/run installs it).');

describe.skipIf(!hasChromium())('offline package', () => {
  let out: string;
  let site: string;
  let browser: Browser;
  let build: ReturnType<typeof spawnSync>;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'showcase-offline-'));
    build = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-offline.ts'), '--out', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SHOWCASE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'showcase-cache-')), NO_COLOR: '1' },
    });
    site = join(out, 'showcase-offline');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('builds a folder and a zip', () => {
    expect(build.status, `${String(build.stdout)}\n${String(build.stderr)}`).toBe(0);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    const zip = readFileSync(join(out, 'showcase-offline.zip'));
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(zip.includes(Buffer.from('showcase-offline/units/xx-zhen/index.html'))).toBe(true);
  });

  it('holds every board as an A1 PDF, and no editing page', () => {
    for (const slug of ['xx-zhen', 'yu-tang-zhen', 'zhu-fang-gong-ji-jin']) {
      expect(
        readFileSync(join(site, 'boards', `${slug}.pdf`))
          .subarray(0, 5)
          .toString('latin1'),
        slug,
      ).toBe('%PDF-');
    }
    expect(existsSync(join(site, 'admin'))).toBe(false);
    expect(readFileSync(join(out, 'showcase-offline.zip')).includes(Buffer.from('showcase-offline/boards/xx-zhen.pdf'))).toBe(true);
  });

  it('navigates between all pages through file:// with styles and images', async () => {
    const page = await browser.newPage();
    const prefix = pathToFileURL(site).href;
    const problems: string[] = [];

    /** Opens a page; records what is wrong; returns the site pages it links to. */
    async function visit(url: string): Promise<string[]> {
      await page.goto(url);
      const report = await page.evaluate(async () => {
        const images = [...document.images];
        for (const img of images) img.loading = 'eager';
        const broken: string[] = [];
        await Promise.all(images.map((img) => img.decode().catch(() => broken.push(img.getAttribute('src') ?? ''))));
        // The site's reset (global.css) makes every box border-box; without the stylesheet it is content-box.
        const styled = getComputedStyle(document.body).boxSizing === 'border-box';
        return { broken, styled, links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href) };
      });
      const name = url.slice(prefix.length);
      if (!report.styled) problems.push(`${name}: stylesheet not applied`);
      for (const src of report.broken) problems.push(`${name}: image not shown: ${src}`);
      const pages: string[] = [];
      for (const link of report.links) {
        if (!link.startsWith('file:')) continue;
        const target = link.replace(/[#?].*$/, '');
        if (!target.startsWith(prefix)) problems.push(`${name}: link leaves the folder: ${link}`);
        else if (!existsSync(fileURLToPath(target))) problems.push(`${name}: broken link: ${link}`);
        else if (target.endsWith('.html')) pages.push(target);
      }
      return pages;
    }

    // Follow links from the home page, as a reader would.
    const start = pathToFileURL(join(site, 'index.html')).href;
    const reached = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      for (const target of await visit(queue.shift() ?? '')) {
        if (!reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    for (const path of [
      'units/xx-zhen/index.html',
      'boards/xx-zhen/index.html',
      'present/xx-zhen/index.html',
      'handout/index.html',
      'statistics/index.html',
      'timeline/index.html',
      'honors/index.html',
    ]) {
      expect(reached.has(`${prefix}/${path}`), path).toBe(true);
    }
    // Pages reached only by a typed address (year pages, filtered views) work as well.
    const all = listFiles(site)
      .filter((file) => file.endsWith('.html') && file !== '404.html')
      .map((file) => `${prefix}/${file}`);
    for (const url of all.filter((url) => !reached.has(url))) await visit(url);
    expect(problems).toEqual([]);
    expect(reached.size).toBeGreaterThan(20);
    await page.close();
  });
});
