// Builds the demo site once and asserts on what a reader gets in dist/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDist, page } from '../helpers/dist';

const build = {
  get outDir() {
    return demoDist();
  },
};

const units = ['xx-zhen', 'yu-tang-zhen', 'zhu-fang-gong-ji-jin'];

describe('demo site', () => {
  it('has a home page, a units index, a page per unit and a 404 page', () => {
    for (const path of ['', 'units', ...units.map((slug) => `units/${slug}`)]) {
      expect(existsSync(join(build.outDir, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(build.outDir, '404.html'))).toBe(true);
  });

  it('declares Simplified Chinese and a distinct title on every page', () => {
    const titles = new Set<string>();
    for (const path of ['', 'units', ...units.map((slug) => `units/${slug}`)]) {
      const doc = page(path);
      expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
      titles.add(doc.title);
    }
    expect(titles.size).toBe(2 + units.length);
  });

  it('ships no JavaScript bundle, only the search engine and tiny inline enhancements', () => {
    const files = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' });
    // The editing page (/admin/) is an application for staff, not a page for readers.
    expect(files.filter((file) => file.endsWith('.js') && !file.startsWith('pagefind/') && !file.startsWith('admin/'))).toEqual([]);
    for (const slug of units) {
      const scripts = [...page(`units/${slug}`).querySelectorAll('script')];
      expect(scripts.filter((script) => script.getAttribute('src'))).toEqual([]);
      const inlineBytes = scripts.reduce((sum, script) => sum + Buffer.byteLength(script.textContent ?? ''), 0);
      expect(inlineBytes).toBeLessThan(1024);
    }
  });

  it("publishes Pagefind's runtime once: the search page's first shard has it, the shards it merges only their index", () => {
    const bundle = page('search').getElementById('search')?.dataset['bundle'] ?? '';
    const shards = readdirSync(join(build.outDir, 'pagefind'));
    expect(shards.length).toBeGreaterThan(1);
    for (const shard of shards) {
      const files = readdirSync(join(build.outDir, 'pagefind', shard));
      expect(files).toContain('pagefind-entry.json');
      expect(files.some((file) => file.endsWith('.pf_meta'))).toBe(true);
      const runtime = files.filter((file) => file.endsWith('.js') || file.endsWith('.css') || file.startsWith('wasm.'));
      if (bundle.endsWith(`/pagefind/${shard}/`))
        expect(runtime).toEqual(expect.arrayContaining(['pagefind-ui.js', 'pagefind-ui.css', 'pagefind.js', 'pagefind-worker.js']));
      else expect(runtime).toEqual([]);
    }
  });

  it('renders the XX镇 report with its sections, stable anchors and a table of contents', () => {
    const doc = page('units/xx-zhen');
    expect(doc.querySelector('h1')?.textContent).toBe('XX镇党政机关');
    const section = doc.getElementById('wei-rao-zu-zhi-luo-shi');
    expect(section?.tagName).toBe('H3');
    expect(section?.textContent).toContain('围绕组织落实');
    expect(section?.querySelector('a.section-link')?.getAttribute('href')).toBe('#wei-rao-zu-zhi-luo-shi');
    const tocLinks = [...doc.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'));
    expect(tocLinks).toContain('#wei-rao-zu-zhi-luo-shi');
    for (const href of tocLinks) expect(doc.getElementById(String(href).slice(1)), String(href)).not.toBeNull();
  });

  it('shows figures, the title history and honors with their years', () => {
    const doc = page('units/xx-zhen');
    const figures = doc.querySelector('dl.figures')?.textContent ?? '';
    expect(figures).toContain('48人');
    expect(figures).toContain('34名');
    // The honors are folded on phones: their heading is the summary of a <details>.
    const honors = doc.querySelector('#honors')?.closest('details')?.textContent ?? '';
    expect(honors).toContain('2004年');
    expect(honors).toContain('财政税收工作一等奖');
    expect(honors).toContain('年份不详');
    expect(doc.querySelector('.unit-header .badge')?.textContent).toContain('县级文明单位');
  });

  it('keeps approximate amounts honest in the investments table', () => {
    const doc = page('units/xx-zhen');
    const table = doc.querySelector('#investments')?.parentElement?.querySelector('table');
    expect(table?.textContent).toContain('4万多元');
    expect(table?.textContent).toContain('不少于4万元');
    expect(table?.querySelector('tfoot')?.textContent).toMatch(/不少于[\d.]+万元/);
  });

  it('links structured items to report sections that exist', () => {
    for (const slug of units) {
      const doc = page(`units/${slug}`);
      for (const link of doc.querySelectorAll('a.source')) {
        const href = String(link.getAttribute('href'));
        expect(href.startsWith('#') || href.startsWith(`/units/${slug}/#`), href).toBe(true);
        const id = href.slice(href.indexOf('#') + 1);
        expect(doc.getElementById(id), `${slug} → #${id}`).not.toBeNull();
      }
    }
  });

  it('serves photos as responsive WebP with size, alt text and lazy loading, never the original', () => {
    const doc = page('units/xx-zhen');
    const images = [...doc.querySelectorAll('figure img')];
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) {
      expect(img.getAttribute('alt')).toMatch(/示意图/);
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('src')).toMatch(/\.webp$/);
      expect(img.getAttribute('srcset')?.split(',').length).toBeGreaterThan(1);
    }
    const files = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => /\.jpe?g$/i.test(file))).toEqual([]);
  });

  it('lists every unit on the home page and the units index', () => {
    for (const path of ['', 'units']) {
      const hrefs = [...page(path).querySelectorAll('.card a')].map((a) => a.getAttribute('href'));
      for (const slug of units) expect(hrefs).toContain(`/units/${slug}/`);
    }
  });

  it('uses body text of at least 18px with generous line spacing', () => {
    // Stylesheets under 4 kB are inlined by Astro, so read <style> blocks of a unit page too.
    const css = [
      ...readdirSync(join(build.outDir, '_astro'))
        .filter((file) => file.endsWith('.css'))
        .map((file) => readFileSync(join(build.outDir, '_astro', file), 'utf8')),
      ...[...page('units/xx-zhen').querySelectorAll('style')].map((style) => style.textContent ?? ''),
    ].join('\n');
    // Sizes are steps of one type scale: calc(<n>rem * var(--font-scale)), the scale 1 by default.
    const rem = (name: string) => Number(new RegExp(`--${name}:\\s*(?:calc\\()?([\\d.]+)rem`).exec(css)?.[1]);
    expect(Number(/--font-scale:\s*([\d.]+)/.exec(css)?.[1])).toBe(1);
    expect(rem('font-size-base') * 16).toBeGreaterThanOrEqual(18);
    expect(rem('font-size-small') * 16).toBeGreaterThanOrEqual(18);
    expect(Number(/--line-height:\s*([\d.]+)/.exec(css)?.[1])).toBeGreaterThanOrEqual(1.6);
    // No rule sets a smaller size in rem or px outside print.
    const screenCss = css.replace(/@media print\{[\s\S]*$/, '');
    for (const match of screenCss.matchAll(/font-size:\s*([\d.]+)(rem|px)/g)) {
      const px = Number(match[1]) * (match[2] === 'rem' ? 16 : 1);
      expect(px, match[0]).toBeGreaterThanOrEqual(18);
    }
    expect(css).toContain('@media print');
  });
});

describe('photo encoding', () => {
  it('encodes no image that no page uses (each one costs build time at scale)', () => {
    const html = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(join(build.outDir, file), 'utf8'))
      .join('\n');
    const images = ['_astro', '_photos'].flatMap((folder) => readdirSync(join(build.outDir, folder)).filter((file) => file.endsWith('.webp')));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((file) => !html.includes(file))).toEqual([]);
  });
});
