// Every collection query of the site, done once: units joined with their reports, sorted and
// shaped for the pages. The content was checked when it was loaded (src/loaders/content-pipeline.ts).
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { countHonors, groupHonors, type HonorCounts, type HonorGroups } from '../domain/honor-kinds';
import { sortNewestFirst } from '../domain/honors';
import { totalsByKind, type KindTotal } from '../domain/money';
import { comparePartialDates } from '../domain/partial-date';
import type { PhotoSource } from '../domain/photo-variants';
import { storedPhotoSources } from '../photos/stored-photos';
import { byReportOrder } from '../domain/report-order';
import { currentTitle, sortTitleSteps } from '../domain/titles';
import { buildToc, type Heading, type TocItem } from '../domain/toc';
import { factSource, type Sourced } from './sources';

type UnitData = CollectionEntry<'units'>['data'];
/** Each fact carries `source`: the link to its sentence (or section) in the report, or null. */
export type Honor = Sourced<UnitData['honors'][number]>;
export type TitleStep = Sourced<UnitData['titles'][number]>;
export type UnitEvent = Sourced<UnitData['events'][number]>;
export type Investment = Sourced<UnitData['investments'][number]>;
/** A photo with its source's digest and size, by which its published files are named (src/domain/photo-variants.ts). */
export type Photo = UnitData['photos'][number] & { source: PhotoSource };

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
  /** Link to the sentence it comes from, or null. */
  source?: string | null;
}

export interface UnitView {
  /** Changes whenever anything in the unit's folder does: the key of the pages that show one unit. */
  digest: string;
  /** The folder under units/ that holds the unit's files. */
  folder: string;
  file: string;
  slug: string;
  data: UnitData;
  current: TitleStep | null;
  titles: TitleStep[];
  /** All honors, newest first, whoever earned them. */
  honors: Honor[];
  /** The unit's own 称号 and 奖项, and apart: subordinate, individual, commendations. */
  honorGroups: HonorGroups<Honor>;
  /** The counts every page shows (only `honors` is the unit's 荣誉). */
  honorCounts: HonorCounts;
  events: UnitEvent[];
  figures: FigureView[];
  /** Money stated in the report, in the written order, each with its source. */
  investments: Investment[];
  /** Money per kind: a total of one-off amounts of that kind, its parts and its rates apart. */
  money: KindTotal<Investment>[];
  reports: ReportView[];
  photos: Photo[];
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
        .sort((a, b) => byReportOrder({ order: a.data.order, name: a.id }, { order: b.data.order, name: b.id }))
        .map(toReportView),
    );
    const file = entry.filePath ?? `units/${entry.id}/unit.yaml`;
    const slug = entry.data.slug;
    // Located by the content loader (src/loaders/content-pipeline.ts), quote → sentence id.
    const sentenceIds = (entry.rendered?.metadata?.['quoteSentenceIds'] as Record<string, string> | undefined) ?? {};
    const source = <T extends { quote?: string | undefined; section?: string | undefined }>(fact: T): Sourced<T> => ({
      ...fact,
      source: factSource(slug, sentenceIds, fact),
    });
    const titles = sortTitleSteps(entry.data.titles.map(source));
    const honors = sortNewestFirst(entry.data.honors.map(source));
    const investments = entry.data.investments.map(source);
    // Read by the content loader, in the order of unit.yaml.
    const photoSources = storedPhotoSources(entry.rendered?.metadata);
    units.push({
      digest: String(entry.digest),
      folder: entry.id,
      file,
      slug,
      data: entry.data,
      current: currentTitle(titles),
      titles,
      honors,
      honorGroups: groupHonors(honors),
      honorCounts: countHonors(honors),
      events: entry.data.events.map(source).sort((a, b) => comparePartialDates(a.date, b.date)),
      figures: figuresOf(entry.data, (fact) => factSource(slug, sentenceIds, fact)),
      investments,
      money: totalsByKind(investments),
      reports,
      photos: entry.data.photos.map((photo, index) => ({ ...photo, source: photoSources[index]! })),
    });
  }
  units.sort((a, b) => a.data.region.join('/').localeCompare(b.data.region.join('/'), 'zh-CN') || a.data.shortName.localeCompare(b.data.shortName, 'zh-CN'));
  return { units };
}

async function toReportView(entry: CollectionEntry<'reports'>): Promise<ReportView> {
  // The loader rendered the report once; its headings are stored with it.
  const headings = (entry.rendered?.metadata?.['headings'] as Heading[] | undefined) ?? (await render(entry)).headings;
  const anchor = `report-${entry.id
    .split('/')
    .slice(1)
    .join('-')
    .replace(/[^a-z0-9-]+/gi, '-')}`;
  return {
    id: entry.id,
    anchor,
    entry,
    headings,
    toc: buildToc(headings, 4),
  };
}

/** Head counts first, each under the name of its measure (在岗职工, 在编职工 …), then the rest. */
function figuresOf(data: UnitData, sourceOf: (fact: { quote?: string | undefined; section?: string | undefined }) => string | null): FigureView[] {
  return [
    ...data.figures.staff.map((figure) => ({
      label: figure.measure,
      text: `${figure.count}${figure.measure === '党员' ? '名' : '人'}`,
      source: sourceOf(figure),
    })),
    ...data.figures.other.map((figure) => ({ label: figure.label, text: figure.value.text, source: sourceOf(figure) })),
  ];
}
