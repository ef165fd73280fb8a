// The whole run: documents from every input, then what needs them all: duplicates (across
// files), facts merged from duplicates into the kept version, and everything that depends on
// the report's date (relative years, undated warnings).
import { resolveRelativeYear } from '../domain/chinese-date';
import { formatPartialDate, parsePartialDate } from '../domain/partial-date';
import type { AnalyzedDocument } from './analyze';
import { extraSentences, findDuplicates, shingles, strippedNumbers, type ClauseRef } from './duplicates';
import { resolveRelativeDates } from './extract-events';
import { latestYear } from './extract-meta';
import { lineAt } from './sentences';
import type { Warning } from './types';

export function finishRun(docs: AnalyzedDocument[]): AnalyzedDocument[] {
  docs.forEach((d, i) => (d.index = i));
  const count = (d: AnalyzedDocument, kind: string) => d.warnings.filter((w) => w.kind === kind).length;
  const results = findDuplicates(
    docs.map((d) => ({ index: d.index, text: d.plainText, missingNumbers: count(d, 'missing-number'), placeholders: count(d, 'placeholder') })),
  );
  for (const r of results) {
    const doc = docs[r.index];
    if (!doc) continue;
    doc.duplicateOf = r.duplicateOf;
    doc.similarity = r.similarity;
    if (r.duplicateOf !== null) docs[r.duplicateOf]?.duplicates.push(doc.index);
  }
  for (const kept of docs.filter((d) => d.duplicates.length > 0))
    mergeDuplicates(
      kept,
      kept.duplicates.map((i) => docs[i]).filter((d): d is AnalyzedDocument => d !== undefined),
      results,
    );
  for (const doc of docs) datedChecks(doc);
  for (const doc of docs) doc.warnings.sort((a, b) => a.line - b.line);
  return docs;
}

const label = (d: AnalyzedDocument) => `第${d.index + 1}篇`;

function mergeDuplicates(kept: AnalyzedDocument, dups: AnalyzedDocument[], results: ReturnType<typeof findDuplicates>): void {
  const keptScore = results[kept.index]?.score ?? 0;
  const keptClauses = clauseRefs(kept);
  const keptShingles = shingles(kept.plainText);
  const names = dups.map(label).join('、');
  kept.warnings.push({
    kind: 'duplicate',
    line: 0,
    text: names,
    hint: `${names}是本篇的其他版本（相似度 ${dups.map((d) => d.similarity.toFixed(2)).join('、')}）。保留本篇，因为它最完整（有效字数约 ${keptScore}，缺失数字 ${kept.warnings.filter((w) => w.kind === 'missing-number').length} 处）；其他版本不单独导入`,
  });
  for (const dup of dups) {
    const reasons: string[] = [];
    const dupScore = results[dup.index]?.score ?? 0;
    reasons.push(`有效字数约 ${dupScore}（保留的一篇约 ${keptScore}）`);
    const missing = dup.warnings.filter((w) => w.kind === 'missing-number').length;
    if (missing > 0) reasons.push(`缺失数字 ${missing} 处`);
    if (dup.warnings.some((w) => w.kind === 'truncated' || w.kind === 'gap')) reasons.push('内容不完整');
    const extra = extraSentences(sentenceRefs(dup), keptShingles);
    if (extra.length > 0)
      reasons.push(`有 ${extra.length} 句是${label(kept)}没有的（如第${extra[0]?.line}行“${(extra[0]?.text ?? '').slice(0, 20)}…”），请人工确认是否需要补入`);
    dup.warnings.push({
      kind: 'duplicate',
      line: dup.firstLine,
      text: `与${label(kept)}重复`,
      hint: `与${label(kept)}相似度 ${dup.similarity.toFixed(2)}，是同一份材料的另一版本：不单独导入，保留${label(kept)}。本篇：${reasons.join('；')}`,
    });
    // Facts only this version has: its date.
    if (!kept.date && dup.date) {
      kept.date = { ...dup.date, source: 'duplicate' };
      const pretty = formatDate(dup.date.iso);
      kept.warnings.push({
        kind: 'merged',
        line: 0,
        text: dup.date.text,
        hint: `${label(dup)}补充了日期 ${pretty}（第${dup.date.line}行），已用作本篇日期，请确认`,
      });
      dup.warnings.push({
        kind: 'merged',
        line: dup.date.line,
        text: dup.date.text,
        hint: `本篇的日期 ${pretty} 是${label(kept)}没有的，已合并到${label(kept)}`,
      });
    }
    if (!kept.unit && dup.unit) kept.unit = dup.unit;
    const intrinsic = dup.warnings.filter((w) => w.kind === 'missing-number');
    for (const { dup: d, kept: k } of strippedNumbers(clauseRefs(dup), keptClauses)) {
      // Already reported by the lint on its own (投资万元): do not say it twice.
      if (intrinsic.some((w) => w.line === d.line && sharesRun(w.text, d.text, 4))) continue;
      dup.warnings.push({
        kind: 'missing-number',
        line: d.line,
        text: d.text.trim(),
        hint: `与${label(kept)}（第${k.line}行“${k.text.trim()}”）相比，本篇“${d.text.trim()}”少了数字：可能被删去`,
      });
    }
  }
}

