// What a site carries besides its pages: favicon, robots.txt, sitemap, RSS, the 数据下载 page,
// links to the board PDFs; and what a build without a URL, or with a broken site.yaml, does.
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/astro-build';
import { demoSite } from '../helpers/demo-settings';
import { demoDist, distFile, page } from '../helpers/dist';

const units = ['xx-zhen', 'yu-tang-zhen', 'zhu-fang-gong-ji-jin'];
const textFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|txt|json|csv|css|js)$/.test(file) && !file.startsWith('pagefind'));

describe('site files of the demo', () => {
  it('has a favicon, linked from every page', () => {
    expect(readFileSync(join(demoDist(), 'favicon.svg'), 'utf8')).toContain('<svg');
    expect(readFileSync(join(demoDist(), 'favicon.ico')).readUInt16LE(2)).toBe(1);
    for (const path of ['', 'units/xx-zhen', 'boards']) expect(page(path).querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
  });

  it('keeps robots out of /admin/ and names the sitemap', () => {
    const robots = distFile('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    expect(robots).toContain(`Sitemap: ${demoSite}/sitemap-index.xml`);
  });

  it("lists every public page in the sitemap at the site's URL", () => {
    expect(distFile('sitemap-index.xml')).toContain(`${demoSite}/sitemap-0.xml`);
    const sitemap = distFile('sitemap-0.xml');
    for (const path of ['', 'units/', ...units.map((slug) => `units/${slug}/`), 'data/', 'timeline/'])
      expect(sitemap).toContain(`<loc>${demoSite}/${path}</loc>`);
    expect(sitemap).not.toContain('/admin/');
  });

  it('has an RSS feed of the latest honors and updates, linking to their sources', () => {
    const document = new DOMParser().parseFromString(distFile('rss.xml'), 'text/xml');
    const items = [...document.querySelectorAll('item')];
    expect(items.length).toBeGreaterThan(5);
    const titles = items.map((item) => item.querySelector('title')?.textContent ?? '');
    expect(titles.some((title) => title.includes('财政税收工作一等奖'))).toBe(true);
    for (const item of items) expect(item.querySelector('link')?.textContent).toMatch(new RegExp(`^${demoSite.replaceAll('.', '\\.')}/units/`));
    expect(page('').querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('/rss.xml');
  });

  it('describes and links each open-data file on the 数据下载 page, with its true size', () => {
    const doc = page('data');
    expect(doc.querySelector('h1')?.textContent).toBe('数据下载');
    const files = readdirSync(join(demoDist(), 'data')).filter((file) => file !== 'index.html');
    expect(files.sort()).toEqual(['events.csv', 'honors.csv', 'investments.csv', 'units.json']);
    for (const file of files) {
      const link = doc.querySelector(`a[href="/data/${file}"]`);
      expect(link, file).not.toBeNull();
      const bytes = statSync(join(demoDist(), 'data', file)).size;
      const shown = (link?.parentElement?.textContent ?? '').match(/([\d.]+) (KB|字节)/);
      expect(shown, file).not.toBeNull();
      const value = Number(shown?.[1]) * (shown?.[2] === 'KB' ? 1024 : 1);
      expect(Math.abs(value - bytes), file).toBeLessThanOrEqual(shown?.[2] === 'KB' ? 52 : 0);
      expect(link?.closest('section')?.querySelectorAll('p').length, file).toBeGreaterThan(1);
    }
    expect(page('').querySelector('footer a[href="/data/"]')).not.toBeNull();
  });

  it('links every unit page and the board list to the board PDFs that showcase boards writes', () => {
    for (const slug of units) {
      expect(page(`units/${slug}`).querySelector(`a[href="/boards/${slug}.pdf"]`), slug).not.toBeNull();
      expect(page('boards').querySelector(`a[href="/boards/${slug}.pdf"]`), slug).not.toBeNull();
    }
  });

  it('serves the editing page itself: noindex, config from the schemas naming content/units, no CDN, not searchable', () => {
    const html = distFile('admin/index.html');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<html lang="zh-CN">');
    const config = parse(distFile('admin/config.yml')) as {
      collections: Array<{ name: string; folder: string; media_folder?: string; fields: Array<{ name: string; fields?: Array<{ name: string }> }> }>;
    };
    const units = config.collections.find((collection) => collection.name === 'units');
    expect(units?.folder).toBe('content/units');
    expect(units?.media_folder).toBe('photos');
    expect(units?.fields.find((field) => field.name === 'honors')?.fields?.map((field) => field.name)).toContain('title');
    expect(config.collections.find((collection) => collection.name === 'reports')?.fields.map((field) => field.name)).toContain('body');
    const script = distFile('admin/sveltia-cms.js');
    expect(script).not.toMatch(/unpkg\.com\/@sveltia\/cms|cdn\.jsdelivr\.net\/fontsource/);
    expect(
      JSON.parse(
        readFileSync(
          join(demoDist(), 'admin', readdirSync(join(demoDist(), 'admin')).find((dir) => dir.startsWith('cms@')) ?? '', 'locales/zh-CN.json'),
          'utf8',
        ),
      ),
    ).toHaveProperty('save');
    expect(html).not.toContain('data-pagefind-body');
    expect(distFile('sitemap-0.xml')).not.toContain('admin');
  });

  it('mentions no placeholder host anywhere', () => {
    for (const file of textFiles(demoDist())) expect(readFileSync(join(demoDist(), file), 'utf8'), file).not.toMatch(/example\.(org|com|net)/);
  });
});

describe('a build without a URL', () => {
  let build: BuildResult;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'showcase-site-'));
    writeFileSync(join(dir, 'site.yaml'), 'title: 测试县文明单位创建成果展示\noffice: 测试县文明办\n');
    build = astroBuild('content', { SHOWCASE_SITE_FILE: join(dir, 'site.yaml') });
  });

  it('builds, warning where to set the URL', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('网站网址 url 尚未设置');
    expect(build.output).toContain('site.yaml');
  });

  it('makes no QR code, canonical link, sitemap or feed, and the handout says why', () => {
    const read = (path: string) => parseHTML(readFileSync(join(build.outDir, path, 'index.html'), 'utf8')).document;
    expect(read('units/xx-zhen').querySelector('svg.qr, .qr-tile')).toBeNull();
    expect(read('').querySelector('link[rel="canonical"]')).toBeNull();
    const handout = read('handout');
    expect(handout.querySelector('.handout-card')).toBeNull();
    expect(handout.querySelector('[role="alert"]')?.textContent).toContain('site.yaml');
    for (const file of ['rss.xml', 'sitemap-index.xml']) expect(existsSync(join(build.outDir, file)), file).toBe(false);
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
    for (const file of textFiles(build.outDir)) expect(readFileSync(join(build.outDir, file), 'utf8'), file).not.toMatch(/example\.(org|com|net)/);
  });
});

describe('a build with a mistake in site.yaml', () => {
  it('stops with the line and the fix, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'showcase-site-'));
    writeFileSync(join(dir, 'site.yaml'), 'title: 测试县文明单位创建成果展示\noffice：测试县文明办\nurl: https://wmb.test.gov.cn/\n');
    const build = astroBuild('content', { SHOWCASE_SITE_FILE: join(dir, 'site.yaml') });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('网站设置有误');
    expect(build.output).toMatch(/第 2 行/);
    expect(build.output).toContain('中文冒号');
    expect(build.output).not.toMatch(/\n\s+at /);
  });
});
