// Ordering of honors: newest first, undated last, written order kept among equals.
import { compareNumbers } from './compare';
import { yearSpanSortKey, type YearSpan } from './year-span';

export function sortNewestFirst<T extends { year: YearSpan }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => compareNumbers(yearSpanSortKey(b.item.year), yearSpanSortKey(a.item.year)) || a.index - b.index)
    .map(({ item }) => item);
}
