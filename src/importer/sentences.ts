// Sentences and clauses of a report's blocks, each knowing its block and source line.
import { isThousandsSeparator } from '../domain/quantity';
import { locate } from './text-map';
import type { Block } from './types';

export interface Clause {
  text: string;
  block: Block;
  /** Offset of `text` in the block's text. */
  offset: number;
}

export interface Sentence extends Clause {
  clauses: Clause[];
}

const SENTENCE = /[^。！？!?；;]+[。！？!?；;]?["”’」』）)]*/g;
/** Commas split clauses, but not inside quotes or brackets, nor between the digits of 1,200. */
function splitClauses(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if ('“‘「『《（(【'.includes(ch)) depth += 1;
    else if ('”’」』》）)】'.includes(ch)) depth = Math.max(0, depth - 1);
    else if ((ch === '，' || ch === ',' || ch === '：' || ch === ':') && depth === 0 && !isThousandsSeparator(text, i)) {
      out.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  out.push({ text: text.slice(start), offset: start });
  return out.filter((c) => c.text.trim() !== '');
}

export function sentencesOf(blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    // A dateline (a masthead, contents or footer line) holds no facts of its own.
    if (block.role === 'table' || block.role === 'dateline') continue;
    for (const match of block.piece.text.matchAll(SENTENCE)) {
      const text = match[0];
      const clauses = splitClauses(text).map((c) => ({ text: c.text, offset: match.index + c.offset, block }));
      out.push({ text, block, offset: match.index, clauses });
    }
  }
  return out;
}

/** Source line of a position inside a block. */
export function lineAt(block: Block, offset: number): number {
  return locate(block.piece, Math.max(0, Math.min(offset, block.piece.text.length - 1))).line;
}
