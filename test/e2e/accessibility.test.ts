// Every kind of page of the demo site in Chromium: no WCAG 2.2 AA violation (axe), a skip link
// for keyboard users, and nothing lost at 320px width or at 200% zoom.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/share/print/browser';
import { startStaticServer, type StaticServer } from '../../src/share/print/static-server';
import { requireChromium } from '../helpers/browser';
import { demoDist } from '../helpers/dist';
import { pageTypes } from '../helpers/page-types';

let browser: Browser;
let server: StaticServer;
/** The server's address without the trailing slash, to put a site path after. */
let origin: string;

beforeAll(async () => {
  requireChromium();
  server = await startStaticServer(demoDist());
  origin = server.url.replace(/\/$/, '');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const paths = () => pageTypes(demoDist());

describe('accessibility of every page type', () => {
  it('covers the main page types', () => {
    expect(paths()).toEqual(expect.arrayContaining(['/', '/units/', '/units/xx-zhen/', '/timeline/', '/statistics/', '/honors/', '/search/', '/404.html']));
  });

  it('has no WCAG 2.2 AA violation on any page type (axe)', async () => {
    const context = await browser.newContext();
    const failures: string[] = [];
    for (const path of paths()) {
      const page = await context.newPage();
      await page.goto(origin + path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const v of violations)
        failures.push(
          `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
      await page.close();
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  it('lets a keyboard user skip to the content first', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/units/xx-zhen/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });

  it.each([
    { name: 'a 320px phone', width: 320, scale: 1 },
    { name: '200% zoom of a 1280px window', width: 640, scale: 2 },
  ])('loses nothing sideways on $name', async ({ width, scale }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
    const overflowing: string[] = [];
    // Exhibit boards are posters of a fixed print size (A1/A3), not pages to read on a phone.
    for (const path of paths().filter((p) => !p.startsWith('/boards/'))) {
      const page = await context.newPage();
      await page.goto(origin + path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) overflowing.push(`${path}: ${scrollWidth}px`);
      await page.close();
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });
});

describe('适老化 reading switches', () => {
  it('enlarge the text and raise the contrast, and the choice persists across pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${origin}/units/xx-zhen/`);
    const bodySize = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    const before = await bodySize();
    await page.getByRole('button', { name: '大字' }).click();
    expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('true');
    expect(await bodySize()).toBeGreaterThan(before * 1.15);
    await page.getByRole('button', { name: '高对比' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await page.goto(`${origin}/timeline/`);
    expect(await bodySize()).toBeGreaterThan(before * 1.15);
    expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('high');
    const { violations: axe } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.map((v) => v.id)).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('are hidden without JavaScript, where the footer explains the browser’s zoom', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    expect(await page.getByRole('button', { name: '大字' }).count()).toBe(0);
    expect(await page.locator('footer').textContent()).toContain('Ctrl');
    await context.close();
  });

  it('raise no Content-Security-Policy violation on any page type', async () => {
    const context = await browser.newContext();
    const violations: string[] = [];
    for (const path of paths()) {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${path}: ${message.text()}`);
      });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.close();
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});
