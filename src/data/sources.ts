// Where a fact comes from, as a link: the sentence its `quote` names (/units/<slug>/#s-…),
// else the report section it names, else nothing (pages then say so rather than loop back).
import { locateQuote, type ReportText } from '../domain/report-text';
import { sectionPath } from './paths';

export type Sourced<T> = T & {
  /** Site path of the sentence (or section) the fact comes from; null when unknown. */
  source: string | null;
};

export function factSource(slug: string, reports: readonly ReportText[], fact: { quote?: string | undefined; section?: string | undefined }): string | null {
  if (fact.quote) {
    const match = locateQuote(fact.quote, reports);
    if (match) return sectionPath(slug, match.sentence.id);
  }
  return fact.section ? sectionPath(slug, fact.section) : null;
}
