// The open-data files: the same rows the aggregate pages show, with bounds and source links,
// for anyone to check or reuse. Documented in the README ("Open data").
import { toCsv } from '../domain/csv';
import { toIsoPartial } from '../domain/partial-date';
import { filingYear, formatWhen } from '../domain/timeline';
import { siteConfig } from '../site.config';
import { investmentRows, rollEntries, timelineEntries } from './aggregates';
import { unitPath } from './paths';
// Absolute URLs, so a downloaded file still points at its sources.
import { absolute } from './share';
import type { UnitView } from './site-data';

const yearOf = (span: { kind: string; year?: number; from?: number; to?: number }) =>
  span.kind === 'year' ? { year: span.year ?? null, yearEnd: null } : span.kind === 'range' ? { year: span.from ?? null, yearEnd: span.to ?? null } : { year: null, yearEnd: null };

export function unitsJson(units: readonly UnitView[]): string {
  const rows = units.map((unit) => ({
    slug: unit.slug,
    name: unit.data.name,
    shortName: unit.data.shortName,
    kind: unit.data.kind,
    region: unit.data.region,
    url: absolute(unitPath(unit.slug)),
    currentTitle: unit.current ? { level: unit.current.level, title: unit.current.title, status: unit.current.status, ...yearOf(unit.current.year) } : null,
    figures: unit.figures,
    titles: unit.titles.map((t) => ({ ...yearOf(t.year), level: t.level, title: t.title, status: t.status, docNumber: t.docNumber ?? null, issuer: t.issuer ?? null })),
    honors: unit.honors.map((h) => ({ ...yearOf(h.year), title: h.title, level: h.level ?? null, issuer: h.issuer ?? null })),
    events: unit.events.map((e) => ({ date: toIsoPartial(e.date), title: e.title })),
    investments: unit.data.investments.map((i) => ({ year: i.year ?? null, item: i.item, text: i.amount.text, value: i.amount.value, unit: i.amount.unit, bound: i.amount.bound })),
    reports: unit.reports.map((r) => ({ title: r.entry.data.title, date: r.entry.data.date ? toIsoPartial(r.entry.data.date) : null, url: absolute(`${unitPath(unit.slug)}#${r.anchor}`) })),
  }));
  return `${JSON.stringify({ generator: 'Showcase', office: siteConfig.office, units: rows }, null, 2)}\n`;
}

export function honorsCsv(units: readonly UnitView[]): string {
  return toCsv(
    ['单位', '网址名', '类型', '年份', '截止年份', '级别', '名称', '状态', '授予单位', '文号', '出处'],
    rollEntries(units).map((e) => {
      const { year, yearEnd } = yearOf(e.year);
      return [e.unit.name, e.unit.slug, e.type === 'title' ? '称号' : '荣誉', year, yearEnd, e.level, e.title, e.status, e.issuer, e.docNumber, absolute(e.href)];
    }),
  );
}

export function investmentsCsv(units: readonly UnitView[]): string {
  return toCsv(
    ['单位', '网址名', '年份', '项目', '原文金额', '数值', '单位', '界限', '出处'],
    investmentRows(units).map((r) => [r.unit.name, r.unit.slug, r.year, r.item, r.amount.text, r.amount.value, r.amount.unit, r.amount.bound, absolute(r.href)]),
  );
}

export function eventsCsv(units: readonly UnitView[]): string {
  return toCsv(
    ['单位', '网址名', '类型', '时间', '归入年份', '内容', '出处'],
    timelineEntries(units).map((e) => [e.unit.name, e.unit.slug, e.type, formatWhen(e.when), filingYear(e.when), e.text, absolute(e.href)]),
  );
}
