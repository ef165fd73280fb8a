/** Numeric comparison that is also right for ±Infinity (whose difference is NaN). */
export function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
