// The timeline pages: the whole timeline, one page per year, and static filtered views by unit
// kind and by level, so filtering works without JavaScript.
import { slugify } from '../domain/slug';
import { buildTimeline, yearAnchor } from '../domain/timeline';
import { LEVELS, UNIT_KINDS } from '../domain/vocabulary';
import { timelineEntries, type TimelineEntry } from './aggregates';
import { href } from './paths';
import type { UnitView } from './site-data';

/** Above this many items a timeline page lists counts per year and links to the year pages. */
export const SPLIT_AT = 400;

export interface YearSection {
  year: number;
  anchor: string;
  count: number;
  /** Null when the page is split: the items are on the year's own page. */
  items: TimelineEntry[] | null;
  yearHref: string;
}

export interface TimelineView {
  title: string;
  filter: Filter | null;
  count: number;
  years: YearSection[];
  undated: TimelineEntry[];
}

export interface Filter {
  by: 'kind' | 'level';
  value: string;
  slug: string;
  label: string;
  href: string;
}

export const timelineHref = () => href('timeline/');
export const yearHref = (year: number) => href(`timeline/${year}/`);

/** The filters that have at least one unit, for the filter navigation and the static pages. */
export function timelineFilters(units: readonly UnitView[]): Filter[] {
  const kinds = UNIT_KINDS.filter((kind) => units.some((u) => u.data.kind === kind));
  const levels = LEVELS.filter((level) => units.some((u) => u.current?.level === level));
  return [...kinds.map((kind) => filter('kind', kind, `单位类型：${kind}`)), ...levels.map((level) => filter('level', level, `现有称号级别：${level}`))];
}

function filter(by: Filter['by'], value: string, label: string): Filter {
  const slug = slugify(value);
  return { by, value, slug, label, href: href(`timeline/${by}/${slug}/`) };
}

export function timelineView(units: readonly UnitView[], chosen: Filter | null = null): TimelineView {
  const entries = timelineEntries(units).filter((entry) => matches(entry, chosen));
  const timeline = buildTimeline(entries);
  const split = entries.length > SPLIT_AT;
  return {
    title: chosen ? `大事时间线（${chosen.label}）` : '大事时间线',
    filter: chosen,
    count: entries.length,
    years: timeline.years.map(({ year, items }) => ({
      year,
      anchor: yearAnchor(year),
      count: items.length,
      items: split ? null : items,
      yearHref: yearHref(year),
    })),
    undated: timeline.undated,
  };
}

/** Every year that has an item, with all its items, for /timeline/<year>/. */
export function yearPages(units: readonly UnitView[]): { year: number; items: TimelineEntry[] }[] {
  return buildTimeline(timelineEntries(units)).years;
}

function matches(entry: TimelineEntry, chosen: Filter | null): boolean {
  if (!chosen) return true;
  return chosen.by === 'kind' ? entry.unit.kind === chosen.value : entry.unit.level === chosen.value;
}
