// Everything an exhibit board (展板) and a presentation show, computed once per unit from the
// content model: no extra authoring. Board and slide templates only lay this out.
import { barChartSvg } from '../charts/bar-chart';
import { splitTopSections } from '../domain/section-digest';
import { reportMarkdown } from './report-text-files';
import { findPlaceholders } from '../domain/placeholders';
import {
  boardTextBudget,
  paginate,
  sentenceAccount,
  paginateSectionPoints,
  pickBoardFigures,
  pointOf,
  selectBoardPhotos,
  SLIDE_CAPACITY,
  takeForBoard,
  type TextBudget,
} from '../domain/board';
import { stripOutlineNumber } from '../domain/slug';
import { countPerYear } from '../domain/statistics';
import { formatTotal } from '../domain/totals';
import { formatYearSpan } from '../domain/year-span';
import { boardImage } from './photo-images';
import { sectionPath } from './paths';
import { unitLink, type UnitLink } from './share';
import type { FigureView, Honor, ReportView, TitleStep, UnitView } from './site-data';

/** At most this many report sections on a board; the rest are on the unit's page. */
const MAX_SECTIONS = 6;
const MAX_HONORS = 6;
const MAX_FIGURES = 6;
const MAX_SLIDE_HONORS = 8;

export interface SectionAccount {
  /** Anchor on the unit page: /units/<slug>/#<anchor>. */
  anchor: string;
  /** Site path of that section. */
  path: string;
  heading: string;
  /** Sub-headings without their numbering: the section's points. */
  points: string[];
  /** Opening sentence(s), whole, without any showing a placeholder; '' when none fits. */
  account: string;
}

export interface BoardPhoto {
  src: string;
  width: number;
  height: number;
  caption: string;
}

export interface BoardView {
  unit: UnitView;
  /** 县级文明单位（2005年命名）, or null when the unit holds no title yet. */
  titleText: string | null;
  figures: FigureView[];
  titles: TitleStep[];
  /** The unit's own honors (称号 and 奖项). */
  honors: { shown: Honor[]; more: number };
  /** "不计入荣誉：下属单位荣誉1项、锦旗等表扬1项" when there are others; null otherwise. */
  honorsApart: string | null;
  /** The report the accounts come from. */
  report: ReportView | null;
  sections: SectionAccount[];
  photos: BoardPhoto[];
  /** Honors per year as inline SVG for slides (text stays text when printed), or null with under three years. */
  chart: string | null;
  /** null while the site has no URL. */
  link: UnitLink | null;
}

/** 县级文明单位（2005年命名）. */
export function titleText(step: TitleStep): string {
  const since = step.year.kind === 'undated' ? '' : `（${formatYearSpan(step.year)}${step.status}）`;
  return `${step.level}${step.title}${since}`;
}

/** Slides have a screen each per section: a longer account and every point (continued on further slides). */
const SLIDE_BUDGET: TextBudget = { accountChars: 150, points: Infinity };

/**
 * The top-level sections of a report with a short account each; the board's text budget
 * by default (it depends on how many sections share the sheet).
 */
export function sectionAccounts(
  unit: UnitView,
  report: ReportView,
  markdown: string,
  options: { maxSections?: number; budget?: TextBudget } = {},
): SectionAccount[] {
  const sections = splitTopSections(markdown);
  const top = Math.min(...report.headings.map((heading) => heading.depth));
  const anchors = report.headings.filter((heading) => heading.depth === top);
  const shown = sections.slice(0, options.maxSections ?? MAX_SECTIONS);
  const budget = options.budget ?? boardTextBudget(shown.length);
  return shown.map((section, index) => {
    const anchor = anchors[index]?.slug ?? '';
    return {
      anchor,
      path: sectionPath(unit.slug, anchor),
      heading: section.heading,
      points: section.subheadings.slice(0, budget.points).map((heading) => pointOf(stripOutlineNumber(heading))),
      account: sentenceAccount(section.text, budget.accountChars, (sentence) => findPlaceholders(sentence).length > 0),
    };
  });
}

const boardCache = new Map<string, Promise<BoardView>>();

export function boardView(unit: UnitView): Promise<BoardView> {
  let view = boardCache.get(unit.slug);
  if (!view) {
    view = buildBoardView(unit);
    boardCache.set(unit.slug, view);
  }
  return view;
}

async function buildBoardView(unit: UnitView): Promise<BoardView> {
  const report = unit.reports[0] ?? null;
  const figures = pickBoardFigures(unit.figures, MAX_FIGURES - 2);
  // The same honor count as every other page: the unit's own 称号 and 奖项 only.
  if (unit.honorCounts.honors > 0) figures.push({ label: '获得荣誉', text: `${unit.honorCounts.honors}项` });
  // One kind of money only, named: the unit's own creation budget.
  const budget = unit.money.find((group) => group.kind === '创建经费');
  if (budget && budget.total.count > 0) figures.push({ label: '创建经费', text: formatTotal(budget.total) });
  const photos = selectBoardPhotos(unit.photos).map((photo) => ({ ...boardImage(photo.source), caption: photo.caption }));
  return {
    unit,
    titleText: unit.current ? titleText(unit.current) : null,
    figures,
    titles: unit.titles,
    // The line about others' honors takes the place of one honor, so the sheet still fits.
    honors: takeForBoard(unit.honorGroups.own, honorsApartText(unit) ? MAX_HONORS - 1 : MAX_HONORS),
    honorsApart: honorsApartText(unit),
    report,
    sections: report ? sectionAccounts(unit, report, await reportMarkdown(report.entry)) : [],
    photos,
    chart: honorsChart(unit),
    link: await unitLink(unit),
  };
}

