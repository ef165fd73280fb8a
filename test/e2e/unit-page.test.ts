// Unit pages as the public reads them: on a phone the report comes first, figures are never
// clipped, the record is folded, investments are cards, and the meeting tools come last.
import { describe, expect, it } from 'vitest';
import { LAPTOP, PHONE, PROJECTOR, useSiteBrowser } from '../helpers/site-browser';

const units = ['xx-zhen', 'yu-tang-zhen', 'zhu-fang-gong-ji-jin'];
const site = useSiteBrowser();

describe('unit pages on a phone', () => {
  it.each(
    units.flatMap((slug) => [
      { slug, largeText: false },
      { slug, largeText: true },
    ]),
  )('$slug (大字 $largeText): the report or its contents starts within two screens', async ({ slug, largeText }) => {
    const page = await site.open(`/units/${slug}/`, PHONE, { largeText });
    const top = await page.evaluate(() => {
      // The report starts with its title; its contents follow right under it.
      const first = document.querySelector('.report');
      return first ? first.getBoundingClientRect().top + window.scrollY : Infinity;
    });
    expect(top).toBeLessThan(2 * PHONE.height);
    await page.context().close();
  });

  it.each(units)('%s: name, figures, report, record, investments, then the meeting box last', async (slug) => {
    const page = await site.open(`/units/${slug}/`, PHONE);
    const order = await page.evaluate(() => {
      const marks: [string, string][] = [
        ['name', 'h1'],
        ['figures', '#figures'],
        ['report', '.report'],
        ['titles', '#titles'],
        ['honors', '#honors'],
        ['events', '#events'],
        ['investments', '#investments'],
        ['meeting', '#meeting-tools'],
      ];
      return marks
        .map(([name, selector]) => {
          const element = document.querySelector(selector);
          return element ? { name, y: element.getBoundingClientRect().top + window.scrollY } : null;
        })
        .filter((mark) => mark !== null)
        .sort((a, b) => a.y - b.y)
        .map((mark) => mark.name);
    });
    expect(order[0]).toBe('name');
    expect(order.indexOf('report')).toBeLessThan(order.indexOf('titles') === -1 ? Infinity : order.indexOf('titles'));
    expect(order.indexOf('report')).toBeGreaterThan(order.indexOf('figures'));
    expect(order.at(-1)).toBe('meeting');
    // The QR code lives only in the meeting box, at the end.
    const qrs = await page.locator('main svg.qr').count();
    expect(qrs).toBe(1);
    await page.context().close();
  });

  it.each(units)('%s: at most eight headline tiles; every other figure is in the table', async (slug) => {
    const page = await site.open(`/units/${slug}/`, PHONE);
    const { tiles, rows, figures } = await page.evaluate(async (slug) => {
      const { units } = (await (await fetch('/data/units.json')).json()) as { units: { slug: string; figures: unknown[] }[] };
      return {
        tiles: document.querySelectorAll('.figures > div').length,
        rows: document.querySelectorAll('.figure-table tbody tr').length,
        figures: units.find((unit) => unit.slug === slug)?.figures.length ?? 0,
      };
    }, slug);
    expect(tiles).toBe(Math.min(figures, 6));
    // Every figure the unit has is shown: six as tiles, the rest in the table.
    expect(tiles + rows).toBe(figures);
    await page.context().close();
  });

  it('folds titles, honors and events on a phone and shows them on a wide screen', async () => {
    const phone = await site.open('/units/yu-tang-zhen/', PHONE);
    // What a fold shows beyond its summary line, in px.
    const beyondSummary = () =>
      [...document.querySelectorAll('details.fold')].map(
        (d) => d.getBoundingClientRect().height - (d.querySelector('summary')?.getBoundingClientRect().height ?? 0),
      );
    const folded = await phone.evaluate(beyondSummary);
    expect(folded.length).toBeGreaterThanOrEqual(3);
    for (const height of folded) expect(height).toBeLessThan(2);
    await phone.locator('details.fold summary', { hasText: '荣誉' }).first().click();
    expect(await phone.locator('#honors').evaluate((h) => h.closest('details')?.getBoundingClientRect().height ?? 0)).toBeGreaterThan(300);
    await phone.context().close();

    const wide = await site.open('/units/yu-tang-zhen/', LAPTOP);
    const shown = await wide.evaluate(beyondSummary);
    for (const height of shown) expect(height).toBeGreaterThan(100);
    await wide.context().close();
  });

  it('shows investments as cards on a phone and as a table on a wide screen', async () => {
    const phone = await site.open('/units/xx-zhen/', PHONE);
    expect(
      await phone
        .locator('#investments ~ * tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('block');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.context().close();
    const wide = await site.open('/units/xx-zhen/', LAPTOP);
    expect(
      await wide
        .locator('#investments ~ * tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('table-row');
    await wide.context().close();
  });
});

describe('figures', () => {
  it.each([PHONE, PROJECTOR, LAPTOP].flatMap((viewport) => units.map((slug) => ({ slug, viewport }))))(
    '$slug at $viewport.width px: no figure is clipped or spills out of its tile',
    async ({ slug, viewport }) => {
      for (const largeText of [false, true]) {
        const page = await site.open(`/units/${slug}/`, viewport, { largeText });
        const problems = await page.evaluate(() =>
          [...document.querySelectorAll('.figures > div')].flatMap((tile) => {
            const box = tile.getBoundingClientRect();
            return [...tile.querySelectorAll('dt, dd')].flatMap((part) => {
              const inner = part.getBoundingClientRect();
              const clipped = part.scrollWidth > part.clientWidth + 1 || inner.right > box.right + 1 || inner.left < box.left - 1;
              return clipped ? [`${part.textContent}`] : [];
            });
          }),
        );
        expect(problems).toEqual([]);
        await page.context().close();
      }
    },
  );

  it('shows a long amount the way people read it, with the report’s wording beside it', async () => {
    const page = await site.open('/units/yu-tang-zhen/', LAPTOP);
    await page.locator('.more-figures summary').click();
    const text = await page.locator('main').innerText();
    // 2010年地区生产总值 is 115263万元 in the report (in the table of further figures).
    expect(text).toContain('11.53亿元');
    expect(text).toContain('原文：115263万元');
    await page.context().close();
  });
});
