// Dated events ("2009年7月举办了…知识竞赛") and relative years (今年, 去年, 近三年), resolved
// against the report's date and flagged so a person can confirm the resolution.
import { findChineseDates, findRelativeYears } from '../domain/chinese-date';
import { toIsoPartial } from '../domain/partial-date';
import { maskPii } from './lint-pii';
import { lineAt, type Sentence } from './sentences';
import type { EventProposal, Warning } from './types';

const EVENT_VERB =
  /举办|召开|开展|成立|建成|完成|启动|通过|创建|实施|命名|开工|竣工|投入使用|举行|组织|签订|挂牌|揭牌|落成|开通|建立|制定|修订|出台|印发|荣获|获得|被评为|授予|实现|新建|修建|投资|投入/;
const RANGE_AFTER = /^\s*(?:—{1,2}|－|-|–|~|～|至|到)/;
const HONOR = /获|评为|授予|命名为|称号|创建为|荣获/;

export function extractEvents(sentences: readonly Sentence[]): EventProposal[] {
  const out: EventProposal[] = [];
  for (const sentence of sentences) {
    const clauses = sentence.clauses;
    clauses.forEach((clause, k) => {
      const dates = findChineseDates(clause.text);
      const first = dates[0];
      if (!first) return;
      const lead = clause.text.slice(0, first.index).trim();
      if (lead.length > 4 || !/^(?:[于在自从]|截至)?$/.test(lead) || /以来|至今/.test(clause.text)) return;
      if (RANGE_AFTER.test(clause.text.slice(first.index + first.text.length))) return;
      let rest = clause.text.slice(first.index + first.text.length).trim();
      // "2011年7月，举办…": the event is in the next clause.
      if (rest.replace(/^[，,、\s]+/, '') === '' && clauses[k + 1]) rest = clauses[k + 1]?.text.trim() ?? '';
      rest = rest.replace(/^[，,、\s]+/, '').replace(/^(?:我镇|我们|我局|我院|我校|镇党委|镇政府|中心)/, '');
      if (rest.length < 4 || !EVENT_VERB.test(rest) || HONOR.test(rest)) return;
      out.push({
        date: toIsoPartial(first.date),
        text: rest.replace(/[。；;！!]+$/, ''),
        line: lineAt(clause.block, clause.offset + first.index),
        ...(clause.block.section ? { section: clause.block.section } : {}),
        quote: maskPii(sentence.text.trim()),
      });
    });
  }
  return out;
}

/** 今年/去年/近三年: resolved against the report's year, one warning each; events when the clause reports one. */
export function resolveRelativeDates(
  sentences: readonly Sentence[],
  reportYear: number | null,
  reportDateText: string | null,
): { events: EventProposal[]; warnings: Warning[] } {
  const events: EventProposal[] = [];
  const warnings: Warning[] = [];
  for (const sentence of sentences) {
    for (const clause of sentence.clauses) {
      const found = findRelativeYears(clause.text, reportYear ?? 2000);
      for (const r of found) {
        const line = lineAt(clause.block, clause.offset + r.index);
        if (reportYear === null) {
          warnings.push({ kind: 'relative-date', line, text: r.text, hint: `“${r.text}”无法换算成年份：报告没有日期。请在报告中补上日期（如“2006年11月”）` });
          continue;
        }
        const years = r.from === r.to ? `${r.from}年` : `${r.from}—${r.to}年`;
        warnings.push({ kind: 'relative-date', line, text: r.text, hint: `“${r.text}”已按报告日期（${reportDateText ?? reportYear}）换算为${years}，请确认` });
        if (r.from !== r.to) continue;
        // "去年、今年投入…": a span of years, not one event date.
        const after = clause.text.slice(r.index + r.text.length);
        if (/^[、和及与]|^(?:今年|去年|前年)/.test(after) || /[、和及与]$/.test(clause.text.slice(0, r.index))) continue;
        const rest = clause.text
          .slice(r.index + r.text.length)
          .replace(/^[，,、\s]+/, '')
          .replace(/^(?:第[一二三四]季度|年初|年底|年末|上半年|下半年|以来)[，,、\s]*/, '');
        if (rest.length >= 4 && EVENT_VERB.test(rest) && !HONOR.test(rest)) {
          events.push({
            date: String(r.from),
            text: rest.replace(/[。；;！!]+$/, ''),
            line,
            relative: true,
            quote: maskPii(sentence.text.trim()),
            ...(clause.block.section ? { section: clause.block.section } : {}),
          });
        }
      }
    }
  }
  return { events, warnings };
}
