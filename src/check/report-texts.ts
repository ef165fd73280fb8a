// A report's sentences, read once per run: the quote check and the content loader (which
// records where each quote stands) both need them, and parsing every report twice cost the
// cold build seconds.
import { reportText, type ReportText } from '../domain/report-text';
import type { LoadedReport } from './load-content';

const texts = new WeakMap<LoadedReport, ReportText>();

export function sentencesOf(report: LoadedReport): ReportText {
  let text = texts.get(report);
  if (!text) {
    text = reportText(report.body, report.bodyLine);
    texts.set(report, text);
  }
  return text;
}
