// The statistics page as data: each block is one question, answered by a chart and a table
// with the same numbers (the table serves screen readers and paper).
import { barChartSvg, type Bar } from '../charts/bar-chart';
import { formatAmount } from '../domain/quantity';
import { countBy, countPerYear, totalBy, type Count } from '../domain/statistics';
import { filingYear } from '../domain/timeline';
import { formatTotal, type BoundedTotal } from '../domain/totals';
import { LEVELS, UNIT_KINDS } from '../domain/vocabulary';
import { investmentRows, rollEntries, unitRef } from './aggregates';
import { unitPath } from './paths';
import type { UnitView } from './site-data';

export interface Cell {
  text: string;
  href?: string;
}

export interface StatBlock {
  id: string;
  title: string;
  /** One sentence saying how to read it, e.g. that amounts are floors. */
  note?: string;
  svg: string | null;
  columns: string[];
  rows: Cell[][];
}

const NONE = '无称号';
/** Charts show at most this many bars; the table beside lists them all. */
const MAX_BARS = 20;
const UNSTATED = '未注明级别';

export function statisticsBlocks(units: readonly UnitView[]): StatBlock[] {
  return [
    countBlock('by-level', '各级文明单位数量', '个', countBy(units, (u) => u.current?.level ?? NONE, [...LEVELS, NONE])),
    countBlock('by-kind', '各类单位数量', '个', countBy(units, (u) => u.data.kind, UNIT_KINDS)),
    countBlock('by-title', '现有称号', '个', countBy(units, (u) => (u.current ? `${u.current.level}${u.current.title}` : NONE))),
    honorsPerYearBlock(units),
    countBlock(
      'honors-by-level',
      '各级荣誉数量',
      '项',
      countBy(rollEntries(units).filter((e) => e.type === 'honor'), (e) => e.level ?? UNSTATED, [...LEVELS, UNSTATED]),
    ),
    investmentsByUnitBlock(units),
    investmentsByYearBlock(units),
    figuresBlock(units),
  ];
}

function countBlock<K extends string>(id: string, title: string, unitLabel: string, counts: Count<K>[]): StatBlock {
  const bars = counts.map(({ key, count }) => ({ label: key, value: count }));
  return {
    id,
    title,
    svg: counts.some((c) => c.count > 0) ? barChartSvg(bars, { title, unitLabel, orientation: 'horizontal', integer: true }) : null,
    columns: ['类别', `数量（${unitLabel}）`],
    rows: counts.map(({ key, count }) => [{ text: key }, { text: String(count) }]),
  };
}

function honorsPerYearBlock(units: readonly UnitView[]): StatBlock {
  const honors = rollEntries(units).filter((e) => e.type === 'honor');
  const years = honors.map((e) => filingYear(e.year)).filter((y): y is number => y !== null);
  const counts = countPerYear(years);
  const undated = honors.length - years.length;
  const title = '各年获得荣誉数量';
  return {
    id: 'honors-per-year',
    title,
    note: `按荣誉所属年份统计；跨年度的荣誉（如“连续四年”）计入最后一年。${undated > 0 ? `另有 ${undated} 项未注明年份，未计入图中。` : ''}`,
    svg: counts.length > 0 ? barChartSvg(counts.map((c) => ({ label: String(c.key), value: c.count })), { title, unitLabel: '项', orientation: 'vertical', integer: true }) : null,
    columns: ['年份', '荣誉（项）'],
    rows: [
      ...counts.map((c) => [{ text: `${c.key}年` }, { text: String(c.count) }]),
      ...(undated > 0 ? [[{ text: '年份不详' }, { text: String(undated) }]] : []),
    ],
  };
}

/** Bars in 万元 at the floor of each total; open-ended totals are marked "+". */
function totalBars(totals: { label: string; total: BoundedTotal }[]): Bar[] {
  return totals.map(({ label, total }) => ({ label, value: total.low / 10_000, open: total.high === null }));
}

function investmentsByUnitBlock(units: readonly UnitView[]): StatBlock {
  const rows = investmentRows(units);
  const totals = totalBy(rows, (r) => r.unit.slug, (r) => r.amount);
  const bySlug = new Map(units.map((u) => [u.slug, unitRef(u)]));
  const labelled = totals.map((t) => ({ ...t, label: bySlug.get(t.key)?.shortName ?? t.key }));
  const title = '各单位创建投入（据报告）';
  return {
    id: 'investments-by-unit',
    title,
    note: '报告中“多”“余”“以上”的金额只是下限，“近”的金额只是上限，所以合计写作“不少于”或区间；图中的条以下限绘制，标“+”的没有上限。',
    svg: labelled.length > 0 ? barChartSvg(totalBars(labelled.slice(0, MAX_BARS)), { title: chartTitle(title, labelled.length), unitLabel: '万元', orientation: 'horizontal' }) : null,
    columns: ['单位', '合计', '笔数'],
    rows: labelled.map((t) => [
      { text: t.label, href: `${unitPath(t.key)}#investments` },
      { text: formatTotal(t.total) },
      { text: String(t.total.count) },
    ]),
  };
}

function investmentsByYearBlock(units: readonly UnitView[]): StatBlock {
  const rows = investmentRows(units);
  const totals = totalBy(rows, (r) => r.year ?? null, (r) => r.amount).sort((a, b) => (a.key ?? Infinity) - (b.key ?? Infinity));
  const labelled = totals.map((t) => ({ ...t, label: t.key === null ? '年份不详' : `${t.key}年` }));
  const dated = labelled.filter((t) => t.key !== null);
  const title = '各年创建投入（据报告）';
  return {
    id: 'investments-by-year',
    title,
    note: '只有报告写明年份的投入才计入该年；其余列为“年份不详”。',
    svg: dated.length > 0 ? barChartSvg(totalBars(dated), { title, unitLabel: '万元', orientation: 'vertical' }) : null,
    columns: ['年份', '合计', '笔数'],
    rows: labelled.map((t) => [{ text: t.label }, { text: formatTotal(t.total) }, { text: String(t.total.count) }]),
  };
}

function figuresBlock(units: readonly UnitView[]): StatBlock {
  const withStaff = units.filter((u) => u.data.figures.staff !== undefined);
  const title = '各单位在岗职工人数';
  return {
    id: 'figures',
    title,
    svg: withStaff.length > 0
      ? barChartSvg(
          withStaff
            .map((u) => ({ label: u.data.shortName, value: u.data.figures.staff ?? 0 }))
            .sort((a, b) => b.value - a.value)
            .slice(0, MAX_BARS),
          { title: chartTitle(title, withStaff.length), unitLabel: '人', orientation: 'horizontal', integer: true },
        )
      : null,
    columns: ['单位', '在岗职工', '党员'],
    rows: units.map((u) => [
      { text: u.data.shortName, href: `${unitPath(u.slug)}#figures` },
      { text: u.data.figures.staff === undefined ? '—' : formatAmount(u.data.figures.staff, '人') },
      { text: u.data.figures.partyMembers === undefined ? '—' : formatAmount(u.data.figures.partyMembers, '名') },
    ]),
  };
}

const chartTitle = (title: string, count: number) => (count > MAX_BARS ? `${title}（前${MAX_BARS}名，共${count}个单位）` : title);
