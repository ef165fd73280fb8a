// A table copied out of a PDF or a web page as plain text: its columns kept apart by runs of
// spaces or tabs ("2019    全省德育工作先进集体     省教育厅"). Such lines are table rows, read
// like a Word table's (extract-tables.ts), never headings or prose. The line's text stays as it
// was (the cells are read from it), so the clean-up remains lossless.
import type { CleanLine } from './clean';

/** Two or more spaces (half- or full-width) or a tab between two cells. */
const CELL_GAP = /[ \u3000\u00a0]{2,}|\t+/;
/** Longest cell: a longer one is prose, not a value in a column. */
const MAX_CELL = 40;

/** One space between cells, as a PDF copy often has it ("2019 42.6万 2.31万 6820 93.5%"). */
const LOOSE_GAP = /[ \u3000\u00a0]|\t+/;
/** Longest cell of a table whose cells are kept apart by a single space. */
const MAX_LOOSE_CELL = 12;

function cellsOf(text: string): string[] | null {
  const cells = text.trim().split(CELL_GAP);
  if (cells.length < 2) return looseCellsOf(text);
  // A cell is a short value: not a sentence.
  if (cells.some((c) => c === '' || c.length > MAX_CELL || /[。；;！!？?]$|[。；;]/.test(c))) return null;
  return cells;
}

/** Three or more short cells a single space apart, with no punctuation of prose in them. */
function looseCellsOf(text: string): string[] | null {
  const cells = text.trim().split(LOOSE_GAP);
  if (cells.length < 3) return null;
  if (cells.some((c) => c === '' || c.length > MAX_LOOSE_CELL || /[，,。；;：:！!？?、“”"（）()]/.test(c))) return null;
  return cells;
}

/** Rows a single space apart must hold figures: a header and at least two rows with digits. */
function looseRunHoldsFigures(run: ReadonlyArray<{ line: CleanLine; cells: string[] }>): boolean {
  const loose = run.some(({ line }) => line.piece.text.trim().split(CELL_GAP).length < 2);
  return !loose || run.filter(({ cells }) => cells.filter((c) => /\d/.test(c)).length >= cells.length - 1).length >= 2;
}

/**
 * Marks runs of at least three consecutive lines (a header and two rows) that split into the
 * same number of cells as table rows. Lines already styled (Word) are left alone.
 */
export function markTextTables(lines: CleanLine[]): void {
  let k = 0;
  while (k < lines.length) {
    const first = lines[k];
    const cells = first && !first.style ? cellsOf(first.piece.text) : null;
    if (!cells) {
      k += 1;
      continue;
    }
    const run: Array<{ line: CleanLine; cells: string[] }> = [{ line: first as CleanLine, cells }];
    for (let j = k + 1; j < lines.length; j += 1) {
      const line = lines[j];
      const next = line && !line.style ? cellsOf(line.piece.text) : null;
      if (!line || !next || next.length !== cells.length) break;
      run.push({ line, cells: next });
    }
    if (run.length >= 3 && looseRunHoldsFigures(run)) {
      run.forEach(({ line, cells: row }, i) => {
        line.style = { table: row, ...(i === 0 ? { tableStart: true } : {}) };
      });
    }
    k += run.length;
  }
}
