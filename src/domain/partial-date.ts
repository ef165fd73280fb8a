// Dates as precise as the source: a report may say only "2006年" or "2006年11月", and
// inventing a day would state something the source never did.

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Years a campaign document can plausibly mention; anything else is a typo. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const ISO_PARTIAL = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/**
 * Reads 2006, "2006", "2006-11", "2006-11-05", or a Date (YAML turns an unquoted 2006-11-05
 * into midnight UTC, so its UTC parts are the written ones). Invalid months and days are null.
 */
export function parsePartialDate(input: unknown): PartialDate | null {
  if (typeof input === 'number') return makePartialDate(input);
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return makePartialDate(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input !== 'string') return null;
  const match = ISO_PARTIAL.exec(input.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  return makePartialDate(Number(year), month === undefined ? undefined : Number(month), day === undefined ? undefined : Number(day));
}

/** Builds a validated date; a day needs a month, and must exist in that month (no 2月30日). */
export function makePartialDate(year: number, month?: number, day?: number): PartialDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month === undefined) return day === undefined ? { year } : null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return { year, month };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** '2006', '2006-11', '2006-11-05'. */
export function toIsoPartial(d: PartialDate): string {
  let iso = String(d.year).padStart(4, '0');
  if (d.month === undefined) return iso;
  iso += `-${String(d.month).padStart(2, '0')}`;
  if (d.day === undefined) return iso;
  return `${iso}-${String(d.day).padStart(2, '0')}`;
}

/** '2006年', '2006年11月', '2006年11月5日'. */
export function formatPartialDate(d: PartialDate): string {
  let text = `${d.year}年`;
  if (d.month === undefined) return text;
  text += `${d.month}月`;
  if (d.day === undefined) return text;
  return `${text}${d.day}日`;
}

/**
 * Chronological order. A less precise date sorts before the more precise ones it contains
 * ("2006" before "2006-01", "2006-11" before "2006-11-01"), so a timeline reads general to specific.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
