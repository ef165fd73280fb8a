// Sentences of a report, with stable ids. The same functions run in the rehype plugin (which
// marks each sentence in the rendered report) and in the data pages (which turn a fact's
// `quote` into a link to its sentence), so both agree on every id.
import { isThousandsSeparator } from './quantity';

/** A sentence of a paragraph: [start, end) offsets into the paragraph's text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Longest sentence kept whole; longer ones are cut at ；, then at ，. */
export const MAX_SENTENCE_CHARS = 300;

// A sentence ends at 。！？ (and ?!, ……), with any closing quotes or brackets after it.
const SENTENCE_END = /(?:[。！？!?]+|……)[”’」』）)】]*/g;

/**
 * Cuts a paragraph into sentences that cover it completely (whitespace stays with the
 * sentence before it; leading whitespace with the first). Whitespace-only text has none.
 */
export function splitSentences(text: string, max = MAX_SENTENCE_CHARS): SentenceSpan[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(SENTENCE_END)) cuts.push(match.index + match[0].length);
  const pieces = cutAt(0, text.length, cuts).flatMap(([start, end]) => shorten(text, start, end, max));
  // Trailing whitespace or a piece without any visible character joins the piece before it.
  const merged: [number, number][] = [];
  for (const [start, end] of pieces) {
    const last = merged.at(-1);
    if (last && !/\S/.test(text.slice(start, end))) last[1] = end;
    else merged.push([start, end]);
  }
  const first = merged[0];
  if (first && !/\S/.test(text.slice(first[0], first[1]))) merged.shift();
  const head = merged[0];
  if (head) head[0] = 0;
  return merged.map(([start, end]) => ({ text: text.slice(start, end), start, end }));
}

function cutAt(start: number, end: number, cuts: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  let from = start;
  for (const cut of cuts) {
    if (cut <= from || cut >= end) continue;
    spans.push([from, cut]);
    from = cut;
  }
  if (from < end) spans.push([from, end]);
  return spans;
}

/** A piece longer than `max` is cut after ；, then after ，, packing as much as fits in each. */
function shorten(text: string, start: number, end: number, max: number, marks: readonly string[] = ['；', '，']): [number, number][] {
  const [mark, ...rest] = marks;
  if (visibleLength(text.slice(start, end)) <= max || mark === undefined) return [[start, end]];
  const cuts = [...text.slice(start, end).matchAll(new RegExp(mark, 'g'))]
    .filter((m) => !isThousandsSeparator(text, start + m.index))
    .map((m) => start + m.index + 1);
  const segments = cutAt(start, end, cuts).flatMap(([a, b]) => shorten(text, a, b, max, rest));
  const packed: [number, number][] = [];
  for (const [a, b] of segments) {
    const last = packed.at(-1);
    if (last && visibleLength(text.slice(last[0], b)) <= max) last[1] = b;
    else packed.push([a, b]);
  }
  return packed;
}

const visibleLength = (text: string) => normalizeText(text).length;

/**
 * The form in which texts are compared: Unicode NFKC (full- and half-width punctuation
 * alike), without whitespace or zero-width characters. A quote matches whatever its
 * line breaks and spacing.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

/** 32-bit FNV-1a of a string, as 8 hex digits: short, stable, dependency-free. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The id of a sentence: "s-" and a hash of its normalised text. Unchanged while the sentence is. */
export function sentenceId(sentence: string): string {
  return `s-${fnv1a(normalizeText(sentence))}`;
}

/**
 * Ids for the sentences of one report, in order: a sentence that occurs again (下午好！)
 * gets -2, -3 after its id, so every id on the page is unique.
 */
export function createSentenceIds(): (sentence: string) => string {
  const used = new Map<string, number>();
  return (sentence) => {
    const base = sentenceId(sentence);
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };
}
