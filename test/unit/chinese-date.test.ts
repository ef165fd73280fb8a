import { describe, expect, it } from 'vitest';
import { findChineseDates, findRelativeYears, parseChineseDate, resolveRelativeYear } from '../../src/domain/chinese-date';
import type { PartialDate } from '../../src/domain/partial-date';

describe('parseChineseDate', () => {
  it.each<[string, PartialDate]>([
    ['2006年', { year: 2006 }],
    ['2006年11月', { year: 2006, month: 11 }],
    ['2006年11月5日', { year: 2006, month: 11, day: 5 }],
    ['2006年11月5号', { year: 2006, month: 11, day: 5 }],
    ['二〇一九年十二月', { year: 2019, month: 12 }],
    ['二〇〇六年十一月二十日', { year: 2006, month: 11, day: 20 }],
    ['二零零六年一月', { year: 2006, month: 1 }],
    ['二OO六年三月三十一日', { year: 2006, month: 3, day: 31 }],
    ['2006.11', { year: 2006, month: 11 }],
    ['2006-11', { year: 2006, month: 11 }],
    ['2006-11-05', { year: 2006, month: 11, day: 5 }],
    ['2006.1.5', { year: 2006, month: 1, day: 5 }],
    [' 2006年11月 ', { year: 2006, month: 11 }],
  ])('%s', (text, expected) => {
    expect(parseChineseDate(text)).toEqual(expected);
  });

  it.each([['2006'], ['2006年13月'], ['2006年2月30日'], ['2006.13'], ['2006-11.05'], ['1850年'], ['2006年底'], ['十一月'], ['两〇〇六年'], ['']])(
    '%s is null',
    (text) => {
      expect(parseChineseDate(text)).toBeNull();
    },
  );
});

describe('findChineseDates', () => {
  it.each<[string, Array<[string, number, PartialDate]>]>([
    [
      '2003年——2006年连续被评为文明单位',
      [
        ['2003年', 0, { year: 2003 }],
        ['2006年', 7, { year: 2006 }],
      ],
    ],
    ['于2006年11月5日召开大会', [['2006年11月5日', 1, { year: 2006, month: 11, day: 5 }]]],
    ['二〇一九年十二月，经考核', [['二〇一九年十二月', 0, { year: 2019, month: 12 }]]],
    [
      '2006.11至2007.3期间',
      [
        ['2006.11', 0, { year: 2006, month: 11 }],
        ['2007.3', 8, { year: 2007, month: 3 }],
      ],
    ],
    // An invalid month keeps the valid year.
    ['2006年13月', [['2006年', 0, { year: 2006 }]]],
    // Not dates: amounts, ranges of numbers, 5-digit numbers, years out of range.
    ['投资2006.11万元', []],
    ['编号12006年', []],
    ['1850年建校', []],
    ['2003-2006', []],
    ['共12人', []],
  ])('%s', (prose, expected) => {
    expect(findChineseDates(prose).map((d) => [d.text, d.index, d.date])).toEqual(expected);
  });
});

describe('resolveRelativeYear', () => {
  it.each<[string, number | null]>([
    ['今年', 2006],
    ['去年', 2005],
    ['前年', 2004],
    ['明年', 2007],
    ['后年', null],
    ['年', null],
    ['toString', null],
  ])('%s in a 2006 report → %s', (word, expected) => {
    expect(resolveRelativeYear(word, 2006)).toBe(expected);
  });
});

describe('findRelativeYears', () => {
  it.each<[string, Array<[string, number, number, number]>]>([
    ['今年年初，我们制定了计划', [['今年', 0, 2006, 2006]]],
    ['今年第一季度完成', [['今年', 0, 2006, 2006]]],
    [
      '去年投资10万元，前年投资5万元',
      [
        ['去年', 0, 2005, 2005],
        ['前年', 9, 2004, 2004],
      ],
    ],
    ['力争明年创建成功', [['明年', 2, 2007, 2007]]],
    ['近三年来累计投入', [['近三年', 0, 2004, 2006]]],
    ['近两年', [['近两年', 0, 2005, 2006]]],
    ['近五年', [['近五年', 0, 2002, 2006]]],
    ['近十年', [['近十年', 0, 1997, 2006]]],
    ['近3年', [['近3年', 0, 2004, 2006]]],
    // No definite span.
    ['近几年来', []],
    ['近年来', []],
    // Parts of other words: 文明年度, 说明年轻, 如今年轻人, 过去年代, 目前年龄.
    ['精神文明年度考核', []],
    ['这说明年轻干部', []],
    ['如今年轻人', []],
    ['过去年代', []],
    ['目前年龄结构', []],
    ['截至今年6月', [['今年', 2, 2006, 2006]]],
  ])('%s', (prose, expected) => {
    expect(findRelativeYears(prose, 2006).map((r) => [r.text, r.index, r.from, r.to])).toEqual(expected);
  });
});
