// The open-data files: the same rows the aggregate pages show, with bounds, kinds and source
// links, for anyone to check or reuse. A public contract: documented in the README ("Open data").
import { toCsv } from '../domain/csv';
import { HONOR_CATEGORY_LABELS } from '../domain/honor-kinds';
import { totalOfKind } from '../domain/money';
import { toIsoPartial } from '../domain/partial-date';
import { filingYear, formatWhen } from '../domain/timeline';
import { INVESTMENT_KINDS } from '../domain/vocabulary';
import { siteConfig } from '../site.config';
import { investmentRows, rollEntries, timelineEntries } from './aggregates';
import { unitPath } from './paths';
// Absolute URLs, so a downloaded file still points at its sources.
import { absolute } from './share';
import type { UnitView } from './site-data';

/** Each file is built once per build: the 数据下载 page measures its size, its route writes it. */
function builtOnce(build: (units: readonly UnitView[]) => string): (units: readonly UnitView[]) => string {
  const made = new WeakMap<readonly UnitView[], string>();
  return (units) => {
    let text = made.get(units);
    if (text === undefined) {
      text = build(units);
      made.set(units, text);
    }
    return text;
  };
}

const yearOf = (span: { kind: string; year?: number; from?: number; to?: number }) =>
  span.kind === 'year'
    ? { year: span.year ?? null, yearEnd: null }
    : span.kind === 'range'
      ? { year: span.from ?? null, yearEnd: span.to ?? null }
      : { year: null, yearEnd: null };

/** The absolute URL of a fact's sentence (or section); null when the fact names none. */
const sourceUrl = (source: string | null) => (source ? absolute(source) : null);

export const unitsJson = builtOnce(function unitsJson(units: readonly UnitView[]): string {
  const rows = units.map((unit) => ({
    slug: unit.slug,
    name: unit.data.name,
    shortName: unit.data.shortName,
    kind: unit.data.kind,
    region: unit.data.region,
    url: absolute(unitPath(unit.slug)),
    currentTitle: unit.current ? { level: unit.current.level, title: unit.current.title, status: unit.current.status, ...yearOf(unit.current.year) } : null,
    figures: unit.figures.map((f) => ({ label: f.label, text: f.text, source: sourceUrl(f.source ?? null) })),
    staff: unit.data.figures.staff.map((s) => ({ measure: s.measure, count: s.count })),
    honorCounts: unit.honorCounts,
    moneyTotals: INVESTMENT_KINDS.map((kind) => ({ kind, total: totalOfKind(unit.investments, kind) })).filter((t) => t.total.count > 0),
    titles: unit.titles.map((t) => ({
      ...yearOf(t.year),
      level: t.level,
      title: t.title,
      status: t.status,
      docNumber: t.docNumber ?? null,
      issuer: t.issuer ?? null,
      source: sourceUrl(t.source),
    })),
    honors: unit.honors.map((h) => ({
      ...yearOf(h.year),
      title: h.title,
      level: h.level ?? null,
      issuer: h.issuer ?? null,
      recipient: { kind: h.recipient.kind, name: h.recipient.name ?? null },
      category: h.category,
      source: sourceUrl(h.source),
    })),
    events: unit.events.map((e) => ({ date: toIsoPartial(e.date), title: e.title, source: sourceUrl(e.source) })),
    investments: unit.investments.map((i) => ({
      id: i.id ?? null,
      year: i.year ?? null,
      item: i.item,
      kind: i.kind,
      period: i.period,
      partOf: i.partOf ?? null,
      text: i.amount.text,
      value: i.amount.value,
      unit: i.amount.unit,
      bound: i.amount.bound,
      source: sourceUrl(i.source),
    })),
    reports: unit.reports.map((r) => ({
      title: r.entry.data.title,
      date: r.entry.data.date ? toIsoPartial(r.entry.data.date) : null,
      url: absolute(`${unitPath(unit.slug)}#${r.anchor}`),
    })),
  }));
  return `${JSON.stringify({ generator: 'Showcase', office: siteConfig.office, units: rows }, null, 2)}\n`;
});

const RECIPIENT_LABELS = { unit: '本单位', subordinate: '下属单位', individual: '个人' } as const;

export const honorsCsv = builtOnce(function honorsCsv(units: readonly UnitView[]): string {
  return toCsv(
    ['单位', '网址名', '类型', '类别', '获得者类型', '获得者', '计入荣誉', '年份', '截止年份', '级别', '名称', '状态', '授予单位', '文号', '出处'],
    rollEntries(units).map((e) => {
      const { year, yearEnd } = yearOf(e.year);
      return [
        e.unit.name,
        e.unit.slug,
        e.type === 'title' ? '称号' : '荣誉',
        e.category ? HONOR_CATEGORY_LABELS[e.category] : '文明单位称号',
        e.recipient ? RECIPIENT_LABELS[e.recipient.kind] : RECIPIENT_LABELS.unit,
        e.recipient?.name,
        e.type === 'honor' ? (e.group === 'own' ? '是' : '否') : undefined,
        year,
        yearEnd,
        e.level,
        e.title,
        e.status,
        e.issuer,
        e.docNumber,
        e.hasSource ? absolute(e.href) : undefined,
      ];
    }),
  );
});

export const investmentsCsv = builtOnce(function investmentsCsv(units: readonly UnitView[]): string {
  return toCsv(
    ['单位', '网址名', '年份', '类别', '项目', '原文金额', '数值', '单位', '界限', '周期', '编号', '所属', '出处'],
    investmentRows(units).map((r) => [
      r.unit.name,
      r.unit.slug,
      r.year,
      r.kind,
      r.item,
      r.amount.text,
      r.amount.value,
      r.amount.unit,
      r.amount.bound,
      r.period,
      r.id,
      r.partOf,
      r.hasSource ? absolute(r.href) : undefined,
    ]),
  );
});

export const eventsCsv = builtOnce(function eventsCsv(units: readonly UnitView[]): string {
  return toCsv(
    ['单位', '网址名', '类型', '时间', '归入年份', '内容', '出处'],
    timelineEntries(units).map((e) => [
      e.unit.name,
      e.unit.slug,
      e.type,
      formatWhen(e.when),
      filingYear(e.when),
      e.text,
      e.hasSource ? absolute(e.href) : undefined,
    ]),
  );
});
