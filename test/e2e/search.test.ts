// Chinese search in Chromium over the demo site's Pagefind index, under its CSP.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../src/share/print/browser';
import { startStaticServer, type StaticServer } from '../../src/share/print/static-server';
import { requireChromium } from '../helpers/browser';
import { demoDist } from '../helpers/dist';

let browser: Browser;
let server: StaticServer;
/** The server's address without the trailing slash, to put a site path after. */
let origin: string;
let page: Page;
const cspErrors: string[] = [];

beforeAll(async () => {
  requireChromium();
  server = await startStaticServer(demoDist());
  origin = server.url.replace(/\/$/, '');
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function search(term: string): Promise<{ titles: string[]; links: string[]; message: string }> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(term)}`);
  await page.waitForSelector('.pagefind-ui__message', { timeout: 15_000 });
  // Results arrive in two steps: the count, then each result's text (placeholders until loaded).
  await page.waitForFunction(
    () =>
      !/正在|Searching/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? '') &&
      document.querySelectorAll('.pagefind-ui__loading').length === 0,
    undefined,
    { timeout: 15_000 },
  );
  return page.evaluate(() => ({
    titles: [...document.querySelectorAll('.pagefind-ui__result-title')].map((e) => e.textContent?.trim() ?? ''),
    links: [...document.querySelectorAll('.pagefind-ui__result a')].map((a) => a.getAttribute('href') ?? ''),
    message: document.querySelector('.pagefind-ui__message')?.textContent ?? '',
  }));
}

it.each([
  { term: '敬老院', unit: 'XX镇党政机关' },
  { term: '公积金', unit: '市住房公积金管理中心' },
  { term: '乌鸡', unit: '鱼塘镇党政机关' },
  { term: '码头', unit: 'XX镇党政机关' },
])('$term finds $unit', async ({ term, unit }) => {
  const { titles } = await search(term);
  expect(
    titles.some((title) => title.includes(unit)),
    titles.join(' | '),
  ).toBe(true);
});

it('links results to the section where the words are', async () => {
  const { links } = await search('敬老院');
  expect(
    links.some((href) => /\/units\/xx-zhen\/#[a-z0-9-]+$/.test(href)),
    links.join(' '),
  ).toBe(true);
});

it('filters by unit kind, level and year', async () => {
  await search('文明');
  const filters = await page.evaluate(() =>
    [...document.querySelectorAll('.pagefind-ui__filter-name, .pagefind-ui__filter-value')].map((e) => e.textContent?.trim() ?? ''),
  );
  expect(filters.join(' ')).toMatch(/单位类型/);
  expect(filters.join(' ')).toMatch(/称号级别/);
  expect(filters.join(' ')).toMatch(/年份/);
});

it('indexes only unit pages, not lists or the search page itself', async () => {
  const { links } = await search('文明单位');
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect(href, href).toMatch(/^\/units\/[a-z0-9-]+\//);
});

it('says so when nothing matches', async () => {
  const { titles, message } = await search('鲸鱼');
  expect(titles).toEqual([]);
  expect(message).toMatch(/没有|未找到|No results/);
});

it('runs under the site’s Content-Security-Policy', () => {
  expect(cspErrors).toEqual([]);
});

// Pagefind matches single characters of a Chinese query, so 扫码 still finds pages where 扫 and
// 码 occur apart; what must not happen is the interface's own words being in the index.
async function indexedContents(term: string): Promise<string[]> {
  await page.goto(`${origin}/search/`);
  // A string, so that Vitest leaves the browser's own import() alone. The index comes in
  // shards: the search page names the first bundle and the ones merged into it.
  return await page.evaluate<string[]>(`(async () => {
    const root = document.getElementById('search');
    const pagefind = await import(location.origin + root.dataset.bundle + 'pagefind.js');
    await pagefind.options({ bundlePath: root.dataset.bundle });
    for (const bundlePath of JSON.parse(root.dataset.merge || '[]')) await pagefind.mergeIndex(bundlePath);
    const found = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(found.results.map((result) => result.data()));
    return data.map((d) => d.content);
  })()`);
}

it('reads the indexed text of the results (the check below sees real content)', async () => {
  const contents = await indexedContents('敬老院');
  expect(contents.some((content) => content.includes('敬老院'))).toBe(true);
});

it.each(['见原文', '月份不详', '本页还有', '会议与打印', '扫码查看', '更多数据', '年份不详', '复制链接', '日期未注明'])(
  'the interface words %s are not in the index',
  async (term) => {
    const contents = await indexedContents(term);
    for (const content of contents) expect(content).not.toContain(term);
  },
);

it('shows excerpts at the body size, without Pagefind’s joining dot in front', async () => {
  await search('敬老院');
  const { excerpt, body, texts } = await page.evaluate(() => {
    const first = document.querySelector('.pagefind-ui__result-excerpt');
    return {
      excerpt: first ? parseFloat(getComputedStyle(first).fontSize) : 0,
      body: parseFloat(getComputedStyle(document.body).fontSize),
      texts: [...document.querySelectorAll('.pagefind-ui__result-excerpt')].map((e) => e.textContent ?? ''),
    };
  });
  expect(excerpt).toBeGreaterThanOrEqual(body - 0.5);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text, text).not.toMatch(/^\s*\.\s/);
});

it.each([
  { width: 375, largeText: true },
  { width: 320, largeText: false },
])('fits results on a $width px phone (大字 $largeText), with no sideways scrolling', async ({ width, largeText }) => {
  await page.setViewportSize({ width, height: 812 });
  try {
    await search('公积金');
    if (largeText) await page.getByRole('button', { name: '大字' }).click();
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      wider: [...document.querySelectorAll('.pagefind-ui__result *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).length,
    }));
    expect(overflow).toEqual({ page: 0, wider: 0 });
  } finally {
    if (largeText) await page.getByRole('button', { name: '大字' }).click();
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});
