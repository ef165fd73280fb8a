// Where a fact comes from, as a link: the sentence its `quote` names (/units/<slug>/#s-…),
// else the report section it names, else nothing (pages then say so rather than loop back).
import { sectionPath } from './paths';

export type Sourced<T> = T & {
  /** Site path of the sentence (or section) the fact comes from; null when unknown. */
  source: string | null;
};

/** `sentenceIds`: quote → sentence id, as the content loader located them (src/domain/quote-sentences.ts). */
export function factSource(
  slug: string,
  sentenceIds: Readonly<Record<string, string>>,
  fact: { quote?: string | undefined; section?: string | undefined },
): string | null {
  const id = fact.quote ? sentenceIds[fact.quote] : undefined;
  if (id) return sectionPath(slug, id);
  return fact.section ? sectionPath(slug, fact.section) : null;
}
