// The published text of a unit, piece by piece with its file and line, for the text checks.
import type { CheckedUnit } from '../context';

export interface TextPiece {
  file: string;
  line: number;
  field?: string;
  text: string;
}

export function publishedText(unit: CheckedUnit): TextPiece[] {
  const pieces: TextPiece[] = [];
  const yaml = unit.source.unit;
  if (yaml?.data) collectStrings(yaml.data, [], (path, text) => {
    // Ids and file names are not published text.
    if (path[0] === 'acknowledgements' || path[0] === 'slug' || path.at(-1) === 'file' || path.at(-1) === 'section') return;
    const line = yaml.lineOf(path);
    pieces.push({ file: yaml.file, line: line ?? 1, field: path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1), text });
  });
  for (const report of unit.reports) {
    const front = report.source.frontmatter;
    if (front?.data) collectStrings(front.data, [], (path, text) => pieces.push({ file: front.file, line: front.lineOf(path) ?? 1, text }));
    report.source.body.split('\n').forEach((text, i) => pieces.push({ file: report.source.file, line: report.source.bodyLine + i, text }));
  }
  return pieces;
}

function collectStrings(value: unknown, path: (string | number)[], visit: (path: (string | number)[], text: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => collectStrings(item, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) collectStrings(item, [...path, key], visit);
}
