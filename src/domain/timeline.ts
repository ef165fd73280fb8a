// The cross-unit timeline: every dated item, grouped by year, in order.
import { compareNumbers } from './compare';
import { comparePartialDates, formatPartialDate, type PartialDate } from './partial-date';
import { formatYearSpan, type YearSpan } from './year-span';

/** When an item happened, as precisely as known. */
export type When = { kind: 'date'; date: PartialDate } | YearSpan;

export interface Dated {
  when: When;
}

export interface YearGroup<T> {
  year: number;
  items: T[];
}

export interface Timeline<T> {
  /** Oldest year first. */
  years: YearGroup<T>[];
  /** Items with no known year, listed apart rather than dropped. */
  undated: T[];
}

/** The year an item is filed under: a range under its last year, when it was completed. */
export function filingYear(when: When): number | null {
  switch (when.kind) {
    case 'date':
      return when.date.year;
    case 'year':
      return when.year;
    case 'range':
      return when.to;
    case 'undated':
      return null;
  }
}

/** True when only the year is known: such items sort before the year's dated months. */
export function isYearOnly(when: When): boolean {
  return when.kind === 'year' || when.kind === 'range' || (when.kind === 'date' && when.date.month === undefined);
}

/** Chronological order within a year: year-only items first, then by month and day. */
export function compareWhen(a: When, b: When): number {
  const byYear = compareNumbers(filingYear(a) ?? -Infinity, filingYear(b) ?? -Infinity);
  if (byYear !== 0) return byYear;
  const aOnly = isYearOnly(a);
  const bOnly = isYearOnly(b);
  if (aOnly || bOnly) return Number(bOnly) - Number(aOnly);
  return a.kind === 'date' && b.kind === 'date' ? comparePartialDates(a.date, b.date) : 0;
}

/** Groups items by filing year, oldest first; ties keep the order given (stable sort). */
export function buildTimeline<T extends Dated>(items: readonly T[]): Timeline<T> {
  const byYear = new Map<number, T[]>();
  const undated: T[] = [];
  for (const item of [...items].sort((a, b) => compareWhen(a.when, b.when))) {
    const year = filingYear(item.when);
    if (year === null) {
      undated.push(item);
      continue;
    }
    const group = byYear.get(year);
    if (group) group.push(item);
    else byYear.set(year, [item]);
  }
  const years = [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, group]) => ({ year, items: group }));
  return { years, undated };
}

/** Anchor of a year on the timeline page: /timeline/#y2005. */
export const yearAnchor = (year: number) => `y${year}`;

/** How an item's time reads on the timeline; a year-only item says that its month is unknown. */
export function formatWhen(when: When): string {
  switch (when.kind) {
    case 'date':
      return when.date.month === undefined ? `${when.date.year}年（月份不详）` : formatPartialDate(when.date);
    case 'year':
      return `${when.year}年（月份不详）`;
    case 'range':
    case 'undated':
      return formatYearSpan(when);
  }
}

/** The same, split for display: the time itself and a remark under it. */
export function whenParts(when: When): { main: string; remark?: string } {
  const yearOnly = when.kind === 'year' ? when.year : when.kind === 'date' && when.date.month === undefined ? when.date.year : null;
  return yearOnly === null ? { main: formatWhen(when) } : { main: `${yearOnly}年`, remark: '月份不详' };
}
