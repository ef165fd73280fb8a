// When an honor was given: one year, a span of years (a title held 2007—2010), or a
// source that does not say. "Undated" is explicit so a missing year is a decision, not an omission.
import { parseChineseDigits } from './chinese-numeral';

export type YearSpan = { kind: 'year'; year: number } | { kind: 'range'; from: number; to: number } | { kind: 'undated' };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const UNDATED_WORDS = new Set(['undated', '不详', '未知', '年份不详']);
const YEAR = '([0-9〇○零一二三四五六七八九]{4})';
const SINGLE = new RegExp(`^${YEAR}\\s*年?$`);
// Hyphen, en dash, em dash (one or two), full-width hyphen and tilde, or the words 至/到.
const RANGE = new RegExp(`^${YEAR}\\s*年?\\s*(?:-|–|—{1,2}|－|~|～|至|到)\\s*${YEAR}\\s*年?$`);

/**
 * Reads 2004, "2004", "2004年", "2007-2010" (any dash, 至), "2007——2010年", or
 * undated/不详/未知. A range must run forwards (from < to); years are 1900–2100.
 * An already parsed YearSpan is validated and returned as a copy.
 */
export function parseYearSpan(input: unknown): YearSpan | null {
  if (typeof input === 'number') return single(input);
  if (typeof input === 'object' && input !== null) return fromObject(input as Record<string, unknown>);
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (UNDATED_WORDS.has(text.toLowerCase())) return { kind: 'undated' };
  const one = SINGLE.exec(text);
  if (one) return single(parseChineseDigits(one[1] ?? ''));
  const range = RANGE.exec(text);
  if (range) return makeRange(parseChineseDigits(range[1] ?? ''), parseChineseDigits(range[2] ?? ''));
  return null;
}

function fromObject(o: Record<string, unknown>): YearSpan | null {
  if (o['kind'] === 'undated') return { kind: 'undated' };
  if (o['kind'] === 'year' && typeof o['year'] === 'number') return single(o['year']);
  if (o['kind'] === 'range' && typeof o['from'] === 'number' && typeof o['to'] === 'number') return makeRange(o['from'], o['to']);
  return null;
}

function isYear(year: number | null): year is number {
  return year !== null && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

function single(year: number | null): YearSpan | null {
  return isYear(year) ? { kind: 'year', year } : null;
}

function makeRange(from: number | null, to: number | null): YearSpan | null {
  return isYear(from) && isYear(to) && from < to ? { kind: 'range', from, to } : null;
}

/** '2004年', '2007—2010年', '年份不详'. */
export function formatYearSpan(s: YearSpan): string {
  switch (s.kind) {
    case 'year':
      return `${s.year}年`;
    case 'range':
      return `${s.from}—${s.to}年`;
    case 'undated':
      return '年份不详';
  }
}

/** Sorts by the last year the span covers (the most recent standing); undated goes last in newest-first order. */
export function yearSpanSortKey(s: YearSpan): number {
  switch (s.kind) {
    case 'year':
      return s.year;
    case 'range':
      return s.to;
    case 'undated':
      return Number.NEGATIVE_INFINITY;
  }
}
