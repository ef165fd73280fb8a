// The statistics page as data: each block is one question, answered by a chart and a table
// with the same numbers (the table serves screen readers and paper).
import { barChartSvg, type Bar } from '../charts/bar-chart';
import { amountText, INVESTMENT_KIND_NOTES, isSummable } from '../domain/money';
import { formatAmount } from '../domain/quantity';
import { countBy, countPerYear, staffByMeasure, totalBy, type Count } from '../domain/statistics';
import { filingYear } from '../domain/timeline';
import { formatTotal, type BoundedTotal } from '../domain/totals';
import { INVESTMENT_KINDS, LEVELS, STAFF_MEASURES, UNIT_KINDS } from '../domain/vocabulary';
import { investmentRows, rollEntries, unitRef, type RollEntry } from './aggregates';
import { unitPath } from './paths';
import type { UnitView } from './site-data';

export interface Cell {
  text: string;
  href?: string;
  /** The cell is a 「见原文」 link to the sentence of a fact. */
  source?: boolean;
  /** The cell holds the fact's own words (what its 「见原文」 link should show). */
  fact?: boolean;
  /** Words, not a number: may wrap. */
  prose?: boolean;
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
  const ownHonors = rollEntries(units).filter((e) => e.type === 'honor' && e.group === 'own');
  return [
    countBlock(
      'by-level',
      '各级文明单位数量',
      '个',
      countBy(units, (u) => u.current?.level ?? NONE, [...LEVELS, NONE]),
    ),
    countBlock(
      'by-kind',
      '各类单位数量',
      '个',
      countBy(units, (u) => u.data.kind, UNIT_KINDS),
    ),
    countBlock(
      'by-title',
      '现有称号',
      '个',
      countBy(units, (u) => (u.current ? `${u.current.level}${u.current.title}` : NONE)),
    ),
    honorsByUnitBlock(units),
    honorsPerYearBlock(ownHonors),
    countBlock(
      'honors-by-level',
      '各级荣誉数量',
      '项',
      countBy(ownHonors, (e) => e.level ?? UNSTATED, [...LEVELS, UNSTATED]),
      HONOR_NOTE,
    ),
    ...moneyBlocks(units),
    ratesBlock(units),
    ...staffBlocks(units),
  ].filter((block): block is StatBlock => block !== null);
}

const HONOR_NOTE = '只计各单位自身获得的称号与奖项；下属单位（如某村）、个人获得的荣誉和锦旗、感谢信等表扬不计入。';

function countBlock<K extends string>(id: string, title: string, unitLabel: string, counts: Count<K>[], note?: string): StatBlock {
  const bars = counts.map(({ key, count }) => ({ label: key, value: count }));
  return {
    id,
    title,
    ...(note ? { note } : {}),
    svg: counts.some((c) => c.count > 0) ? barChartSvg(bars, { title, unitLabel, orientation: 'horizontal', integer: true }) : null,
    columns: ['类别', `数量（${unitLabel}）`],
    rows: counts.map(({ key, count }) => [{ text: key }, { text: String(count) }]),
  };
}

/** The same counts as the unit pages, /honors/ and units.json. */
function honorsByUnitBlock(units: readonly UnitView[]): StatBlock {
  const title = '各单位荣誉数量';
  return {
    id: 'honors-by-unit',
    title,
    note: HONOR_NOTE,
    svg: units.some((u) => u.honorCounts.honors > 0)
      ? barChartSvg(
          units
            .map((u) => ({ label: u.data.shortName, value: u.honorCounts.honors }))
            .sort((a, b) => b.value - a.value)
            .slice(0, MAX_BARS),
          { title: chartTitle(title, units.length), unitLabel: '项', orientation: 'horizontal', integer: true },
        )
      : null,
    columns: ['单位', '荣誉（称号与奖项）', '下属单位的荣誉', '个人的荣誉', '锦旗等表扬'],
    rows: units.map((u) => [
      { text: u.data.shortName, href: `${unitPath(u.slug)}#honors` },
      { text: String(u.honorCounts.honors) },
      { text: String(u.honorCounts.subordinate) },
      { text: String(u.honorCounts.individual) },
      { text: String(u.honorCounts.commendations) },
    ]),
  };
}

