// The passage of a text most like a given phrase, for messages such as "the quote is no longer
// in the report; the nearest sentence now reads …". Similarity is the Dice coefficient of
// character bigrams, which suits Chinese (no spaces between words) and tolerates edits.
import { normalizeText } from './sentences';

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  if (chars.length === 1) counts.set(text, 1);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** 0 (nothing shared) to 1 (the same text once normalised). */
export function similarity(a: string, b: string): number {
  const x = normalizeText(a);
  const y = normalizeText(b);
  if (x === y) return x === '' ? 0 : 1;
  const ax = bigrams(x);
  const by = bigrams(y);
  let shared = 0;
  let total = 0;
  for (const count of ax.values()) total += count;
  for (const count of by.values()) total += count;
  for (const [pair, count] of ax) shared += Math.min(count, by.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Share of the phrase's bigrams found in the text (1 when every pair of adjacent characters
 * of the phrase occurs in it): does a passage contain a fact's words, in any order?
 */
export function coverage(phrase: string, text: string): number {
  const wanted = bigrams(normalizeText(phrase));
  const have = bigrams(normalizeText(text));
  let found = 0;
  let total = 0;
  for (const [pair, count] of wanted) {
    total += count;
    found += Math.min(count, have.get(pair) ?? 0);
  }
  return total === 0 ? 0 : found / total;
}

export interface NearestMatch<T> {
  candidate: T;
  score: number;
}

/**
 * The candidate passage most like the phrase. A phrase is often a part of a sentence, so each
 * candidate is scored on its window of the phrase's length that is most alike, as well as whole.
 * Null when there are no candidates.
 */
export function nearestMatch<T>(phrase: string, candidates: readonly T[], textOf: (candidate: T) => string): NearestMatch<T> | null {
  let best: NearestMatch<T> | null = null;
  const length = [...normalizeText(phrase)].length;
  for (const candidate of candidates) {
    const text = [...normalizeText(textOf(candidate))];
    let score = similarity(phrase, text.join(''));
    if (text.length > length && length > 0) {
      const step = Math.max(1, Math.floor(length / 4));
      for (let at = 0; at + length <= text.length + step; at += step) {
        score = Math.max(score, similarity(phrase, text.slice(at, at + length).join('')));
      }
    }
    if (!best || score > best.score) best = { candidate, score };
  }
  return best;
}
