// The URL name of an imported unit: the pinyin of its short name, as the site derives it
// (src/schemas/unit.ts); written out explicitly so it stays frozen after publication.
import { slugify } from '../domain/slug';
import type { AnalyzedDocument } from './analyze';

export function unitSlug(doc: Pick<AnalyzedDocument, 'unit' | 'index'>): string {
  const slug = doc.unit ? slugify(doc.unit.shortName, { maxSyllables: 12 }) : '';
  return slug || `dan-wei-${doc.index + 1}`;
}
