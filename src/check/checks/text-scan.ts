// The published text of a unit, piece by piece with its file and line, for the text checks.
import type { CheckedUnit } from '../context';
import { acknowledgementLine, occurrenceDigest, sentenceAround } from '../acknowledge';
import type { LoadedYaml } from '../load-content';
import type { Finding } from '../types';

export interface TextPiece {
  file: string;
  line: number;
  field?: string;
  text: string;
}

export function publishedText(unit: CheckedUnit): TextPiece[] {
  const pieces: TextPiece[] = [];
  const yaml = unit.source.unit;
  if (yaml?.data) collectStrings(yaml, [], (path, text) => {
    // Ids and file names are not published text.
    if (path[0] === 'acknowledgements' || path[0] === 'slug' || path.at(-1) === 'file' || path.at(-1) === 'section') return;
    const line = yaml.lineOf(path);
    pieces.push({ file: yaml.file, line: line ?? 1, field: path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1), text });
  });
  for (const report of unit.reports) {
    const front = report.source.frontmatter;
    if (front?.data) collectStrings(front, [], (path, text) => pieces.push({ file: front.file, line: front.lineOf(path) ?? 1, text }));
    report.source.body.split('\n').forEach((text, i) => pieces.push({ file: report.source.file, line: report.source.bodyLine + i, text }));
  }
  return pieces;
}

/**
 * Every string and number of a YAML file with its path. A number is read as it was typed
 * (`phone: 13800138000`, an ID number too long for a JavaScript number), not as parsed.
 */
function collectStrings(yaml: LoadedYaml, path: (string | number)[], visit: (path: (string | number)[], text: string) => void, value: unknown = yaml.data): void {
  if (typeof value === 'string') visit(path, value);
  else if (typeof value === 'number' || typeof value === 'bigint') {
    const node = yaml.doc.getIn(path, true) as { source?: unknown } | undefined;
    visit(path, typeof node?.source === 'string' ? node.source : String(value));
  } else if (Array.isArray(value)) value.forEach((item, i) => collectStrings(yaml, [...path, i], visit, item));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) collectStrings(yaml, [...path, key], visit, item);
}

export interface TextMatch {
  text: string;
  index: number;
}

/**
 * One error per match of `find` in the published text of every unit, at the match's file,
 * line and field; `describe` words it, given a short excerpt around the match.
 */
export function textFindings<M extends TextMatch>(
  units: readonly CheckedUnit[],
  check: string,
  find: (text: string) => M[],
  describe: (match: M, excerpt: string) => { message: string; hint: string },
): Finding[] {
  return units.flatMap((unit) =>
    publishedText(unit).flatMap((piece) =>
      find(piece.text).map((match) => {
        const sentence = sentenceAround(piece.text, match.index, match.text.length);
        const digest = occurrenceDigest(unit.source.folder, piece.file, check, match.text, sentence);
        const finding = {
          severity: 'error' as const,
          check,
          file: piece.file,
          line: piece.line,
          ...(piece.field ? { field: piece.field } : {}),
          text: match.text,
          sentence,
          digest,
          ...describe(match, excerpt(piece.text, match.index, match.text.length)),
        };
        // The reviewed exception, ready to paste: it pins this occurrence (acknowledge.ts).
        return { ...finding, hint: `${finding.hint}\n        登记格式：${acknowledgementLine(finding)}` };
      }),
    ),
  );
}

/** A few characters either side of a match, so a person recognises the passage. */
function excerpt(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 8), index + length + 8).trim();
}
