// Every `quote:` in unit.yaml must still be in one of the unit's reports: a fact's 「见原文」
// link leads to that sentence, and a report edited after the facts were taken (drift) would
// otherwise leave the fact without its source. The message shows the nearest text there is.
import { nearestMatch } from '../../domain/nearest-match';
import { locateQuote, type ReportSentence } from '../../domain/report-text';
import { sentencesOf } from '../report-texts';
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { fieldName } from './schema';

/** The lists of facts that may carry a quote, as paths into unit.yaml. */
const FACT_LISTS: readonly (readonly string[])[] = [['titles'], ['honors'], ['events'], ['investments'], ['figures', 'staff'], ['figures', 'other']];

/** Below this similarity the nearest sentence is not worth showing as "the same sentence, edited". */
const SHOW_NEAREST_FROM = 0.3;

export function checkQuotes({ units }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const unit of units) {
    const yaml = unit.source.unit;
    if (!unit.data || !yaml) continue;
    const texts = unit.reports.map((report) => sentencesOf(report.source));
    const sentences = unit.reports.flatMap((report, index) => (texts[index]?.sentences ?? []).map((sentence) => ({ sentence, file: report.source.file })));
    for (const list of FACT_LISTS) {
      const items = list.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], unit.data);
      if (!Array.isArray(items)) continue;
      items.forEach((item: { quote?: unknown }, index) => {
        if (typeof item?.quote !== 'string' || locateQuote(item.quote, texts)) return;
        const path = [...list, index, 'quote'];
        const line = yaml.lineOf(path);
        const nearest = nearestMatch(item.quote, sentences, (s: { sentence: ReportSentence }) => s.sentence.text);
        findings.push({
          severity: 'error',
          check: 'quote',
          file: yaml.file,
          ...(line === undefined ? {} : { line }),
          field: fieldName(path),
          message: `${fieldName(path)}: 报告中找不到这句原文：“${item.quote}”`,
          hint:
            sentences.length === 0
              ? '该单位还没有报告：先加入报告，或删去 quote。'
              : nearest && nearest.score >= SHOW_NEAREST_FROM
                ? `报告中最接近的是 ${nearest.candidate.file} 第${nearest.candidate.sentence.line}行：“${nearest.candidate.sentence.text}”。请把 quote 改成报告中的原话（照抄），或核对报告是否被改动。`
                : '报告中没有相近的句子：请从报告中照抄这一事实所在的句子，或删去 quote。',
          text: item.quote,
        });
      });
    }
  }
  return findings;
}
