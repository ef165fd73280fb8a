// Rows for the cross-unit pages (timeline, honor roll, statistics, open data), each with the
// link to where it came from. Computed from the site data; pages only present them.
import type { Quantity } from '../domain/quantity';
import { buildTimeline, type When } from '../domain/timeline';
import type { YearSpan } from '../domain/year-span';
import type { HonorCategory, HonorRecipientKind, InvestmentKind, Level, RatePeriod, TitleStatus, UnitKind } from '../domain/vocabulary';
import { unitPath } from './paths';
import type { Honor, UnitView } from './site-data';

export interface UnitRef {
  slug: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  /** Level of the title the unit holds now; null when it holds none. */
  level: Level | null;
}

/** commendation: a 锦旗 or 感谢信, which is no honor. */
export type TimelineKind = 'event' | 'honor' | 'commendation' | 'title' | 'report';

export interface TimelineEntry {
  unit: UnitRef;
  when: When;
  type: TimelineKind;
  text: string;
  /** The sentence the item comes from; else the part of the unit's page that lists it. */
  href: string;
  /** href leads to the report (the item's sentence or section), not only to the unit's page. */
  hasSource: boolean;
  best: boolean;
}

/** Whose an honor is, for the honor roll: the unit's own, or listed apart. */
export type HonorGroup = 'own' | 'subordinate' | 'individual' | 'commendation';

export interface RollEntry {
  unit: UnitRef;
  type: 'title' | 'honor';
  /** For honors: whose it is ('own' for titles). */
  group: HonorGroup;
  category?: HonorCategory | undefined;
  recipient?: { kind: HonorRecipientKind; name?: string | undefined } | undefined;
  year: YearSpan;
  level?: Level | undefined;
  title: string;
  status?: TitleStatus | undefined;
  issuer?: string | undefined;
  docNumber?: string | undefined;
  note?: string | undefined;
  best: boolean;
  href: string;
  hasSource: boolean;
}

export interface InvestmentRow {
  unit: UnitRef;
  year?: number | undefined;
  item: string;
  amount: Quantity;
  kind: InvestmentKind;
  period: RatePeriod | null;
  id?: string | undefined;
  partOf?: string | undefined;
  note?: string | undefined;
  href: string;
  hasSource: boolean;
}

export function unitRef(unit: UnitView): UnitRef {
  const { slug, data } = unit;
  return { slug, name: data.name, shortName: data.shortName, kind: data.kind, level: unit.current?.level ?? null };
}

/** Where an item came from: its sentence or section in the report, or else the part of the unit's page that lists it. */
function sourceOf(slug: string, source: string | null, fallback: string): { href: string; hasSource: boolean } {
  return source ? { href: source, hasSource: true } : { href: `${unitPath(slug)}#${fallback}`, hasSource: false };
}

export function honorGroup(honor: Pick<Honor, 'category' | 'recipient'>): HonorGroup {
  if (honor.category === 'commendation') return 'commendation';
  return honor.recipient.kind === 'unit' ? 'own' : honor.recipient.kind;
}

/** An honor's text where it is listed beside the unit: who earned it, when it is not the unit. */
export function honorText(honor: Pick<Honor, 'title' | 'level' | 'recipient' | 'category'>): string {
  const title = honor.level ? `${honor.title}（${honor.level}）` : honor.title;
  const who = honor.recipient.kind === 'unit' ? undefined : honor.recipient.name;
  return who ? `${who}：${title}` : title;
}

const isBest = (title: string) => title.includes('最佳');

export function timelineEntries(units: readonly UnitView[]): TimelineEntry[] {
  return units.flatMap((unit) => {
    const ref = unitRef(unit);
    const { slug } = unit;
    return [
      ...unit.events.map((event) => ({
        unit: ref,
        when: { kind: 'date', date: event.date } as const,
        type: 'event' as const,
        text: event.title,
        ...sourceOf(slug, event.source, 'events'),
        best: false,
      })),
      ...unit.honors.map((honor) => ({
        unit: ref,
        when: honor.year,
        type: honor.category === 'commendation' ? ('commendation' as const) : ('honor' as const),
        text: honorText(honor),
        ...sourceOf(slug, honor.source, 'honors'),
        best: false,
      })),
      ...unit.titles.map((step) => ({
        unit: ref,
        when: step.year,
        type: 'title' as const,
        text: `${step.status}${step.level}${step.title}`,
        ...sourceOf(slug, step.source, 'titles'),
        best: isBest(step.title),
      })),
      ...unit.reports.flatMap((report) =>
        report.entry.data.date
          ? [
              {
                unit: ref,
                when: { kind: 'date', date: report.entry.data.date } as const,
                type: 'report' as const,
                text: report.entry.data.title,
                href: `${unitPath(slug)}#${report.anchor}`,
                hasSource: true,
                best: false,
              },
            ]
          : [],
      ),
    ];
  });
}

export function rollEntries(units: readonly UnitView[]): RollEntry[] {
  return units.flatMap((unit) => {
    const ref = unitRef(unit);
    return [
      ...unit.titles
        .filter((step) => step.status !== '申报')
        .map((step) => ({
          unit: ref,
          type: 'title' as const,
          group: 'own' as const,
          year: step.year,
          level: step.level,
          title: step.title,
          status: step.status,
          issuer: step.issuer,
          docNumber: step.docNumber,
          note: step.note,
          best: isBest(step.title),
          ...sourceOf(unit.slug, step.source, 'titles'),
        })),
      ...unit.honors.map((honor) => ({
        unit: ref,
        type: 'honor' as const,
        group: honorGroup(honor),
        category: honor.category,
        recipient: honor.recipient,
        year: honor.year,
        level: honor.level,
        title: honor.title,
        issuer: honor.issuer,
        note: honor.note,
        best: false,
        ...sourceOf(unit.slug, honor.source, 'honors'),
      })),
    ];
  });
}

export function investmentRows(units: readonly UnitView[]): InvestmentRow[] {
  return units.flatMap((unit) =>
    unit.investments.map((investment) => ({
      unit: unitRef(unit),
      year: investment.year,
      item: investment.item,
      amount: investment.amount,
      kind: investment.kind,
      period: investment.period,
      id: investment.id,
      partOf: investment.partOf,
      note: investment.note,
      ...sourceOf(unit.slug, investment.source, 'investments'),
    })),
  );
}

/** One unit's own timeline, oldest first, undated items last. */
export function unitTimeline(unit: UnitView): TimelineEntry[] {
  const { years, undated } = buildTimeline(timelineEntries([unit]));
  return [...years.flatMap((year) => year.items), ...undated];
}
