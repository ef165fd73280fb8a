// Dates in report prose: 2006年11月5日, 二〇一九年十二月, 2006.11, and words relative to the
// report's year (今年, 去年, 近三年) that must be resolved before they can be shown out of context.
import { parseChineseDigits, parseChineseInteger } from './chinese-numeral';
import { makePartialDate, type PartialDate } from './partial-date';

/** Dates in prose are read only within this range; other 4-digit numbers are amounts or codes. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const YEAR_DIGITS = '[0-9〇○零一二三四五六七八九OＯ]';
const SMALL_NUMBER = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** 2006年11月5日, 二〇一九年十二月, 2006年: each later part optional. */
const CHINESE_STYLE = `(${YEAR_DIGITS}{4})年(?:(${SMALL_NUMBER})月(?:(${SMALL_NUMBER})[日号])?)?`;
/** 2006.11, 2006-11-05, 2006/11: the same separator throughout. */
const NUMERIC_STYLE = '(\\d{4})([.\\-/])(\\d{1,2})(?:\\5(\\d{1,2}))?';

const WHOLE_DATE = new RegExp(`^(?:${CHINESE_STYLE}|${NUMERIC_STYLE})$`);
// Not inside a longer number, and a numeric date must not continue as a decimal or a range
// ("2003-2006"), nor be an amount ("2006.11万元").
const DATE_IN_PROSE = new RegExp(`(?<![0-9〇○零一二三四五六七八九十OＯ.])(?:${CHINESE_STYLE}|${NUMERIC_STYLE}(?![0-9.\\-/]|[万亿元%]))`, 'g');

/** Reads a whole string as a date; null when it is anything else. */
export function parseChineseDate(text: string): PartialDate | null {
  const match = WHOLE_DATE.exec(text.trim());
  if (!match) return null;
  const found = fromMatch(match);
  // Parts must all be valid: "2006年13月" is a typo, not the year 2006.
  return found && found.text === match[0] ? found.date : null;
}

/** All dates in prose, left to right. An invalid month or day ("2006年13月") keeps the valid part. */
export function findChineseDates(prose: string): Array<{ text: string; index: number; date: PartialDate }> {
  const found: Array<{ text: string; index: number; date: PartialDate }> = [];
  for (const match of prose.matchAll(DATE_IN_PROSE)) {
    const date = fromMatch(match);
    if (date) found.push({ text: date.text, index: match.index, date: date.date });
  }
  return found;
}

/** The longest valid date the match spells, with the text it takes up. */
function fromMatch(match: RegExpExecArray | RegExpMatchArray): { text: string; date: PartialDate } | null {
  const [whole, zhYear, zhMonth, zhDay, numYear, separator, numMonth, numDay] = match;
  if (zhYear !== undefined) {
    const year = parseYear(zhYear);
    if (year === null) return null;
    const yearText = `${zhYear}年`;
    const month = zhMonth === undefined ? null : parseChineseInteger(zhMonth);
    const withMonth = month === null ? null : makePartialDate(year, month);
    if (!withMonth || zhMonth === undefined) return { text: yearText, date: { year } };
    const monthText = `${yearText}${zhMonth}月`;
    const day = zhDay === undefined ? null : parseChineseInteger(zhDay);
    const withDay = day === null ? null : makePartialDate(year, month ?? 0, day);
    return withDay ? { text: whole, date: withDay } : { text: monthText, date: withMonth };
  }
  if (numYear === undefined || separator === undefined || numMonth === undefined) return null;
  const year = parseYear(numYear);
  if (year === null) return null;
  const withMonth = makePartialDate(year, Number(numMonth));
  if (!withMonth) return null;
  if (numDay === undefined) return { text: whole, date: withMonth };
  const withDay = makePartialDate(year, Number(numMonth), Number(numDay));
  return withDay ? { text: whole, date: withDay } : null;
}

function parseYear(text: string): number | null {
  const year = parseChineseDigits(text);
  return year !== null && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

export type RelativeYearWord = '今年' | '去年' | '前年' | '明年';

const RELATIVE_OFFSETS: Readonly<Record<RelativeYearWord, number>> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };

/** 今年 → the report's year, 去年 → one before, 前年 → two before, 明年 → one after. */
export function resolveRelativeYear(word: string, reportYear: number): number | null {
  return Object.hasOwn(RELATIVE_OFFSETS, word) ? reportYear + RELATIVE_OFFSETS[word as RelativeYearWord] : null;
}

/**
 * The characters that, written just before the word, make it part of another word:
 * 文明年 (文明 + 年…), 说明年轻, 如今年轻人, 过去年代, 目前年龄, 三年前年均….
 */
const NOT_AFTER: Readonly<Record<RelativeYearWord, string>> = {
  今年: '如当现古而迄',
  去年: '过失离死',
  前年: '目之年日月提空以此生当跟面眼从事史超战门台上向往',
  明年: '文说证表声光透发鲜聪标阐简英黎清分严开照指注失查高申辨澄公廉昌彰修贤神精显阳不言点写讲挑载究昭通晴',
};
/** 年 followed by these starts another word: 年轻, 年龄, 年纪, 年级, 年华, 年迈, 年代. */
const NOT_BEFORE = '轻龄纪级华迈代';

const RELATIVE_IN_PROSE = /今年|去年|前年|明年|近([一两二三四五六七八九十]{1,3}|\d{1,2})年/g;

/**
 * Finds relative years in prose and the years they stand for: 去年 in a 2006 report is
 * 2005–2005, 近三年 is 2004–2006 (the report year counts as one of the three). 近几年 and
 * 近年来 name no definite span and are skipped.
 */
export function findRelativeYears(prose: string, reportYear: number): Array<{ text: string; index: number; from: number; to: number }> {
  const found: Array<{ text: string; index: number; from: number; to: number }> = [];
  for (const match of prose.matchAll(RELATIVE_IN_PROSE)) {
    const [text, count] = match;
    const index = match.index;
    if (count !== undefined) {
      const years = parseChineseInteger(count);
      if (years === null || years < 1) continue;
      found.push({ text, index, from: reportYear - years + 1, to: reportYear });
      continue;
    }
    const word = text as RelativeYearWord;
    const before = prose[index - 1] ?? '';
    const after = prose[index + text.length] ?? '';
    if ((before !== '' && NOT_AFTER[word].includes(before)) || (after !== '' && NOT_BEFORE.includes(after))) continue;
    const year = reportYear + RELATIVE_OFFSETS[word];
    found.push({ text, index, from: year, to: year });
  }
  return found;
}
