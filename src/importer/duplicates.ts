// Near-duplicate documents: versions of one report (cut short, numbers stripped, re-typed).
// Similarity is the containment of 5-character shingles: |A ∩ B| / min(|A|, |B|), over text
// without spaces, punctuation and placeholders, so a version cut short or with its numbers
// removed still scores high against the full one. Within a group the most complete version
// is kept: the longest, less 100 characters per stripped number and 10 per placeholder.

const SHINGLE = 5;
export const DUPLICATE_THRESHOLD = 0.6;

export function normalizeForShingles(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]|[XxＸｘ×＊*]{2,}/gu, '');
}

export function shingles(text: string): Set<string> {
  const s = normalizeForShingles(text);
  const set = new Set<string>();
  const chars = [...s];
  for (let i = 0; i + SHINGLE <= chars.length; i += 1) set.add(chars.slice(i, i + SHINGLE).join(''));
  return set;
}

export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared += 1;
  return shared / small.size;
}

export interface DuplicateInput {
  index: number;
  text: string;
  missingNumbers: number;
  placeholders: number;
}

export interface DuplicateResult {
  index: number;
  duplicateOf: number | null;
  /** Against the kept version for a duplicate; otherwise the highest against any other document. */
  similarity: number;
  score: number;
}

export function completeness(doc: DuplicateInput): number {
  return normalizeForShingles(doc.text).length - 100 * doc.missingNumbers - 10 * doc.placeholders;
}

export function findDuplicates(docs: readonly DuplicateInput[]): DuplicateResult[] {
  const sets = docs.map((d) => shingles(d.text));
  const n = docs.length;
  const sim: number[][] = Array.from({ length: n }, () => Array<number>(n).fill(0));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const s = containment(sets[i] ?? new Set(), sets[j] ?? new Set());
      (sim[i] ?? [])[j] = s;
      (sim[j] ?? [])[i] = s;
      if (s >= DUPLICATE_THRESHOLD) parent[find(j)] = find(i);
    }
  }
  const scores = docs.map(completeness);
  const kept = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const root = find(i);
    const best = kept.get(root);
    if (best === undefined || (scores[i] ?? 0) > (scores[best] ?? 0)) kept.set(root, i);
  }
  return docs.map((d, i) => {
    const keep = kept.get(find(i)) ?? i;
    const row = sim[i] ?? [];
    const round = (x: number) => Math.round(x * 1000) / 1000;
    if (keep !== i) return { index: d.index, duplicateOf: docs[keep]?.index ?? null, similarity: round(row[keep] ?? 0), score: scores[i] ?? 0 };
    const others = row.filter((_, j) => j !== i);
    return { index: d.index, duplicateOf: null, similarity: round(others.length ? Math.max(...others) : 0), score: scores[i] ?? 0 };
  });
}

export interface ClauseRef {
  text: string;
  line: number;
}

/**
 * Clauses of a duplicate whose numbers are missing compared with the kept version:
 * the same clause with the digits taken out, but fewer digits. "投资万元" vs "投资10.5万元".
 */
export function strippedNumbers(duplicate: readonly ClauseRef[], kept: readonly ClauseRef[]): Array<{ dup: ClauseRef; kept: ClauseRef }> {
  const key = (t: string) => t.replace(/[\d.．%％]|[XxＸｘ×]{2,}|\s/g, '');
  const digits = (t: string) => (t.match(/\d+(?:\.\d+)?/g) ?? []).join(' ');
  const byKey = new Map<string, ClauseRef>();
  for (const c of kept) if (key(c.text).length >= 3) byKey.set(key(c.text), c);
  const out: Array<{ dup: ClauseRef; kept: ClauseRef }> = [];
  for (const c of duplicate) {
    const k = byKey.get(key(c.text));
    if (!k) continue;
    const a = digits(c.text);
    const b = digits(k.text);
    if (a !== b && a.replace(/\s/g, '').length < b.replace(/\s/g, '').length) out.push({ dup: c, kept: k });
  }
  return out;
}

/** Sentences of `a` that `b` lacks (by shingle containment). */
export function extraSentences(a: readonly ClauseRef[], b: ReadonlySet<string>): ClauseRef[] {
  return a.filter((s) => {
    const own = shingles(s.text);
    return own.size >= 3 && containment(own, b) < 0.5 && [...own].filter((x) => b.has(x)).length < own.size * 0.5;
  });
}
