// Links for meetings, boards, slides and paper, read from the built demo site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { COPY_LINK_SCRIPT, scriptHash } from '../../src/share/page/enhancements';
import { demoDist, distFile, page } from '../helpers/dist';
import { decodeQr } from '../helpers/qr-decode';
import { demoHost, demoSite } from '../helpers/demo-settings';

const site = demoSite;
const units = ['xx-zhen', 'yu-tang-zhen', 'zhu-fang-gong-ji-jin'];
const pages = [
  '',
  'units',
  'timeline',
  'statistics',
  'honors',
  'handout',
  'boards',
  ...units.flatMap((slug) => [`units/${slug}`, `boards/${slug}`, `present/${slug}`]),
];

const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ?? null;

/** The CSS a page uses: linked stylesheets and inline <style> blocks (Astro inlines small ones), joined. */
function linkedCss(path: string): string {
  const doc = page(path);
  const linked = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) => distFile(String(link.getAttribute('href'))));
  const inline = [...doc.querySelectorAll('style')].map((style) => style.textContent ?? '');
  return [...linked, ...inline].join('\n');
}

describe('link previews', () => {
  it('give every page a distinct title, a description, a canonical URL and Open Graph tags', () => {
    const titles = new Set<string>();
    for (const path of pages) {
      const doc = page(path);
      const url = `${site}/${path ? `${path}/` : ''}`;
      titles.add(doc.title);
      expect(meta(doc, 'description'), path).toBeTruthy();
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(url);
      expect(meta(doc, 'og:url'), path).toBe(url);
      expect(meta(doc, 'og:title'), path).toBeTruthy();
      expect(meta(doc, 'og:description'), path).toBe(meta(doc, 'description'));
      expect(meta(doc, 'og:image'), path).toMatch(new RegExp(`^${demoSite.replace(/[.]/g, '\\.')}/share/.+\\.png$`));
      expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')], path).toEqual(['1200', '630']);
    }
    expect(titles.size).toBe(pages.length);
  });

  it('point unit pages at a 1200×630 picture made for the unit', async () => {
    for (const slug of units) {
      const doc = page(`units/${slug}`);
      expect(meta(doc, 'og:type')).toBe('article');
      expect(meta(doc, 'og:title')).toBe(doc.querySelector('h1')?.textContent);
      const image = String(meta(doc, 'og:image'));
      expect(image).toBe(`${site}/share/units/${slug}.png`);
      const file = join(demoDist(), new URL(image).pathname);
      const info = await sharp(file).metadata();
      expect([info.format, info.width, info.height]).toEqual(['png', 1200, 630]);
    }
    expect(existsSync(join(demoDist(), 'share/site.png'))).toBe(true);
  });
});

describe('QR codes', () => {
  it('on each unit page open that page', async () => {
    for (const slug of units) {
      const box = page(`units/${slug}`).querySelector('.unit-share');
      expect(await decodeQr(String(box?.querySelector('svg.qr')?.outerHTML))).toBe(`${site}/units/${slug}/`);
      expect(box?.querySelector('.short-url')?.textContent).toBe(`${demoHost}/units/${slug}/`);
      expect(box?.querySelector('svg.qr')?.getAttribute('role')).toBe('img');
    }
  });

  it('on the handout list every unit with its short URL', async () => {
    const cards = [...page('handout').querySelectorAll('.handout-card')];
    expect(cards).toHaveLength(units.length);
    const decoded = await Promise.all(cards.map((card) => decodeQr(String(card.querySelector('svg.qr')?.outerHTML))));
    expect(decoded.sort()).toEqual(units.map((slug) => `${site}/units/${slug}/`).sort());
    for (const card of cards) expect(decoded).toContain(`https://${card.querySelector('.short-url')?.textContent}`);
  });

  it('on boards open the unit page', async () => {
    for (const slug of units) {
      const path = `boards/${slug}`;
      expect(await decodeQr(String(page(path).querySelector('.b-qr svg')?.outerHTML)), path).toBe(`${site}/units/${slug}/`);
    }
  });
});

