// What a scanner reads: the text as a reader sees it, not as it was typed. Full-width digits
// and letters (an IME in 全角 mode), ideographic and no-break spaces, invisible characters
// pasted from web pages, and spaces or dashes splitting a number all hide an ID or phone
// number from a pattern written for ASCII. The view folds them away and remembers where each
// of its characters came from, so findings still point at the original text.

export interface ScanView {
  /** NFKC-normalised text without invisible characters, numbers unsplit. */
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original it came from (plus one entry for the end). */
  origin: number[];
}

/** Zero-width and other invisible format characters: dropped from the view. */
// Lone combining and joining marks are exactly what this class is meant to match.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
/** What splits a number into groups: spaces of every width and dashes of every length. */
const SEPARATOR = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D·・]/;
/** A digit, one to three separators (or invisible characters), a digit: a number the folded view joins. */
const SPLIT_NUMBER = /\d[\s\u00A0\u2000-\u200F\u202F\u205F\u3000\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D·・\u00AD\u2060\uFEFF]{1,3}\d/;
/** At most this many separators in a row are folded between two digits (138 - 0013 - 8000). */
const MAX_FOLD = 3;

export function scanView(original: string, fold = true): ScanView {
  // Pass 1: NFKC per character, invisible characters dropped.
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < original.length;) {
    const code = original.charCodeAt(i);
    // CJK ideographs and printable ASCII are their own NFKC form and never invisible: most of a
    // report's characters take this short way.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x21 && code <= 0x7e)) {
      chars.push(original[i]!);
      from.push(i);
      i += 1;
      continue;
    }
    const codePoint = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(codePoint);
    if (!INVISIBLE.test(ch)) {
      for (const out of ch.normalize('NFKC')) {
        chars.push(out);
        from.push(i);
      }
    }
    i += ch.length;
  }
  // Pass 2: separators between two digits are folded away (13８ ００１３ ８０００ → 13800138000).
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (fold && SEPARATOR.test(ch) && isDigit(lastChar(text))) {
      let end = i;
      while (end < chars.length && end - i < MAX_FOLD && SEPARATOR.test(chars[end] ?? '')) end += 1;
      if (isDigit(chars[end] ?? '') && !(end < chars.length && SEPARATOR.test(chars[end] ?? ''))) {
        i = end - 1;
        continue;
      }
    }
    for (const unit of ch) {
      text += unit;
      origin.push(from[i] ?? original.length);
    }
  }
  origin.push(original.length);
  return { text, origin };
}

const isDigit = (ch: string) => ch >= '0' && ch <= '9' && ch.length === 1;
const lastChar = (text: string) => text.slice(-1);

export interface Located {
  index: number;
  text: string;
}

/**
 * Runs `find` over the views of `original` and moves every match back onto the original: its
 * `index` and `text` are then the original's (full-width, spaced, with its invisible characters).
 * Two views: normalised only, then also with numbers unsplit; a match of the second that
 * overlaps one of the first is dropped (folding would also glue two listed numbers together).
 */
export function findInView<M extends Located>(original: string, find: (text: string) => M[]): M[] {
  let found: M[] = [];
  let previous = '';
  // Most lines need no view at all: nothing NFKC changes, nothing invisible, no split number.
  const plain = original.normalize('NFKC') === original && !INVISIBLE.test(original);
  const splitNumber = SPLIT_NUMBER.test(plain ? original : original.normalize('NFKC'));
  for (const fold of splitNumber ? [false, true] : [false]) {
    const view = plain && !fold ? { text: original, origin: [] } : scanView(original, fold);
    if (view.text === previous) continue;
    previous = view.text;
    const matches = view.text === original ? find(original) : find(view.text).map((match) => onOriginal(match, view, original));
    // Matches of one view do not overlap each other: sorted, each is checked against the
    // earlier views' matches by binary search (thousands of matches stay linear-ish).
    const earlier = [...found].sort((a, b) => a.index - b.index);
    found = [...found, ...matches.filter((match) => !overlapsSorted(earlier, match.index, match.index + match.text.length))];
  }
  return found.sort((a, b) => a.index - b.index);
}

function onOriginal<M extends Located>(match: M, view: ScanView, original: string): M {
  const start = view.origin[match.index] ?? 0;
  const end = match.text.length === 0 ? start : nextOrigin(view, match.index + match.text.length - 1, original);
  return { ...match, index: start, text: original.slice(start, end) };
}

/** End offset in the original of the view character at `unit` (the whole original character). */
function nextOrigin(view: ScanView, unit: number, original: string): number {
  const start = view.origin[unit] ?? original.length;
  const codePoint = original.codePointAt(start) ?? 0;
  return start + String.fromCodePoint(codePoint).length;
}

/** True when [start, end) overlaps one of `sorted`, non-overlapping located matches sorted by index. */
export function overlapsSorted(sorted: readonly Located[], start: number, end: number): boolean {
  let low = 0;
  let high = sorted.length;
  // The first match that ends after `start`.
  while (low < high) {
    const mid = (low + high) >> 1;
    const m = sorted[mid];
    if (m && m.index + m.text.length <= start) low = mid + 1;
    else high = mid;
  }
  const candidate = sorted[low];
  return candidate !== undefined && candidate.index < end;
}
