// Personal data in a report (see src/domain/pii.ts): each finding with its masked form.
import { findPii } from '../domain/pii';
import { locate } from './text-map';
import type { Piece, Warning } from './types';

export function lintPii(pieces: readonly Piece[]): Warning[] {
  const out: Warning[] = [];
  for (const piece of pieces) {
    for (const f of findPii(piece.text)) {
      out.push({ kind: 'pii', line: locate(piece, f.index).line, text: f.text, hint: `${f.hint}；导入时已改写为“${f.masked}”` });
    }
  }
  return out;
}

/** The text with personal data replaced by its masked form (used when writing entries). */
export function maskPii(text: string): string {
  let out = '';
  let last = 0;
  for (const f of findPii(text)) {
    out += text.slice(last, f.index) + f.masked;
    last = f.index + f.text.length;
  }
  return out + text.slice(last);
}
