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
  const lines = new Map<number, string>();
  for (const [line, list] of parts) lines.set(line, list.sort((a, b) => a.col - b.col).map((p) => p.text).join(''));
  return lines;
}
