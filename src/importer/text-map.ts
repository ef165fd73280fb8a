// Pieces of text that remember where each character came from.
import type { Piece, Span } from './types';

export function pieceOf(text: string, line: number, col = 0): Piece {
  return { text, spans: [{ at: 0, line, col }] };
}

/** Source position of the character at `offset` (the end maps to just after the last one). */
export function locate(piece: Piece, offset: number): { line: number; col: number } {
  let span: Span = piece.spans[0] ?? { at: 0, line: 0, col: 0 };
  for (const s of piece.spans) {
    if (s.at > offset) break;
    span = s;
  }
  return { line: span.line, col: span.col + (offset - span.at) };
}

/** First source line of the piece (or of its character at `offset`). */
export function lineOf(piece: Piece, offset = 0): number {
  return locate(piece, Math.min(offset, Math.max(0, piece.text.length - 1))).line;
}

export function slicePiece(piece: Piece, start: number, end = piece.text.length): Piece {
  const s = Math.max(0, Math.min(start, piece.text.length));
  const e = Math.max(s, Math.min(end, piece.text.length));
  const spans: Span[] = [];
  const first = locate(piece, s);
  spans.push({ at: 0, line: first.line, col: first.col });
  for (const span of piece.spans) {
    if (span.at > s && span.at < e) spans.push({ at: span.at - s, line: span.line, col: span.col });
  }
  return { text: piece.text.slice(s, e), spans };
}

export function concatPieces(...pieces: Piece[]): Piece {
  const parts = pieces.filter((p) => p.text !== '');
  if (parts.length === 0) return { text: '', spans: pieces[0]?.spans.slice(0, 1) ?? [{ at: 0, line: 0, col: 0 }] };
  let text = '';
  const spans: Span[] = [];
  for (const p of parts) {
    for (const span of p.spans) spans.push({ at: span.at + text.length, line: span.line, col: span.col });
    text += p.text;
  }
  return { text, spans: mergeSpans(spans) };
}

/** Drops spans that merely continue the previous one. */
function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out.at(-1);
    if (prev && prev.line === span.line && prev.line !== 0 && prev.col + (span.at - prev.at) === span.col) continue;
    if (prev && prev.at === span.at) out.pop();
    out.push(span);
  }
  return out;
}

/** The source characters of a piece, as (line, col, text) runs; inserted text (line 0) is left out. */
export function sourceRuns(piece: Piece): Array<{ line: number; col: number; text: string }> {
  const runs: Array<{ line: number; col: number; text: string }> = [];
  piece.spans.forEach((span, i) => {
    const end = piece.spans[i + 1]?.at ?? piece.text.length;
    if (span.line === 0 || end <= span.at) return;
    runs.push({ line: span.line, col: span.col, text: piece.text.slice(span.at, end) });
  });
  return runs;
}
