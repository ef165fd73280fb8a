// Section anchors of a report: the same ids for the site (rehype plugin) and for the checks,
// which must know which `section:` references will resolve.
import { sectionSlug } from './slug';

const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** Splits a trailing `{#custom-id}` off a heading's text. */
export function splitExplicitId(text: string): { text: string; id?: string } {
  const match = EXPLICIT_ID.exec(text);
  return match?.[1] ? { text: text.slice(0, match.index), id: match[1] } : { text };
}

/** Gives each heading of one report its id, in order: explicit, else pinyin; repeats get -2, -3. */
export function createSectionIds(): (headingText: string) => string {
  const used = new Map<string, number>();
  return (headingText) => {
    const { text, id } = splitExplicitId(headingText);
    const base = id ?? sectionSlug(text);
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };
}
