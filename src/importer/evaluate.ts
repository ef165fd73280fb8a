// Fidelity of the importer, measured: the facts it proposes for a report against the facts a
// person wrote down for it (test/fixtures/importer/corpus/*.yaml). Pure: documents in, counts
// out. Facts are compared on what matters to a reader: an honor's year, title, level, kind,
// recipient and category; an amount's words, bound, kind, period and whole; a section's depth
// and heading; the report's unit and date; the lines cleaned of debris; warnings by kind and line.
import type { AnalyzedDocument } from './analyze';
import type { HonorProposal } from './types';

export const FACT_KINDS = ['units', 'dates', 'sections', 'honors', 'amounts', 'debris', 'warnings'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Warning kinds the corpus states; the others (region, relative-date…) are advice, not facts. */
export const EVALUATED_WARNINGS = ['placeholder', 'missing-number', 'truncated', 'pii', 'gap'] as const;

/** Removal ops that are page or site debris (as opposed to layout: indents, blanks, joins). */
export const DEBRIS_OPS = new Set(['pagination', 'page-number', 'web-debris', 'separator', 'noise', 'watermark', 'paywall', 'collection-title']);

export interface ExpectedHonor {
  year: number | string;
  title: string;
  level?: string;
  kind?: 'honor' | 'title';
  recipient: string;
  name?: string;
  category: string;
}

export interface ExpectedAmount {
  text: string;
  bound: string;
  kind: string | null;
  period: string | null;
  partOf?: string;
}

export interface ExpectedDocument {
  title?: string;
  unit?: string;
  date: string | number | null;
  sections: Array<[number, string]>;
  honors: ExpectedHonor[];
  amounts: ExpectedAmount[];
  debris: number[];
  warnings: Array<{ kind: string; line: number }>;
}

export interface Tally {
  /** Proposed facts that match an expected one. */
  matched: number;
  proposed: number;
  expected: number;
}

export type FileScore = Record<FactKind, Tally>;

export interface Miss {
  file: string;
  kind: FactKind;
  /** 'missed': expected, not proposed; 'wrong': proposed, not expected. */
  type: 'missed' | 'wrong';
  fact: string;
}

const emptyTally = (): Tally => ({ matched: 0, proposed: 0, expected: 0 });
export const emptyScore = (): FileScore => Object.fromEntries(FACT_KINDS.map((k) => [k, emptyTally()])) as FileScore;

/** Comparable form of a title or heading: no quotes, spaces or punctuation. */
export function normalizeFact(text: string): string {
  return text.replace(/[\s\u3000“”"'‘’「」『』《》〈〉()（）【】[\]:：,，.。、;；!！?？·]/g, '');
}

/** Same wording, or one holds the other and is most of it (年度 and 荣誉称号 aside). */
function sameTitle(a: string, b: string): boolean {
  const x = normalizeFact(a);
  const y = normalizeFact(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && long.includes(short) && short.length / long.length >= 0.6;
}

function sameName(expected: string | undefined, proposed: string | undefined): boolean {
  if (expected === undefined) return true;
  if (!proposed) return false;
  const x = normalizeFact(expected);
  const y = normalizeFact(proposed);
  return x.includes(y) || y.includes(x);
}

function yearKey(h: HonorProposal): string {
  if (h.year === 'undated') return 'undated';
  return h.yearEnd !== null ? `${h.year}-${h.yearEnd}` : String(h.year);
}

function honorMatches(e: ExpectedHonor, p: HonorProposal): boolean {
  return (
    String(e.year) === yearKey(p) &&
    (e.kind ?? 'honor') === p.kind &&
    sameTitle(e.title, p.title) &&
    (e.level === undefined || e.level === p.level) &&
    e.recipient === p.recipient.kind &&
    sameName(e.name, p.recipient.name) &&
    e.category === p.category
  );
}

const honorText = (h: HonorProposal) =>
  `${yearKey(h)} ${h.kind === 'title' ? `${h.level ?? ''}${h.title}（称号）` : h.title} ${h.level ?? '-'} ${h.recipient.kind}${h.recipient.name ? `:${h.recipient.name}` : ''} ${h.category}`;
const expectedHonorText = (e: ExpectedHonor) =>
  `${e.year} ${e.kind === 'title' ? `${e.level ?? ''}${e.title}（称号）` : e.title} ${e.level ?? '-'} ${e.recipient}${e.name ? `:${e.name}` : ''} ${e.category}`;

/** Greedy one-to-one matching; returns the unmatched of each side. */
function match<E, P>(expected: readonly E[], proposed: readonly P[], same: (e: E, p: P) => boolean): { matched: number; missed: E[]; wrong: P[] } {
  const free = [...proposed];
  const missed: E[] = [];
  let matched = 0;
  for (const e of expected) {
    const i = free.findIndex((p) => same(e, p));
    if (i < 0) missed.push(e);
    else {
      matched += 1;
      free.splice(i, 1);
    }
  }
  return { matched, missed, wrong: free };
}

/** Proposed facts of one document, in the shapes the corpus uses. */
function proposedFacts(d: AnalyzedDocument) {
  const sections: Array<[number, string]> = [];
  const walk = (nodes: AnalyzedDocument['sections']) => {
    for (const n of nodes) {
      sections.push([n.depth, n.title]);
      walk(n.children);
    }
  };
  walk(d.sections);
  const debris = [...new Set(d.removals.filter((r) => DEBRIS_OPS.has(r.op)).map((r) => r.line))];
  const warned = new Set<string>();
  for (const w of d.warnings) if ((EVALUATED_WARNINGS as readonly string[]).includes(w.kind) && w.line > 0) warned.add(`${w.kind}@${w.line}`);
  return {
    units: d.unit ? [d.unit.name] : [],
    dates: d.date ? [d.date.iso] : [],
    sections,
    honors: d.honors,
    amounts: d.amounts,
    debris,
    warnings: [...warned],
  };
}

function expectedFacts(e: ExpectedDocument) {
  const warned = new Set(e.warnings.map((w) => `${w.kind}@${w.line}`));
  return {
    units: e.unit ? [e.unit] : [],
    dates: e.date === null || e.date === undefined ? [] : [String(e.date)],
    sections: e.sections,
    honors: e.honors,
    amounts: e.amounts,
    debris: [...new Set(e.debris)],
    warnings: [...warned],
  };
}

const headingKey = (t: string) => normalizeFact(t);

/** Scores the kept documents of one file against its expected documents, in order. */
export function scoreFile(file: string, docs: readonly AnalyzedDocument[], expected: readonly ExpectedDocument[]): { score: FileScore; misses: Miss[] } {
  const score = emptyScore();
  const misses: Miss[] = [];
  const kept = docs.filter((d) => d.duplicateOf === null);
  const n = Math.max(kept.length, expected.length);
  const add = <E, P>(kind: FactKind, e: readonly E[], p: readonly P[], same: (e: E, p: P) => boolean, showE: (e: E) => string, showP: (p: P) => string) => {
    const r = match(e, p, same);
    score[kind].matched += r.matched;
    score[kind].expected += e.length;
    score[kind].proposed += p.length;
    for (const m of r.missed) misses.push({ file, kind, type: 'missed', fact: showE(m) });
    for (const w of r.wrong) misses.push({ file, kind, type: 'wrong', fact: showP(w) });
  };
  for (let i = 0; i < n; i += 1) {
    const p = kept[i] ? proposedFacts(kept[i] as AnalyzedDocument) : { units: [], dates: [], sections: [], honors: [], amounts: [], debris: [], warnings: [] };
    const e = expected[i]
      ? expectedFacts(expected[i] as ExpectedDocument)
      : { units: [], dates: [], sections: [], honors: [], amounts: [], debris: [], warnings: [] };
    const tag = (s: string) => `第${i + 1}篇 ${s}`;
    add('units', e.units, p.units, (a, b) => a === b, tag, tag);
    add('dates', e.dates, p.dates, (a, b) => a === b, tag, tag);
    add(
      'sections',
      e.sections,
      p.sections,
      (a, b) => a[0] === b[0] && headingKey(a[1]) === headingKey(b[1]),
      (s) => tag(`${s[0]} ${s[1]}`),
      (s) => tag(`${s[0]} ${s[1]}`),
    );
    add(
      'honors',
      e.honors,
      p.honors,
      honorMatches,
      (h) => tag(expectedHonorText(h)),
      (h) => tag(honorText(h)),
    );
    add(
      'amounts',
      e.amounts,
      p.amounts,
      (a, b) => a.text === b.text && a.bound === b.bound && a.kind === b.kind && a.period === b.period && (a.partOf ?? null) === (b.partOf ?? null),
      (a) => tag(`${a.text} ${a.bound} ${a.kind ?? '-'} ${a.period ?? '一次性'}${a.partOf ? ` ⊂${a.partOf}` : ''}`),
      (a) => tag(`${a.text} ${a.bound} ${a.kind ?? '-'} ${a.period ?? '一次性'}${a.partOf ? ` ⊂${a.partOf}` : ''}`),
    );
    add(
      'debris',
      e.debris,
      p.debris,
      (a, b) => a === b,
      (l) => tag(`第${l}行`),
      (l) => tag(`第${l}行`),
    );
    add('warnings', e.warnings, p.warnings, (a, b) => a === b, tag, tag);
  }
  return { score, misses };
}

export function sumScores(scores: readonly FileScore[]): FileScore {
  const total = emptyScore();
  for (const s of scores) for (const k of FACT_KINDS) for (const f of ['matched', 'proposed', 'expected'] as const) total[k][f] += s[k][f];
  return total;
}

/** Precision and recall; 1 when there was nothing to propose or to find. */
export function rates(t: Tally): { precision: number; recall: number } {
  return { precision: t.proposed === 0 ? 1 : t.matched / t.proposed, recall: t.expected === 0 ? 1 : t.matched / t.expected };
}

export function overall(score: FileScore): Tally {
  const t = emptyTally();
  for (const k of FACT_KINDS) for (const f of ['matched', 'proposed', 'expected'] as const) t[f] += score[k][f];
  return t;
}
