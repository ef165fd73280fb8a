// The machine-readable report (--json): one object for the whole run. Field meanings are
// stated in `conventions` so other tools need not guess.
import { parsePartialDate } from '../domain/partial-date';
import type { AnalyzedDocument } from './analyze';
import type { SectionNode } from './types';
import { unitSlug } from './unit-slug';

export const JSON_CONVENTIONS = {
  index: '0-based position of the document in this run, counted across all input files in the order given',
  duplicateOf: 'index of the document this one repeats (the kept, most complete version), or null',
  similarity: 'for a duplicate: shingle containment (0..1) against the kept version; otherwise the highest against any other document',
  line: '1-based line of the decoded source file; for .docx the paragraph number (paragraphs, list items and table rows counted from 1); 0 = the whole document',
  date: '"2006-11" (year and month), 2006 (year only) or "2006-11-05"; null when unknown',
  year: 'first year of an honor; null when undated. yearEnd: last year of a range (2007—2010), else null',
  depth: '1 = top-level section (## in the report file), 2 = ###, 3 = ####',
  bound: 'exact | at-least (多, 余, 以上) | at-most (近, 不足) | about (约, 左右)',
  recipient:
    'who earned an honor: { kind: "unit" | "subordinate" | "individual", name }; name is null for the unit itself. Only the unit\'s own titles and awards are its honors',
  category: 'title (称号) | award (奖项) | commendation (锦旗, 感谢信: thanks, not an honor)',
  kind: 'for an amount: 创建经费 | 基础设施与民生 | 争取项目 | 捐款捐物 | 帮扶资金 | 其他, or null when it is not money put into anything (产值, 收入, 节省). Kinds are never summed together',
  period: 'for an amount: null for a one-off, else the rate (每月, 每年, 每人, 每人每年 …); a rate never enters a sum',
  partOf: 'for an amount: the text of the amount it is part of (共计12万多元，其中…), else null',
  reason: 'why the importer proposes recipient and category (honors) or kind and period (amounts), in Chinese',
  quote: 'the sentence of the written report the fact was read from, as it appears there (for the publishing check)',
  substitutions: 'characters replaced in place, each { op: "punctuation" | "traditional", line, col, from, to }; undoing them gives back the source',
};

export function partialDateJson(iso: string | null | undefined): string | number | null {
  if (!iso) return null;
  const d = parsePartialDate(iso);
  if (!d) return null;
  return d.month === undefined ? d.year : iso;
}

function sectionJson(s: SectionNode): unknown {
  return { title: s.title, depth: s.depth, id: s.id, line: s.line, children: s.children.map(sectionJson) };
}

export function documentJson(d: AnalyzedDocument): Record<string, unknown> {
  return {
    source: d.source,
    index: d.index,
    indexInFile: d.indexInFile,
    encoding: d.encoding,
    lines: [d.firstLine, d.lastLine],
    title: d.title?.text ?? null,
    subtitle: d.subtitle?.text ?? null,
    unit: d.unit?.name ?? null,
    shortName: d.unit?.shortName ?? null,
    kind: d.unit?.kind ?? null,
    region: d.unit?.region ?? [],
    date: partialDateJson(d.date?.iso),
    dateSource: d.date ? { text: d.date.text, line: d.date.line, from: d.date.source } : null,
    seeks: d.seeks,
    slug: unitSlug(d),
    sections: d.sections.map(sectionJson),
    honors: d.honors.map((h) => ({
      year: h.year === 'undated' ? null : h.year,
      yearEnd: h.yearEnd,
      title: h.title,
      level: h.level,
      kind: h.kind,
      ...(h.status ? { status: h.status } : {}),
      recipient: { kind: h.recipient.kind, name: h.recipient.name ?? null },
      category: h.category,
      reason: h.reason,
      ...(h.note ? { note: h.note } : {}),
      line: h.line,
      quote: h.quote ?? null,
    })),
    amounts: d.amounts.map((a) => ({
      text: a.text,
      value: a.value,
      unit: a.unit,
      bound: a.bound,
      kind: a.kind,
      period: a.period,
      partOf: a.partOf ?? null,
      reason: a.reason,
      line: a.line,
      quote: a.quote || null,
    })),
    figures: d.figures.map((f) => ({ label: f.label, text: f.text, value: f.value, unit: f.unit, bound: f.bound, line: f.line })),
    events: d.events.map((e) => ({ date: partialDateJson(e.date), text: e.text, line: e.line, ...(e.relative ? { relative: true } : {}) })),
    warnings: d.warnings.map((w) => ({ kind: w.kind, line: w.line, text: w.text, hint: w.hint })),
    removals: d.removals.filter((r) => r.op !== 'blank' && r.op !== 'line-break').map((r) => ({ op: r.op, line: r.line, col: r.col, text: r.text })),
    substitutions: d.substitutions.map((s) => ({ op: s.op, line: s.line, col: s.col, from: s.from, to: s.to })),
    duplicateOf: d.duplicateOf,
    similarity: d.similarity,
  };
}

export function runJson(docs: readonly AnalyzedDocument[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { conventions: JSON_CONVENTIONS, documents: docs.map(documentJson), ...extra };
}
