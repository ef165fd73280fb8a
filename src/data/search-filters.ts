// What a unit page tells the search index to filter by (Pagefind filters): unit kind, the level
// of the title it holds, and the years its items fall in.
import { filingYear } from '../domain/timeline';
import { timelineEntries } from './aggregates';
import type { UnitView } from './site-data';

export interface SearchFilter {
  name: '单位类型' | '称号级别' | '年份';
  value: string;
}

export function searchFilters(unit: UnitView): SearchFilter[] {
  const years = new Set(
    timelineEntries([unit])
      .map((entry) => filingYear(entry.when))
      .filter((year): year is number => year !== null),
  );
  return [
    { name: '单位类型', value: unit.data.kind },
    { name: '称号级别', value: unit.current?.level ?? '无称号' },
    ...[...years].sort().map((year) => ({ name: '年份' as const, value: `${year}年` })),
  ];
}