/** Honors of others and thanks, named with their own counts: listed apart, never counted. */
export function honorsApartText(unit: UnitView): string | null {
  const counts = unit.honorCounts;
  const parts = [
    counts.subordinate > 0 && `下属单位荣誉${counts.subordinate}项`,
    counts.individual > 0 && `个人荣誉${counts.individual}项`,
    counts.commendations > 0 && `锦旗等表扬${counts.commendations}项`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? `不计入荣誉：${parts.join('、')}` : null;
}

function honorsChart(unit: UnitView): string | null {
  const years = unit.honorGroups.own.flatMap((honor) =>
    honor.year.kind === 'year' ? [honor.year.year] : honor.year.kind === 'range' ? [honor.year.from] : [],
  );
  const counts = countPerYear(years);
  if (new Set(years).size < 3) return null;
  return barChartSvg(
    counts.map((count) => ({ label: String(count.key), value: count.count })),
    { title: `${unit.data.shortName}历年所获荣誉（项）`, unitLabel: '项', orientation: 'vertical', width: 400, integer: true },
  );
}

/** One line of the title and honor record on a slide. */
export interface RecordLine {
  when: string;
  text: string;
}

export interface Slide {
  /** Anchor of the slide; report sections keep the unit page's anchors, their continuations add -2, -3… */
  id: string;
  kind: 'title' | 'figures' | 'section' | 'section-more' | 'record' | 'chart' | 'photos' | 'end';
  /** The report section shown, for kinds 'section' and 'section-more'. */
  section?: SectionAccount;
  /** The points on this slide (a long list flows onto the next slides). */
  points?: string[];
  /** Title and honor lines on this slide, for kind 'record'. */
  record?: RecordLine[];
  /** Photos on this slide, for kind 'photos'. */
  photos?: BoardPhoto[];
  /** Position among the slides of one part, when it needs several: 2 of 3. */
  part?: { index: number; count: number };
  /** 1-based position, and the anchors of the slides before and after. */
  number: number;
  prev?: string;
  next?: string;
}

export interface PresentView {
  board: BoardView;
  /** Every section of every report, with a longer account than the board's. */
  slides: Slide[];
  /** Honors on the record slides (more than the board holds). */
  honors: { shown: Honor[]; more: number };
}

type Part = Omit<Slide, 'number' | 'prev' | 'next'>;

/** Parts of one kind over several slides: ids base, base-2, base-3…, each with its position. */
function pages<T>(base: string, groups: T[][], make: (group: T[], id: string) => Part): Part[] {
  return groups.map((group, index) => {
    const part = make(group, index === 0 ? base : `${base}-${index + 1}`);
    return groups.length > 1 ? { ...part, part: { index: index + 1, count: groups.length } } : part;
  });
}

/**
 * One screen per part: title, figures, each report section, titles and honors, the honors
 * chart, photos, end. What does not fit one 1024×768 screen flows onto further slides, split
 * here at build time (SLIDE_CAPACITY), so no slide needs scrolling and none is cut.
 */
export async function presentView(unit: UnitView): Promise<PresentView> {
  const board = await boardView(unit);
  const sections = (
    await Promise.all(
      unit.reports.map(async (report) => sectionAccounts(unit, report, await reportMarkdown(report.entry), { maxSections: Infinity, budget: SLIDE_BUDGET })),
    )
  ).flat();
  // The unit's own honors only: subordinates', individuals' and commendations are said apart.
  const honors = takeForBoard(unit.honorGroups.own, MAX_SLIDE_HONORS);
  const parts: Part[] = [{ id: 'top', kind: 'title' }];
  if (board.figures.length > 0) parts.push({ id: 'figures', kind: 'figures' });
  for (const section of sections) {
    const groups = paginateSectionPoints(section.points, section.account !== '');
    parts.push(...pages(section.anchor, groups, (points, id) => ({ id, kind: id === section.anchor ? 'section' : 'section-more', section, points })));
  }
  const record: RecordLine[] = [
    ...unit.titles.map((step) => ({ when: formatYearSpan(step.year), text: `${step.status}${step.level}${step.title}` })),
    ...honors.shown.map((honor) => ({ when: formatYearSpan(honor.year), text: honor.title })),
  ];
  parts.push(...pages('honors', paginate(record, SLIDE_CAPACITY.recordLines), (lines, id) => ({ id, kind: 'record', record: lines })));
  if (board.chart) parts.push({ id: 'honors-chart', kind: 'chart' });
  parts.push(...pages('photos', paginate(board.photos, SLIDE_CAPACITY.photos), (photos, id) => ({ id, kind: 'photos', photos })));
  parts.push({ id: 'end', kind: 'end' });
  const slides = parts.map((part, index): Slide => {
    const slide: Slide = { ...part, number: index + 1 };
    const prev = parts[index - 1]?.id;
    const next = parts[index + 1]?.id;
    if (prev !== undefined) slide.prev = prev;
    if (next !== undefined) slide.next = next;
    return slide;
  });
  return { board, slides, honors };
}
