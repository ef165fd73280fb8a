// Plain text into Markdown that renders back to the same text (no accidental emphasis,
// lists, headings or HTML).

/** Escapes inline Markdown characters. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** Escapes a whole paragraph, including what only matters at a line's start. */
export function escapeParagraph(text: string): string {
  return escapeInline(text)
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
}

export function table(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => escapeInline(cells[i] ?? '')).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}
