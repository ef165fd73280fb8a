// .docx into numbered lines: one per paragraph, heading, list item or table row, in document
// order, with the layout Word knew (heading level, list, table cells) as hints. Line numbers
// of a .docx are these paragraph numbers (第N段), counted from 1.
import mammoth from 'mammoth';
import type { SourceLine } from './types';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='标题'] => h1.doc-title:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
];

export async function readDocx(bytes: Uint8Array): Promise<SourceLine[]> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  return htmlToLines(result.value);
}

const TOKEN = /<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g;

/** Reads mammoth's (simple, well-formed) HTML. Exported for tests. */
export function htmlToLines(html: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const lists: Array<'ordered' | 'unordered'> = [];
  let text = '';
  let heading: number | undefined;
  let inBlock = false;
  let cells: string[] | null = null;
  let firstRow = false;
  let cell: string | null = null;
  // Cells merged down (rowspan, Word's vMerge): the value goes on in the rows below, each row keeps
  // its columns ("2019 | 全省…先进单位", then " | 江州市“工人先锋号”" under the same year).
  let spans: Array<{ left: number; text: string } | undefined> = [];
  let col = 0;
  let rowspan = 1;
  let colspan = 1;
  const fillSpans = () => {
    for (let s = spans[col]; s && s.left > 0; s = spans[col]) {
      cells?.push(s.text);
      s.left -= 1;
      col += 1;
    }
  };

  const flush = () => {
    const t = text.replace(/\s+/g, (ws) => (ws.includes('\u3000') ? ws : ' ')).trim();
    if (inBlock && t !== '') {
      const list = lists.at(-1);
      const style = heading !== undefined ? { heading } : list ? { list } : undefined;
      lines.push(style ? { line: lines.length + 1, text: t, style } : { line: lines.length + 1, text: t });
    }
    text = '';
    heading = undefined;
    inBlock = false;
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attributes, chars] = match;
    if (chars !== undefined) {
      const decoded = decodeEntities(chars);
      if (cell !== null) cell += decoded;
      else text += decoded;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const open = closing !== '/';
    if (tag === 'table') {
      if (open) {
        firstRow = true;
        spans = [];
      }
      continue;
    }
    if (tag === 'img') continue;
    if (tag === 'tr') {
      if (open) {
        cells = [];
        col = 0;
      } else if (cells) {
        fillSpans();
        if (cells.some((c) => c !== '')) {
          lines.push({ line: lines.length + 1, text: cells.join('\t'), style: firstRow ? { table: cells, tableStart: true } : { table: cells } });
          firstRow = false;
        }
        cells = null;
      }
      continue;
    }
    if (tag === 'td' || tag === 'th') {
      if (open) {
        fillSpans();
        cell = '';
        rowspan = Number(/rowspan="(\d+)"/.exec(attributes ?? '')?.[1] ?? 1);
        colspan = Number(/colspan="(\d+)"/.exec(attributes ?? '')?.[1] ?? 1);
      } else if (cell !== null) {
        const value = cell.replace(/\s+/g, ' ').trim();
        cells?.push(value);
        if (rowspan > 1) spans[col] = { left: rowspan - 1, text: value };
        col += Math.max(1, colspan);
        cell = null;
      }
      continue;
    }
    if (cell !== null) {
      if (open && (tag === 'p' || tag === 'br') && cell !== '') cell += ' ';
      continue;
    }
    if (tag === 'ul' || tag === 'ol') {
      flush();
      if (open) lists.push(tag === 'ol' ? 'ordered' : 'unordered');
      else lists.pop();
      continue;
    }
    if (tag === 'br') {
      text += ' ';
      continue;
    }
    const h = /^h([1-6])$/.exec(tag);
    if (tag === 'p' || tag === 'li' || h) {
      flush();
      if (open) {
        inBlock = true;
        // Word's Title style is level 0: the document's own title, not a section.
        if (h) heading = (attributes ?? '').includes('doc-title') ? 0 : Number(h[1]);
      }
    }
  }
  flush();
  return lines;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[k] ?? '';
  });
}
