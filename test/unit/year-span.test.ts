import { describe, expect, it } from 'vitest';
import { formatYearSpan, parseYearSpan, yearSpanSortKey, type YearSpan } from '../../src/domain/year-span';

describe('parseYearSpan', () => {
  it.each<[unknown, YearSpan]>([
    [2004, { kind: 'year', year: 2004 }],
    ['2004', { kind: 'year', year: 2004 }],
    ['2004年', { kind: 'year', year: 2004 }],
    [' 2004 ', { kind: 'year', year: 2004 }],
    ['二〇〇四年', { kind: 'year', year: 2004 }],
    ['2007-2010', { kind: 'range', from: 2007, to: 2010 }],
    ['2007—2010', { kind: 'range', from: 2007, to: 2010 }],
    ['2007–2010', { kind: 'range', from: 2007, to: 2010 }],
    ['2007——2010年', { kind: 'range', from: 2007, to: 2010 }],
    ['2007年—2010年', { kind: 'range', from: 2007, to: 2010 }],
    ['2007至2010', { kind: 'range', from: 2007, to: 2010 }],
    ['2007 - 2010', { kind: 'range', from: 2007, to: 2010 }],
    ['2007～2010', { kind: 'range', from: 2007, to: 2010 }],
    ['undated', { kind: 'undated' }],
    ['Undated', { kind: 'undated' }],
    ['不详', { kind: 'undated' }],
    ['未知', { kind: 'undated' }],
    ['年份不详', { kind: 'undated' }],
    [
      { kind: 'range', from: 2007, to: 2010 },
      { kind: 'range', from: 2007, to: 2010 },
    ],
  ])('%j', (input, expected) => {
    expect(parseYearSpan(input)).toEqual(expected);
  });

  it.each<[unknown]>([
    ['2010-2007'],
    ['2007-2007'],
    ['1899'],
    [2101],
    [2004.5],
    ['04'],
    ['2007-10'],
    ['2004年度'],
    [''],
    [null],
    [undefined],
    [{ kind: 'year', year: '2004' }],
  ])('%j is null', (input) => {
    expect(parseYearSpan(input)).toBeNull();
  });
});

describe('formatYearSpan and yearSpanSortKey', () => {
  it.each<[YearSpan, string, number]>([
    [{ kind: 'year', year: 2004 }, '2004年', 2004],
    [{ kind: 'range', from: 2007, to: 2010 }, '2007—2010年', 2010],
    [{ kind: 'undated' }, '年份不详', Number.NEGATIVE_INFINITY],
  ])('%j → %s, %d', (span, text, key) => {
    expect(formatYearSpan(span)).toBe(text);
    expect(yearSpanSortKey(span)).toBe(key);
  });
});
