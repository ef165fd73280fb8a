import { describe, expect, it } from 'vitest';
import { buildTimeline, compareWhen, filingYear, formatWhen, whenParts, type When } from '../../src/domain/timeline';

const date = (year: number, month?: number, day?: number): When => ({
  kind: 'date',
  date: { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) },
});
const item = (name: string, when: When) => ({ name, when });

describe('filingYear', () => {
  it.each([
    { when: date(2006, 11), year: 2006 },
    { when: { kind: 'year', year: 2005 } as When, year: 2005 },
    { when: { kind: 'range', from: 2007, to: 2010 } as When, year: 2010 },
    { when: { kind: 'undated' } as When, year: null },
  ])('$when.kind → $year', ({ when, year }) => expect(filingYear(when)).toBe(year));
});

describe('buildTimeline', () => {
  const timeline = buildTimeline([
    item('Nov 2006', date(2006, 11)),
    item('undated honor', { kind: 'undated' }),
    item('2006, month unknown', { kind: 'year', year: 2006 }),
    item('range 2007-2010', { kind: 'range', from: 2007, to: 2010 }),
    item('Mar 2006', date(2006, 3)),
    item('5 Mar 2006', date(2006, 3, 5)),
    item('2005 title', { kind: 'year', year: 2005 }),
    item('2010 event', date(2010, 1)),
  ]);

  it('groups by year, oldest first, with no empty years', () => {
    expect(timeline.years.map((group) => group.year)).toEqual([2005, 2006, 2010]);
  });

  it('puts year-only items before the dated months of their year', () => {
    expect(timeline.years[1]?.items.map((i) => i.name)).toEqual(['2006, month unknown', 'Mar 2006', '5 Mar 2006', 'Nov 2006']);
  });

  it('files a range under its last year, before that year’s months', () => {
    expect(timeline.years[2]?.items.map((i) => i.name)).toEqual(['range 2007-2010', '2010 event']);
  });

  it('keeps undated items apart instead of dropping them', () => {
    expect(timeline.undated.map((i) => i.name)).toEqual(['undated honor']);
  });

  it('is stable for items of the same date', () => {
    const sameDay = buildTimeline([item('a', date(2006, 3)), item('b', date(2006, 3)), item('c', date(2006, 3))]);
    expect(sameDay.years[0]?.items.map((i) => i.name)).toEqual(['a', 'b', 'c']);
  });
});

it('compareWhen orders a year-month before its days', () => {
  expect(compareWhen(date(2006, 3), date(2006, 3, 1))).toBeLessThan(0);
  expect(compareWhen(date(2006, 12), date(2007))).toBeLessThan(0);
});

describe('formatWhen', () => {
  it.each([
    { when: date(2006, 11), text: '2006年11月' },
    { when: date(2006, 11, 5), text: '2006年11月5日' },
    { when: date(2006), text: '2006年（月份不详）' },
    { when: { kind: 'year', year: 2005 } as When, text: '2005年（月份不详）' },
    { when: { kind: 'range', from: 2007, to: 2010 } as When, text: '2007—2010年' },
    { when: { kind: 'undated' } as When, text: '年份不详' },
  ])('$text', ({ when, text }) => expect(formatWhen(when)).toBe(text));
});

it('whenParts moves "month unknown" into a remark', () => {
  expect(whenParts({ kind: 'year', year: 2005 })).toEqual({ main: '2005年', remark: '月份不详' });
  expect(whenParts(date(2006, 11))).toEqual({ main: '2006年11月' });
  expect(whenParts({ kind: 'range', from: 2007, to: 2010 })).toEqual({ main: '2007—2010年' });
});