function honorsPerYearBlock(honors: readonly RollEntry[]): StatBlock {
  const years = honors.map((e) => filingYear(e.year)).filter((y): y is number => y !== null);
  const counts = countPerYear(years);
  const undated = honors.length - years.length;
  const title = '各年获得荣誉数量';
  return {
    id: 'honors-per-year',
    title,
    note: `按荣誉所属年份统计；跨年度的荣誉（如“连续四年”）计入最后一年。${undated > 0 ? `另有 ${undated} 项未注明年份，未计入图中。` : ''}${HONOR_NOTE}`,
    svg:
      counts.length > 0
        ? barChartSvg(
            counts.map((c) => ({ label: String(c.key), value: c.count })),
            { title, unitLabel: '项', orientation: 'vertical', integer: true },
          )
        : null,
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

const BOUND_NOTE = '报告中“多”“余”“以上”的金额只是下限，“近”的金额只是上限，所以合计写作“不少于”或区间；图中的条以下限绘制，标“+”的没有上限。';

/** One block per kind of money: a total sums one kind only; rates and parts are left out. */
function moneyBlocks(units: readonly UnitView[]): StatBlock[] {
  const rows = investmentRows(units).filter((r) => isSummable(r));
  return INVESTMENT_KINDS.flatMap((kind, index) => {
    const ofKind = rows.filter((r) => r.kind === kind);
    if (ofKind.length === 0) return [];
    const totals = totalBy(
      ofKind,
      (r) => r.unit.slug,
      (r) => r.amount,
    );
    const bySlug = new Map(units.map((u) => [u.slug, unitRef(u)]));
    const labelled = totals.map((t) => ({ ...t, label: bySlug.get(t.key)?.shortName ?? t.key }));
    const title = `各单位${kind === '其他' ? '其他金额' : kind}（据报告）`;
    return [
      {
        id: `money-${index + 1}`,
        title,
        note: `${INVESTMENT_KIND_NOTES[kind]}。只合计同一类别的一次性金额，不同类别不相加。${BOUND_NOTE}`,
        svg:
          labelled.length > 0
            ? barChartSvg(totalBars(labelled.slice(0, MAX_BARS)), { title: chartTitle(title, labelled.length), unitLabel: '万元', orientation: 'horizontal' })
            : null,
        columns: ['单位', `${kind}合计`, '笔数'],
        rows: labelled.map((t) => [{ text: t.label, href: `${unitPath(t.key)}#investments` }, { text: formatTotal(t.total) }, { text: String(t.total.count) }]),
      },
    ];
  });
}

/** Rates (每月300元) are money per period: listed with their sentence, never summed. */
function ratesBlock(units: readonly UnitView[]): StatBlock | null {
  const rates = investmentRows(units).filter((r) => r.period !== null);
  if (rates.length === 0) return null;
  return {
    id: 'rates',
    title: '按期支付的金额（不计入任何合计）',
    note: '这些金额按月、按年或按人支付，报告没有说明支付了多久，所以不能当作一次性投入相加。',
    svg: null,
    columns: ['单位', '项目', '金额', '类别', '出处'],
    rows: rates.map((r) => [
      { text: r.unit.shortName, href: `${unitPath(r.unit.slug)}#investments` },
      { text: r.item, prose: true },
      { text: amountText(r), fact: true },
      { text: r.kind },
      r.hasSource ? { text: '见原文', href: r.href, source: true } : { text: '—' },
    ]),
  };
}

/** One block per staff measure: 在岗职工 is compared only with 在岗职工, never with 在编职工. */
function staffBlocks(units: readonly UnitView[]): StatBlock[] {
  return staffByMeasure(units.map((unit) => ({ unit, staff: unit.data.figures.staff }))).map(({ measure, rows }, index) => {
    const title = `各单位${measure}人数`;
    const wording = measure === '党员' ? '名' : '人';
    return {
      id: `staff-${index + 1}`,
      title,
      note: `只比较报告中写作“${measure}”的人数；其他口径（${STAFF_MEASURES.filter((m) => m !== measure).join('、')}）各自成表，不混在一起比较。`,
      svg: barChartSvg(
        rows
          .map((r) => ({ label: r.unit.data.shortName, value: r.figure.count }))
          .sort((a, b) => b.value - a.value)
          .slice(0, MAX_BARS),
        { title: chartTitle(title, rows.length), unitLabel: wording, orientation: 'horizontal', integer: true },
      ),
      columns: ['单位', `${measure}（${wording}）`, '出处'],
      rows: rows.map(({ unit, figure }) => {
        const source = unit.figures.find((f) => f.label === measure)?.source;
        return [
          { text: unit.data.shortName, href: `${unitPath(unit.slug)}#figures` },
          { text: formatAmount(figure.count, wording), fact: true },
          source ? { text: '见原文', href: source, source: true } : { text: '—' },
        ];
      }),
    };
  });
}

const chartTitle = (title: string, count: number) => (count > MAX_BARS ? `${title}（前${MAX_BARS}名，共${count}个单位）` : title);
