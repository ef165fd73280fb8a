// Slides on a projector: every slide is one screen, at 1024×768 and at 1280×800; parts too
// long for one screen continue on the next slides instead of being cut or skipped.
import { describe, expect, it } from 'vitest';
import { LAPTOP, PROJECTOR, useSiteBrowser } from '../helpers/site-browser';
import { page as builtPage } from '../helpers/dist';

const units = ['xx-zhen', 'yu-tang-zhen', 'zhu-fang-gong-ji-jin'];
const site = useSiteBrowser();

describe('slides', () => {
  it.each([PROJECTOR, LAPTOP].flatMap((viewport) => units.flatMap((slug) => [false, true].map((largeText) => ({ slug, viewport, largeText })))))(
    '$slug at $viewport.width×$viewport.height (大字 $largeText): no slide is taller than the screen',
    async ({ slug, viewport, largeText }) => {
      const page = await site.open(`/present/${slug}/`, viewport, { largeText });
      // Photos are lazy: make them load now, so each slide has its final height.
      await page.evaluate(async () => {
        for (const img of document.images) img.loading = 'eager';
        await document.fonts.ready;
      });
      await page.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 15_000 });
      const slides = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-slide]')].map((slide) => ({ id: slide.id, height: slide.getBoundingClientRect().height })),
      );
      expect(slides.length).toBeGreaterThan(3);
      const tooTall = slides.filter((slide) => slide.height > viewport.height + 1);
      expect(tooTall, JSON.stringify(tooTall)).toEqual([]);
      await page.context().close();
    },
  );

  it('each slide is an element with data-slide, numbered in order', () => {
    for (const slug of units) {
      const numbers = [...builtPage(`present/${slug}`).querySelectorAll('[data-slide]')].map((slide) => Number(slide.getAttribute('data-slide')));
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it.each(units)('%s: shows every sub-heading of each section as a point, continued on further slides', (slug) => {
    const deck = builtPage(`present/${slug}`);
    const unit = builtPage(`units/${slug}`);
    // A section's slides: its anchor, then anchor-2, anchor-3…
    for (const slide of deck.querySelectorAll('section.slide-section')) {
      const heading = unit.getElementById(slide.id);
      expect(heading, slide.id).not.toBeNull();
      const depth = Number(heading?.tagName.slice(1));
      let subheadings = 0;
      let next = heading?.nextElementSibling ?? null;
      while (next) {
        const level = Number(/^H([1-6])$/.exec(next.tagName)?.[1] ?? 0);
        if (level > 0 && level <= depth) break;
        if (level === depth + 1) subheadings += 1;
        next = next.nextElementSibling;
      }
      const parts = [...deck.querySelectorAll('section.slide')].filter((s) => s.id === slide.id || (s.id.startsWith(`${slide.id}-`) && /-\d+$/.test(s.id)));
      const points = parts.flatMap((part) => [...part.querySelectorAll('.points li')]);
      expect(points.length, slide.id).toBe(subheadings);
      for (const part of parts) expect(part.querySelectorAll('.points li').length).toBeLessThanOrEqual(8);
    }
  });

  it('lists every title and the honors a projector holds, over as many slides as they need', () => {
    const doc = builtPage('present/yu-tang-zhen');
    const recordSlides = [...doc.querySelectorAll('section.slide-record')];
    const lines = recordSlides.flatMap((slide) => [...slide.querySelectorAll('.honors li')]);
    const titles = [...builtPage('units/yu-tang-zhen').querySelectorAll('#titles ~ * li, details:has(#titles) .history > li')].length;
    expect(lines.length).toBeGreaterThanOrEqual(titles);
    for (const slide of recordSlides) expect(slide.querySelectorAll('.honors li').length).toBeLessThanOrEqual(8);
    if (recordSlides.length > 1) expect(recordSlides[1]?.querySelector('h2')?.textContent).toMatch(/（2\/\d+）/);
  });
});
