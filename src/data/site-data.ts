// Every collection query of the site, done once: units joined with their reports, sorted,
// checked across entries (what a per-entry schema cannot see), and shaped for the pages.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { countHonors, groupHonors, type HonorCounts, type HonorGroups } from '../domain/honor-kinds';
import { sortNewestFirst } from '../domain/honors';
import { totalsByKind, type KindTotal } from '../domain/money';
import { comparePartialDates } from '../domain/partial-date';
import { reportText, type ReportText } from '../domain/report-text';
import { currentTitle, sortTitleSteps } from '../domain/titles';
import { buildToc, type Heading, type TocItem } from '../domain/toc';
import { ContentError } from './content-error';
import { factSource, type Sourced } from './sources';

type UnitData = CollectionEntry<'units'>['data'];
/** Each fact carries `source`: the link to its sentence (or section) in the report, or null. */
export type Honor = Sourced<UnitData['honors'][number]>;
export type TitleStep = Sourced<UnitData['titles'][number]>;
export type UnitEvent = Sourced<UnitData['events'][number]>;
export type Investment = Sourced<UnitData['investments'][number]>;
export type Photo = UnitData['photos'][number];

export interface ReportView {
  id: string;
  /** Id of the report's title on the unit page. */
  anchor: string;
  entry: CollectionEntry<'reports'>;
  headings: Heading[];
  toc: TocItem[];
  /** Its sentences with their ids, to link quotes to. */
  text: ReportText;
}

export interface FigureView {
  label: string;
  text: string;
  /** Link to the sentence it comes from, or null. */
  source?: string | null;
}

export interface UnitView {
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
    const slug = entry.data.slug;
    const texts = reports.map((report) => report.text);
    const source = <T extends { quote?: string | undefined; section?: string | undefined }>(fact: T): Sourced<T> => ({ ...fact, source: factSource(slug, texts, fact) });
    const titles = sortTitleSteps(entry.data.titles.map(source));
    const honors = sortNewestFirst(entry.data.honors.map(source));
    const investments = entry.data.investments.map(source);
    units.push({
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
      figures: figuresOf(entry.data, (fact) => factSource(slug, texts, fact)),
      investments,
      money: totalsByKind(investments),
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
  return { id: entry.id, anchor, entry, headings, toc: buildToc(headings, 4), text: reportText(entry.body ?? '') };
}

/** Head counts first, each under the name of its measure (在岗职工, 在编职工 …), then the rest. */
function figuresOf(data: UnitData, sourceOf: (fact: { quote?: string | undefined; section?: string | undefined }) => string | null): FigureView[] {
  return [
    ...data.figures.staff.map((figure) => ({ label: figure.measure, text: `${figure.count}${figure.measure === '党员' ? '名' : '人'}`, source: sourceOf(figure) })),
    ...data.figures.other.map((figure) => ({ label: figure.label, text: figure.value.text, source: sourceOf(figure) })),
  ];
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
