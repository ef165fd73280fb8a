// Statistics and timeline as read on a phone and a laptop: chart labels stay readable, narrow
// screens show the table first, no chart of a single bar; the timeline says each year once.
import { describe, expect, it } from 'vitest';
import { LAPTOP, PHONE, useSiteBrowser } from '../helpers/site-browser';

const site = useSiteBrowser();

describe('statistics charts', () => {
  it.each([false, true])('draw labels at 16px or more on a laptop (大字 %s), larger with 大字', async (largeText) => {
    const page = await site.open('/statistics/', LAPTOP, { largeText });
    const scales = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('.chart svg')].map((svg) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
    );
    expect(scales.length).toBeGreaterThan(0);
    // The charts' labels are 16 units of the drawing: at scale 1 they are 16px.
    for (const scale of scales) expect(scale).toBeGreaterThanOrEqual(largeText ? 1.2 : 0.99);
    await page.context().close();
  });

  it('on a phone shows each table before its chart', async () => {
    const page = await site.open('/statistics/', PHONE);
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('.stat')].flatMap((stat) => {
        const chart = stat.querySelector('.chart');
        const table = stat.querySelector('table');
        return chart && table ? [table.getBoundingClientRect().top < chart.getBoundingClientRect().top] : [];
      }),
    );
    expect(order.length).toBeGreaterThan(0);
    expect(order.every(Boolean)).toBe(true);
    await page.context().close();
  });

  it('draws no chart of a single bar', async () => {
    const page = await site.open('/statistics/', LAPTOP);
    const single = await page.evaluate(() =>
      [...document.querySelectorAll('.stat')]
        .filter((stat) => stat.querySelector('.chart') && stat.querySelectorAll('tbody tr').length < 2)
        .map((stat) => stat.querySelector('h2')?.textContent),
    );
    expect(single).toEqual([]);
    await page.context().close();
  });
});

describe('timeline', () => {
  it('says 月份不详 at most once under each year, and no item repeats its year', async () => {
    const page = await site.open('/timeline/', LAPTOP);
    const years = await page.evaluate(() =>
      [...document.querySelectorAll('section:has(> h2[id^="y"])')].map((section) => ({
        year: section.querySelector('h2')?.id.slice(1) ?? '',
        unknownMonth: (section.textContent?.match(/月份不详/g) ?? []).length,
        whens: [...section.querySelectorAll('.when')].map((when) => when.textContent ?? ''),
      })),
    );
    expect(years.length).toBeGreaterThan(3);
    for (const { year, unknownMonth, whens } of years) {
      expect(unknownMonth, year).toBeLessThanOrEqual(1);
      // A span (2007—2010年) says more than the heading and keeps its years; nothing else repeats it.
      for (const when of whens.filter((w) => !w.includes('—'))) expect(when, year).not.toContain(`${year}年`);
    }
    await page.context().close();
  });

  it('keeps undated items in their own folded group', async () => {
    const page = await site.open('/timeline/', LAPTOP);
    const undated = page.locator('details#undated');
    expect(await undated.count()).toBe(1);
    expect(await undated.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await undated.locator('summary').innerText()).toMatch(/年份不详\s*（\d+条）/);
    await page.context().close();
  });

  it('on a unit page gives each year a heading and undated items a folded group', async () => {
    const page = await site.open('/units/yu-tang-zhen/', LAPTOP);
    const text = await page.locator('#events').evaluate((h) => h.closest('details')?.textContent ?? '');
    expect((text.match(/月份不详/g) ?? []).length).toBeLessThanOrEqual((text.match(/\d{4}年/g) ?? []).length);
    await page.context().close();
  });
});

describe('honor roll', () => {
  it('folds undated honors into their own group under each level', async () => {
    const page = await site.open('/honors/', LAPTOP);
    const groups = await page
      .locator('details.undated')
      .evaluateAll((all) => all.map((d) => ({ open: (d as HTMLDetailsElement).open, summary: d.querySelector('summary')?.textContent ?? '' })));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group.open).toBe(false);
      expect(group.summary).toMatch(/年份不详（\d+项）/);
    }
    await page.context().close();
  });
});
