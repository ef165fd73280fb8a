// Every collection query of the site, done once: units joined with their reports, sorted,
// checked across entries (what a per-entry schema cannot see), and shaped for the pages.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sortNewestFirst } from '../domain/honors';
import { comparePartialDates } from '../domain/partial-date';
import { currentTitle, sortTitleSteps } from '../domain/titles';
import { buildToc, type Heading, type TocItem } from '../domain/toc';
import { sumQuantities, type BoundedTotal } from '../domain/totals';
import { ContentError } from './content-error';

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
  const reportEntries = (await getCollection('reports')).filter((report) => !report.data.draft);
  const folders = new Set(unitEntries.map((unit) => unit.id));
  for (const report of reportEntries) {
    const folder = report.id.split('/')[0] ?? '';
    if (!folders.has(folder)) {
      throw new ContentError(report.filePath ?? report.id, '所在文件夹', `没有 unit.yaml：每个单位文件夹都需要一个 unit.yaml 写明单位信息`);
    }
  }

  const units: UnitView[] = [];
  for (const entry of unitEntries) {
    if (entry.data.draft) continue;
    const reports = await Promise.all(
      reportEntries
        .filter((report) => report.id.startsWith(`${entry.id}/`))
        .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
        .map(toReportView),
    );
    const file = entry.filePath ?? `units/${entry.id}/unit.yaml`;
    checkSectionIds(file, reports);
    checkSectionRefs(file, entry.data, reports);
    const titles = sortTitleSteps(entry.data.titles);
    units.push({
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
  checkUniqueSlugs(units);
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

/** A unit's reports share one page, so their section anchors must not collide. */
function checkSectionIds(file: string, reports: readonly ReportView[]): void {
  const seen = new Map<string, string>();
  for (const report of reports) {
    for (const heading of report.headings) {
      const other = seen.get(heading.slug);
      if (other && other !== report.id) {
        throw new ContentError(
          report.entry.filePath ?? report.id,
          `标题 "${heading.text}"`,
          `锚点 "${heading.slug}" 与 ${other} 中的一节重复；在标题末尾写 {#另一个锚点} 加以区分，如 {#${heading.slug}-2019}（同单位 ${file}）`,
        );
      }
      seen.set(heading.slug, report.id);
    }
  }
}

/** Every `section:` in unit.yaml must name a heading of one of the unit's reports. */
function checkSectionRefs(file: string, data: UnitData, reports: readonly ReportView[]): void {
  const anchors = new Set(reports.flatMap((report) => report.headings.map((heading) => heading.slug)));
  const lists = { titles: data.titles, honors: data.honors, events: data.events, investments: data.investments, photos: data.photos };
  for (const [list, items] of Object.entries(lists)) {
    items.forEach((item: { section?: string | undefined }, index: number) => {
      if (item.section === undefined || anchors.has(item.section)) return;
      const known = [...anchors].slice(0, 12).join('、') || '（该单位还没有报告）';
      throw new ContentError(file, `${list}[${index}].section`, `找不到锚点 "${item.section}"；可用的锚点有：${known}`);
    });
  }
}

function checkUniqueSlugs(units: readonly UnitView[]): void {
  const bySlug = new Map<string, UnitView>();
  for (const unit of units) {
    const other = bySlug.get(unit.slug);
    if (other) {
      throw new ContentError(unit.file, 'slug', `网址名 "${unit.slug}" 已被 ${other.file} 使用；两个单位不能同名，请在其中一个的 unit.yaml 写出不同的 slug`);
    }
    bySlug.set(unit.slug, unit);
  }
}
