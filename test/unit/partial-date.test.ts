import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, makePartialDate, parsePartialDate, toIsoPartial, type PartialDate } from '../../src/domain/partial-date';

describe('parsePartialDate', () => {
  it.each<[unknown, PartialDate]>([
    [2006, { year: 2006 }],
    ['2006', { year: 2006 }],
    ['2006-11', { year: 2006, month: 11 }],
    ['2006-11-05', { year: 2006, month: 11, day: 5 }],
    ['2006-1-5', { year: 2006, month: 1, day: 5 }],
    [' 2006-11 ', { year: 2006, month: 11 }],
    ['2008-02-29', { year: 2008, month: 2, day: 29 }],
    // What YAML makes of an unquoted 2006-11-05: midnight UTC.
    [new Date(Date.UTC(2006, 10, 5)), { year: 2006, month: 11, day: 5 }],
    [new Date('2006-12-31T00:00:00Z'), { year: 2006, month: 12, day: 31 }],
  ])('%s', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
  });

  it.each<[unknown]>([
    ['2006-13'],
    ['2006-00'],
    ['2006-02-30'],
    ['2007-02-29'],
    ['2006-11-31'],
    ['2006/11/05'],
    ['06-11'],
    ['2006年'],
    [''],
    [2006.5],
    [NaN],
    [new Date('invalid')],
    [null],
    [undefined],
    [{ year: 2006 }],
  ])('%s is null', (input) => {
    expect(parsePartialDate(input)).toBeNull();
  });
});

describe('makePartialDate', () => {
  it.each<[number, number | undefined, number | undefined, PartialDate | null]>([
    [2006, undefined, undefined, { year: 2006 }],
    [2006, 11, undefined, { year: 2006, month: 11 }],
    [2006, 11, 30, { year: 2006, month: 11, day: 30 }],
    [2006, undefined, 5, null],
    [2006, 4, 31, null],
  ])('%d %s %s', (year, month, day, expected) => {
    expect(makePartialDate(year, month, day)).toEqual(expected);
  });
});

describe('toIsoPartial and formatPartialDate', () => {
  it.each<[PartialDate, string, string]>([
    [{ year: 2006 }, '2006', '2006年'],
    [{ year: 2006, month: 11 }, '2006-11', '2006年11月'],
    [{ year: 2006, month: 11, day: 5 }, '2006-11-05', '2006年11月5日'],
    [{ year: 2006, month: 1, day: 20 }, '2006-01-20', '2006年1月20日'],
  ])('%j → %s, %s', (date, iso, chinese) => {
    expect(toIsoPartial(date)).toBe(iso);
    expect(formatPartialDate(date)).toBe(chinese);
  });
});

describe('comparePartialDates', () => {
  it.each<[PartialDate, PartialDate, -1 | 0 | 1]>([
    [{ year: 2005 }, { year: 2006 }, -1],
    [{ year: 2006, month: 12, day: 31 }, { year: 2007 }, -1],
    [{ year: 2006 }, { year: 2006, month: 1 }, -1],
    [{ year: 2006, month: 11 }, { year: 2006, month: 11, day: 1 }, -1],
    [{ year: 2006, month: 3 }, { year: 2006, month: 11 }, -1],
    [{ year: 2006, month: 11, day: 5 }, { year: 2006, month: 11, day: 20 }, -1],
    [{ year: 2006, month: 11 }, { year: 2006, month: 11 }, 0],
    [{ year: 2006, month: 1 }, { year: 2006 }, 1],
  ])('%j vs %j', (a, b, sign) => {
    expect(Math.sign(comparePartialDates(a, b))).toBe(sign);
  });

  it('sorts a mixed list chronologically, general before specific', () => {
    const dates: PartialDate[] = [{ year: 2006, month: 11, day: 5 }, { year: 2007 }, { year: 2006, month: 11 }, { year: 2006 }, { year: 2005, month: 3 }];
    expect([...dates].sort(comparePartialDates).map(toIsoPartial)).toEqual(['2005-03', '2006', '2006-11', '2006-11-05', '2007']);
  });
});
