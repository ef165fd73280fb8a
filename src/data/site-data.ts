// Every collection query of the site, done once: units joined with their reports, sorted and
// shaped for the pages. The content was checked when it was loaded (src/loaders/content-pipeline.ts).
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sortNewestFirst } from '../domain/honors';
import { comparePartialDates } from '../domain/partial-date';
import { currentTitle, sortTitleSteps } from '../domain/titles';
import { buildToc, type Heading, type TocItem } from '../domain/toc';
import { sumQuantities, type BoundedTotal } from '../domain/totals';

type UnitData = CollectionEntry<'units'>['data'];
export type Honor = UnitData['honors'][number];
export type TitleStep = UnitData['titles'][number];
export type UnitEvent = UnitData['events'][number];
export type Investment = UnitData['investments'][number];
export type Photo = UnitData['photos'][number];

export interface ReportView {
  id: string;
  /** Id of the report's title on the unit page. */
  anchor: string;
  entry: CollectionEntry<'reports'>;
  headings: Heading[];
  toc: TocItem[];
}

export interface FigureView {
  label: string;
  text: string;
}

export interface UnitView {
  /** Changes whenever anything in the unit's folder does: the key of the pages that show one unit. */
  digest: string;
  investmentTotal: BoundedTotal;
  /** The folder under units/ that holds the unit's files. */
  folder: string;
  file: string;
  slug: string;
  data: UnitData;
  current: TitleStep | null;
  titles: TitleStep[];
  honors: Honor[];
  events: UnitEvent[];
  figures: FigureView[];
  reports: ReportView[];
}

export interface SiteData {
  units: UnitView[];
}

let cached: Promise<SiteData> | undefined;

/** The whole site's data; computed once per build. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= buildSiteData();
  return cached;
}

async function buildSiteData(): Promise<SiteData> {
  const unitEntries = await getCollection('units');
  // Drafts never reach the collections.
  const reportEntries = await getCollection('reports');

  const units: UnitView[] = [];
  for (const entry of unitEntries) {
    const reports = await Promise.all(
      reportEntries
        .filter((report) => report.id.startsWith(`${entry.id}/`))
        .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
        .map(toReportView),
    );
    const file = entry.filePath ?? `units/${entry.id}/unit.yaml`;
    const titles = sortTitleSteps(entry.data.titles);
    units.push({
      digest: String(entry.digest),
      folder: entry.id,
      file,
      slug: entry.data.slug,
      data: entry.data,
      current: currentTitle(titles),
      titles,
      honors: sortNewestFirst(entry.data.honors),
      events: [...entry.data.events].sort((a, b) => comparePartialDates(a.date, b.date)),
      figures: figuresOf(entry.data),
      investmentTotal: sumQuantities(entry.data.investments.map((investment) => investment.amount), '元'),
      reports,
    });
  }
  units.sort((a, b) => a.data.region.join('/').localeCompare(b.data.region.join('/'), 'zh-CN') || a.data.shortName.localeCompare(b.data.shortName, 'zh-CN'));
  return { units };
}

async function toReportView(entry: CollectionEntry<'reports'>): Promise<ReportView> {
  const { headings } = await render(entry);
  const anchor = `report-${entry.id.split('/').slice(1).join('-').replace(/[^a-z0-9-]+/gi, '-')}`;
  return { id: entry.id, anchor, entry, headings, toc: buildToc(headings, 4) };
}

function figuresOf(data: UnitData): FigureView[] {
  const figures: FigureView[] = [];
  if (data.figures.staff !== undefined) figures.push({ label: '在岗职工', text: `${data.figures.staff}人` });
  if (data.figures.partyMembers !== undefined) figures.push({ label: '党员', text: `${data.figures.partyMembers}名` });
  for (const figure of data.figures.other) figures.push({ label: figure.label, text: figure.value.text });
  return figures;
}