function formatDate(iso: string): string {
  const d = parsePartialDate(iso);
  return d ? formatPartialDate(d) : iso;
}

function clauseRefs(doc: AnalyzedDocument): ClauseRef[] {
  return doc.sentences.flatMap((s) => s.clauses.map((c) => ({ text: c.text, line: lineAt(c.block, c.offset) })));
}

function sentenceRefs(doc: AnalyzedDocument): ClauseRef[] {
  return doc.sentences.map((s) => ({ text: s.text, line: lineAt(s.block, s.offset) }));
}

/**
 * A year-end summary written early the next year (《2022年度工作总结》 dated 2023年1月): its 今年 is
 * the year summarised, not the year of the date. Null when the title names no such year.
 */
export function summarisedYear(title: string, dateYear: number): number | null {
  const named = /((?:19|20)\d{2})\s*年度?(?:上半年|下半年)?[^，。；]{0,24}(?:总结|述职|汇报)/.exec(title);
  const year = named ? Number(named[1]) : null;
  return year !== null && year === dateYear - 1 ? year : null;
}

function datedChecks(doc: AnalyzedDocument): void {
  const date = doc.date ? parsePartialDate(doc.date.iso) : null;
  const resolved = resolveRelativeDates(doc.sentences, date?.year ?? null, date ? formatPartialDate(date) : null);
  doc.events.push(...resolved.events);
  // Honors dated 今年/去年: the year follows from the report's date (the warning is above).
  for (const h of doc.honors) {
    if (!h.relative) continue;
    const base = date ? summarisedYear(doc.title?.text ?? '', date.year) : null;
    const year = base !== null ? resolveRelativeYear(h.relative, base) : date ? resolveRelativeYear(h.relative, date.year) : null;
    if (year !== null) {
      h.year = year;
      h.note = [h.note, base !== null ? `原文“${h.relative}”，按总结的年度（${base}年）换算为${year}年` : `原文“${h.relative}”，按报告日期换算为${year}年`]
        .filter(Boolean)
        .join('；');
    } else h.note = [h.note, `原文“${h.relative}”，报告没有日期，年份待定`].filter(Boolean).join('；');
  }
  // "6月15日，…被命名为…": an honor in a paragraph that opens with a month and no year took place
  // in the report's own year, when that month is not after the report's (a 简报's dated items).
  if (date?.month !== undefined)
    for (const h of doc.honors) {
      if (h.year !== 'undated' || h.relative || h.note?.includes('隐去')) continue;
      const block = doc.blocks.find((b) => b.role === 'paragraph' && b.piece.spans.some((sp) => sp.line === h.line));
      const month = block ? /^([1-9]|1[0-2])月(?:[1-9]|[12]\d|3[01])?[日号]?(?:[上中下]旬|初|底|中)?[，,]/.exec(block.piece.text) : null;
      if (month?.[1] && Number(month[1]) <= date.month) {
        h.year = date.year;
        h.note = [h.note, `原文只写“${month[0].slice(0, -1)}”，按报告日期记为${date.year}年`].filter(Boolean).join('；');
      }
    }
  doc.warnings.push(...resolved.warnings);
  if (!date) {
    const latest = latestYear(doc.plainText);
    const w: Warning = {
      kind: 'undated',
      line: 0,
      text: '',
      hint: `没有找到报告日期（落款如“2006年11月”）${latest ? `；正文提到的最晚年份是${latest}年，报告应不早于此` : ''}：请在 frontmatter 的 date 中填写`,
    };
    doc.warnings.push(w);
  }
}

function sharesRun(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= b.length; i += 1) if (a.includes(b.slice(i, i + n))) return true;
  return false;
}
