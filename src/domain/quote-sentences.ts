// Where each quoted fact of a unit stands in its reports, worked out once when the content is
// loaded: the quote's sentence id. Pages link a fact to its sentence from this small map, so the
// reports' sentences need not be kept for the build (they were its largest stored part).
import { locateQuote, type ReportText } from './report-text';

/** Every `quote` in a unit's data (honors, titles, events, money, figures …), in order, once. */
export function quotesIn(data: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'quote' && typeof item === 'string') found.add(item);
        else walk(item);
      }
    }
  };
  walk(data);
  return [...found];
}

/** Quote → id of the sentence it begins in, for the quotes found in the reports (in page order). */
export function quoteSentenceIds(quotes: Iterable<string>, reports: readonly ReportText[]): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const quote of quotes) {
    const match = locateQuote(quote, reports);
    if (match) ids[quote] = match.sentence.id;
  }
  return ids;
}
