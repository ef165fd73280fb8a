// Rows for the cross-unit pages (timeline, honor roll, statistics, open data), each with the
// link to where it came from. Computed from the site data; pages only present them.
import type { Quantity } from '../domain/quantity';
import { buildTimeline, type When } from '../domain/timeline';
import type { YearSpan } from '../domain/year-span';
import type { Level, TitleStatus, UnitKind } from '../domain/vocabulary';
import { sectionPath, unitPath } from './paths';
import type { UnitView } from './site-data';

export interface UnitRef {
  slug: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  /** Level of the title the unit holds now; null when it holds none. */
  level: Level | null;
}

export type TimelineKind = 'event' | 'honor' | 'title' | 'report';

export interface TimelineEntry {
  unit: UnitRef;
  when: When;
  type: TimelineKind;
  text: string;
  href: string;
  best: boolean;
}

export interface RollEntry {
  unit: UnitRef;
  type: 'title' | 'honor';
  year: YearSpan;
  level?: Level | undefined;
  title: string;
  status?: TitleStatus | undefined;
  issuer?: string | undefined;
  docNumber?: string | undefined;
  note?: string | undefined;
  best: boolean;
  href: string;
}

export interface InvestmentRow {
  unit: UnitRef;
  year?: number | undefined;
  item: string;
  amount: Quantity;
  href: string;
}

export function unitRef(unit: UnitView): UnitRef {
  const { slug, data } = unit;
  return { slug, name: data.name, shortName: data.shortName, kind: data.kind, level: unit.current?.level ?? null };
}

/** Where an item came from: its report section, or else a part of the unit's page. */
function sourceHref(slug: string, section: string | undefined, fallback: string): string {
  return section ? sectionPath(slug, section) : `${unitPath(slug)}#${fallback}`;
}

const isBest = (title: string) => title.includes('最佳');

export function timelineEntries(units: readonly UnitView[]): TimelineEntry[] {
  return units.flatMap((unit) => {
    const ref = unitRef(unit);
    const { slug } = unit;
    return [
      ...unit.data.events.map((event) => ({
        unit: ref,
        when: { kind: 'date', date: event.date } as const,
        type: 'event' as const,
        text: event.title,
        href: sourceHref(slug, event.section, 'events'),
        best: false,
      })),
      ...unit.data.honors.map((honor) => ({
        unit: ref,
        when: honor.year,
        type: 'honor' as const,
        text: honor.level ? `${honor.title}（${honor.level}）` : honor.title,
        href: sourceHref(slug, honor.section, 'honors'),
        best: false,
      })),
      ...unit.data.titles.map((step) => ({
        unit: ref,
        when: step.year,
        type: 'title' as const,
        text: `${step.status}${step.level}${step.title}`,
        href: sourceHref(slug, step.section, 'titles'),
        best: isBest(step.title),
      })),
      ...unit.reports.flatMap((report) =>
        report.entry.data.date
          ? [{
              unit: ref,
              when: { kind: 'date', date: report.entry.data.date } as const,
              type: 'report' as const,
              text: report.entry.data.title,
              href: `${unitPath(slug)}#${report.anchor}`,
              best: false,
            }]
          : [],
      ),
    ];
  });
}

export function rollEntries(units: readonly UnitView[]): RollEntry[] {
  return units.flatMap((unit) => {
    const ref = unitRef(unit);
    return [
      ...unit.data.titles
        .filter((step) => step.status !== '申报')
        .map((step) => ({
          unit: ref,
          type: 'title' as const,
          year: step.year,
          level: step.level,
          title: step.title,
          status: step.status,
          issuer: step.issuer,
          docNumber: step.docNumber,
          note: step.note,
          best: isBest(step.title),
          href: sourceHref(unit.slug, step.section, 'titles'),
        })),
      ...unit.data.honors.map((honor) => ({
        unit: ref,
        type: 'honor' as const,
        year: honor.year,
        level: honor.level,
        title: honor.title,
        issuer: honor.issuer,
        note: honor.note,
        best: false,
        href: sourceHref(unit.slug, honor.section, 'honors'),
      })),
    ];
  });
}

export function investmentRows(units: readonly UnitView[]): InvestmentRow[] {
  return units.flatMap((unit) =>
    unit.data.investments.map((investment) => ({
      unit: unitRef(unit),
      year: investment.year,
      item: investment.item,
      amount: investment.amount,
      href: sourceHref(unit.slug, investment.section, 'investments'),
    })),
  );
}

/** One unit's own timeline, oldest first, undated items last. */
export function unitTimeline(unit: UnitView): TimelineEntry[] {
  const { years, undated } = buildTimeline(timelineEntries([unit]));
  return [...years.flatMap((year) => year.items), ...undated];
}
