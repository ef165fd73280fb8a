// How timeline items read under a year heading: the year is said once by the heading, and
// items known only by their year are gathered once instead of each saying 月份不详.
import { formatPartialDate } from './partial-date';
import { filingYear, isYearOnly, type Dated, type When } from './timeline';
import { formatYearSpan } from './year-span';

export interface YearDisplayGroup<T> {
  year: number;
  /** Items known only by their year (or a span ending in it), in the given order. */
  yearOnly: T[];
  /** Items with a month, in the given order. */
  dated: T[];
}

export interface TimelineDisplay<T> {
  years: YearDisplayGroup<T>[];
  undated: T[];
}

/** Groups items (already in timeline order) by year, the year-only ones apart from the dated ones. */
export function groupForDisplay<T extends Dated>(items: readonly T[]): TimelineDisplay<T> {
  const years: YearDisplayGroup<T>[] = [];
  const undated: T[] = [];
  for (const item of items) {
    const year = filingYear(item.when);
    if (year === null) {
      undated.push(item);
      continue;
    }
    let group = years.find((candidate) => candidate.year === year);
    if (!group) {
      group = { year, yearOnly: [], dated: [] };
      years.push(group);
    }
    (isYearOnly(item.when) ? group.yearOnly : group.dated).push(item);
  }
  return { years, undated };
}

/**
 * An item's time under its year's heading, without the year the heading already says:
 * "11月", "11月5日"; a span keeps its years ("2007—2010年") since they say more than the
 * heading; a year-only item says nothing (null).
 */
export function whenUnderYear(when: When): string | null {
  if (when.kind === 'range') return formatYearSpan(when);
  if (when.kind !== 'date' || when.date.month === undefined) return null;
  const full = formatPartialDate(when.date);
  return full.replace(/^\d{4}年/, '');
}
