import { describe, expect, it } from 'vitest';
import { formatTotal, sumQuantities } from '../../src/domain/totals';
import type { Bound } from '../../src/domain/quantity';

const q = (value: number, bound: Bound, unit = '元') => ({ value, unit, bound });

describe('sumQuantities', () => {
  it.each([
    { name: 'all exact', terms: [q(105000, 'exact'), q(15000, 'exact')], low: 120000, high: 120000, approximate: false },
    { name: 'at-least opens the top', terms: [q(40000, 'at-least'), q(105000, 'exact')], low: 145000, high: null, approximate: false },
    { name: 'at-most adds only to the top', terms: [q(10000, 'at-most'), q(105000, 'exact')], low: 105000, high: 115000, approximate: false },
    { name: 'about marks the result approximate', terms: [q(50, 'about'), q(10, 'exact')], low: 60, high: 60, approximate: true },
    { name: 'the issue example', terms: [q(40000, 'at-least'), q(10000, 'at-most'), q(105000, 'exact')], low: 145000, high: null, approximate: false },
  ])('$name', ({ terms, low, high, approximate }) => {
    const total = sumQuantities(terms, '元');
    expect(total).toEqual({ unit: '元', low, high, approximate, count: terms.length });
  });

  it('ignores quantities of another unit', () => {
    expect(sumQuantities([q(48, 'exact', '人'), q(100, 'exact')], '元').low).toBe(100);
  });
});

describe('formatTotal', () => {
  it.each([
    { terms: [q(105000, 'exact'), q(15000, 'exact')], text: '12万元' },
    { terms: [q(40000, 'at-least'), q(105000, 'exact')], text: '不少于14.5万元' },
    { terms: [q(10000, 'at-most'), q(105000, 'exact')], text: '10.5万～11.5万元' },
    { terms: [q(50, 'about', '人')], text: '约50人' },
  ])('$text', ({ terms, text }) => {
    expect(formatTotal(sumQuantities(terms, terms[0]?.unit ?? '元'))).toBe(text);
  });
});
