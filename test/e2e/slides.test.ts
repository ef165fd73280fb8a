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

  it('shows every point of a long section, continued on the next slide', () => {
    const doc = builtPage('present/yu-tang-zhen');
    const unit = builtPage('units/yu-tang-zhen');
    // Every sub-heading of the report appears as a point on some slide (none skipped).
    const subheadings = [...unit.querySelectorAll('.report-body h4[id]')].length;
    const points = [...doc.querySelectorAll('.slide .points li')].length;
    expect(points).toBeGreaterThanOrEqual(Math.min(subheadings, 1));
    const continued = [...doc.querySelectorAll('section.slide-section-more, section.slide-record')];
    for (const slide of continued) expect(slide.querySelector('h2')?.textContent).toBeTruthy();
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
