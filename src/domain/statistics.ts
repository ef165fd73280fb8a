// Counts and totals for the statistics page. Pure: callers pass plain rows.
import { compareNumbers } from './compare';
import { sumQuantities, type BoundedTotal } from './totals';
import type { Quantity } from './quantity';
import { STAFF_MEASURES, type StaffMeasure } from './vocabulary';

export interface Count<K> {
  key: K;
  count: number;
}

/**
 * Counts rows by key. Keys listed in `order` come first in that order (zeros included, so a
 * chart shows every level); other keys follow by count, most first.
 */
export function countBy<T, K>(rows: readonly T[], keyOf: (row: T) => K, order: readonly K[] = []): Count<K>[] {
  const counts = new Map<K, number>(order.map((key) => [key, 0]));
  for (const row of rows) {
    const key = keyOf(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rank = (key: K) => {
    const index = order.indexOf(key);
    return index === -1 ? Infinity : index;
  };
  return [...counts.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => compareNumbers(rank(a.key), rank(b.key)) || b.count - a.count);
}

export interface Total<K> {
  key: K;
  total: BoundedTotal;
}

/** Bounded totals of amounts per key, largest floor first. */
export function totalBy<T, K>(rows: readonly T[], keyOf: (row: T) => K, amountOf: (row: T) => Quantity, unit = '元'): Total<K>[] {
  const groups = new Map<K, Quantity[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(amountOf(row));
    else groups.set(key, [amountOf(row)]);
  }
  return [...groups.entries()]
    .map(([key, amounts]) => ({ key, total: sumQuantities(amounts, unit) }))
    .filter(({ total }) => total.count > 0)
    .sort((a, b) => b.total.low - a.total.low);
}

/** Years from first to last with a count each, gaps filled with zero, so a chart's axis is honest. */
export function countPerYear(years: readonly number[]): Count<number>[] {
  if (years.length === 0) return [];
  const min = Math.min(...years);
  const max = Math.max(...years);
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return Array.from({ length: max - min + 1 }, (_, i) => ({ key: min + i, count: counts.get(min + i) ?? 0 }));
}

export interface StaffRow<U> {
  unit: U;
  figure: { measure: StaffMeasure; count: number };
}

/**
 * Head counts grouped by what they count (在岗职工, 在编职工, 机关干部 …), in the vocabulary's
 * order, largest first within a measure: only like is compared with like.
 */
export function staffByMeasure<U>(
  units: readonly { unit: U; staff: readonly { measure: StaffMeasure; count: number }[] }[],
): { measure: StaffMeasure; rows: StaffRow<U>[] }[] {
  return STAFF_MEASURES.flatMap((measure) => {
    const rows = units.flatMap(({ unit, staff }) => staff.filter((figure) => figure.measure === measure).map((figure) => ({ unit, figure })));
    rows.sort((a, b) => b.figure.count - a.figure.count);
    return rows.length > 0 ? [{ measure, rows }] : [];
  });
}