describe('section links', () => {
  it('give each report heading a # link to its own anchor', () => {
    for (const slug of units) {
      const links = [...page(`units/${slug}`).querySelectorAll('.report-body .section-link')];
      expect(links.length).toBeGreaterThan(3);
      for (const link of links) {
        const heading = link.parentElement;
        expect(heading?.tagName).toMatch(/^H[3-6]$/);
        expect(link.getAttribute('href')).toBe(`#${heading?.id}`);
        expect(link.getAttribute('aria-label')).toBe('本节链接');
        expect(heading?.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });

  it('get a copy button from a tiny inline script the CSP allows by hash', () => {
    const doc = page('units/xx-zhen');
    const script = doc.querySelector('script[data-enhancement="copy-link"]');
    expect(script?.textContent).toBe(COPY_LINK_SCRIPT);
    expect(Buffer.byteLength(COPY_LINK_SCRIPT)).toBeLessThan(512);
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    if (csp) expect(csp).toContain(scriptHash(COPY_LINK_SCRIPT));
  });

  it('keep the same anchors in the presentation', () => {
    const unitIds = new Set([...page('units/xx-zhen').querySelectorAll('.report-body h3[id]')].map((h) => h.id));
    const slides = [...page('present/xx-zhen').querySelectorAll('section.slide-section')].map((s) => s.id);
    expect(slides.length).toBe(unitIds.size);
    for (const id of slides) expect(unitIds.has(id), id).toBe(true);
  });
});

describe('exhibit boards', () => {
  it('exist for every unit, one page for both sheets: A1, and A3 at #a3, on their named pages', () => {
    for (const slug of units) {
      const doc = page(`boards/${slug}`);
      expect(doc.querySelector('main.board')).not.toBeNull();
      expect(doc.getElementById('a3')).not.toBeNull();
      expect(doc.querySelector('.board-toolbar a[href$="#a3"]')?.textContent).toBe('A3版');
      expect(existsSync(join(demoDist(), 'boards', slug, 'a3'))).toBe(false);
    }
    const css = linkedCss('boards/xx-zhen');
    expect(css).toMatch(/@page board-a1\s*\{\s*size:\s*594mm 841mm/);
    expect(css).toMatch(/@page board-a3\s*\{\s*size:\s*297mm 420mm/);
    expect(css).toMatch(/\.board\s*\{[^}]*--u:\s*1mm;\s*--board-w:\s*594mm;\s*--board-h:\s*841mm;\s*page:\s*board-a1/);
    expect(css).toMatch(/:root:has\(#a3:target\)\s*\.board\s*\{\s*--u:\s*\.5mm;\s*--board-w:\s*297mm;\s*--board-h:\s*420mm;\s*page:\s*board-a3/);
  });

  it('hold the name, title, figures, honors, a short account per section and photos', () => {
    const doc = page('boards/xx-zhen');
    expect(doc.querySelector('.b-name')?.textContent).toBe('XX镇党政机关');
    expect(doc.querySelector('.b-title')?.textContent).toBe('县级文明单位（2005年命名）');
    expect(doc.querySelector('.b-figures')?.textContent).toContain('48人');
    expect(doc.querySelector('.b-honors')?.textContent).toContain('财政税收工作一等奖');
    const sections = [...doc.querySelectorAll('.b-section')];
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toContain('一、围绕组织落实，强化创建根本');
    // Whole sentences only (one long first sentence may take up to twice the budget), or none.
    expect(sections.some((section) => section.querySelector('p'))).toBe(true);
    for (const section of sections) {
      const account = section.querySelector('p')?.textContent;
      if (account === undefined) continue;
      expect([...account].length).toBeLessThanOrEqual(220);
      expect(account).toMatch(/[。！？][”’」』）)]*$/);
    }
    const photos = [...doc.querySelectorAll('.b-photos img')];
    expect(photos.length).toBeGreaterThan(0);
    for (const img of photos) {
      expect(img.getAttribute('loading')).toBe('eager');
      expect(img.getAttribute('src')).toMatch(/\.webp$/);
      expect(img.getAttribute('alt')).toBeTruthy();
      expect(Number(img.getAttribute('width'))).toBeGreaterThanOrEqual(1200);
    }
  });

  it('keep their CSS away from ordinary pages', () => {
    for (const path of ['', 'units/xx-zhen', 'handout', 'statistics']) {
      const css = linkedCss(path);
      expect(css, path).not.toContain('board-a1');
      expect(css, path).not.toContain('.slide');
    }
  });
});

describe('presentation', () => {
  it('has one section per screen, linked in order, with the QR code first and last', async () => {
    const doc = page('present/xx-zhen');
    const slides = [...doc.querySelectorAll('section.slide')];
    expect(slides[0]?.id).toBe('top');
    expect(slides.at(-1)?.id).toBe('end');
    slides.forEach((slide, index) => {
      const next = slide.querySelector('a[rel="next"]')?.getAttribute('href');
      if (index < slides.length - 1) expect(next).toBe(`#${slides[index + 1]?.id}`);
    });
    expect(await decodeQr(String(slides[0]?.querySelector('svg.qr')?.outerHTML))).toBe(`${site}/units/xx-zhen/`);
    expect(doc.querySelector('script[data-enhancement="present"]')).not.toBeNull();
  });
});

describe('print', () => {
  it('has a print stylesheet on ordinary pages: no navigation, link targets, nothing cut, light background', () => {
    const css = linkedCss('units/xx-zhen');
    expect(css).toContain('@media print');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toContain('@page');
    expect(print).toMatch(/\.site-header nav[^{]*\{[^}]*display:\s*none/);
    expect(print).toContain('attr(href)');
    expect(print).toContain('var(--print-origin');
    expect(print).toMatch(/break-inside:\s*avoid/);
    expect(print).toMatch(/background:\s*#fff/);
    expect(page('units/xx-zhen').querySelector('style')?.textContent).toContain(`--print-origin:"${demoSite}"`);
  });
});

describe('no snapshot by default', () => {
  it('stamps no page', () => {
    expect(page('units/xx-zhen').querySelector('.snapshot-note')).toBeNull();
    expect(readFileSync(join(demoDist(), 'index.html'), 'utf8')).not.toContain('showcase:snapshot');
  });
});
