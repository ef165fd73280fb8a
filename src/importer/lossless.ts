// Rebuilds the source lines from what the importer kept and what it removed: the check behind
// the guarantee stated in clean.ts (used by tests and available to a future `showcase check`).
import type { AnalyzedDocument } from './analyze';
import { sourceRuns } from './text-map';
import type { Piece } from './types';

export function reconstructLines(docs: readonly AnalyzedDocument[]): Map<number, string> {
  const parts = new Map<number, Array<{ col: number; text: string }>>();
  const add = (line: number, col: number, text: string) => parts.set(line, [...(parts.get(line) ?? []), { col, text }]);
  for (const doc of docs) {
    const pieces: Piece[] = [...doc.blocks.map((b) => b.piece), ...[doc.title, doc.subtitle].filter((p): p is Piece => p !== null)];
    for (const piece of pieces) for (const run of sourceRuns(piece)) add(run.line, run.col, run.text);
    for (const r of doc.removals) if (r.op !== 'line-break') add(r.line, r.col, r.text);
  }
  // Undo the in-place replacements (same length, so columns are true).
  const original = new Map<string, string>();
  for (const doc of docs) for (const s of doc.substitutions) original.set(`${s.line}:${s.col}`, s.from);
  const lines = new Map<number, string>();
  for (const [line, list] of parts) {
    const text = list
      .sort((a, b) => a.col - b.col)
      .map((p) => p.text)
      .join('');
    let restored = '';
    for (let col = 0; col < text.length; col += 1) restored += original.get(`${line}:${col}`) ?? text[col];
    lines.set(line, restored);
  }
  return lines;
}
