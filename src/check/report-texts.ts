// A report's sentences and outline, from one parse per run: the checks and the content loader
// (which records where each quote stands) need them, and parsing every report twice over cost
// the cold build seconds. The parsed tree itself is not kept: at 5 000 units it would not fit.
import { parseReportBody, reportTextOf, type ReportText } from '../domain/report-text';
import type { LoadedReport } from './load-content';
import { outlineOf, type BodyOutline } from './report-outline';

const texts = new WeakMap<LoadedReport, ReportText>();

export function sentencesOf(report: LoadedReport): ReportText {
  let text = texts.get(report);
  if (!text) {
    text = reportTextOf(parseReportBody(report.body), report.bodyLine);
    texts.set(report, text);
  }
  return text;
}

/** The report's outline; its sentences are read from the same parse, for sentencesOf. */
export function outlineOfReport(report: LoadedReport): BodyOutline {
  const tree = parseReportBody(report.body);
  if (!texts.has(report)) texts.set(report, reportTextOf(tree, report.bodyLine));
  return outlineOf(tree, report.bodyLine);
}
