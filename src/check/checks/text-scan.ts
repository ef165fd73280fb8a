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
  if (yaml?.data)
    collectStrings(yaml, [], (path, text) => {
      // Ids and file names are not published text. A quote is not either: it points at a sentence
      // of the report (the quote check holds it to that), and the report is scanned where it is published.
      if (path[0] === 'acknowledgements' || path[0] === 'slug' || ['file', 'section', 'quote'].includes(String(path.at(-1)))) return;
      const line = yaml.lineOf(path);
      pieces.push({
        file: yaml.file,
        line: line ?? 1,
        field: path
          .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
          .join('')
          .slice(1),
        text,
      });
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
function collectStrings(
  yaml: LoadedYaml,
  path: (string | number)[],
  visit: (path: (string | number)[], text: string) => void,
  value: unknown = yaml.data,
): void {
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
  const findings: Finding[] = [];
  for (const unit of units) {
    // Per file, the first MAX_LISTED_PER_FILE matches in full; the rest are counted (a hostile
    // file can hold a hundred thousand, and nobody reads past the first screen).
    const counts = new Map<string, number>();
    for (const piece of publishedText(unit)) {
      for (const match of find(piece.text)) {
        const count = (counts.get(piece.file) ?? 0) + 1;
        counts.set(piece.file, count);
        if (count > MAX_LISTED_PER_FILE) continue;
        const sentence = sentenceAround(piece.text, match.index, match.text.length);
        const finding = {
          severity: 'error' as const,
          check,
          file: piece.file,
          line: piece.line,
          ...(piece.field ? { field: piece.field } : {}),
          text: match.text,
          sentence,
          digest: occurrenceDigest(unit.source.folder, piece.file, check, match.text, sentence),
          ...describe(match, excerpt(piece.text, match.index, match.text.length)),
        };
        // The reviewed exception, ready to paste: it pins this occurrence (acknowledge.ts).
        findings.push({ ...finding, hint: `${finding.hint}\n        登记格式：${acknowledgementLine(finding)}` });
      }
    }
    for (const [file, count] of counts) {
      if (count <= MAX_LISTED_PER_FILE) continue;
      findings.push({
        severity: 'error',
        check,
        file,
        message: `另有 ${count - MAX_LISTED_PER_FILE} 处同类问题未逐一列出（共 ${count} 处）`,
        hint: '先改正上面列出的几处，再重新检查；这么多处时，多半是整段内容有误。',
      });
    }
  }
  return findings;
}

/** Findings of one check listed per file: beyond this many, one more finding counts the rest. */
export const MAX_LISTED_PER_FILE = 100;

/** A few characters either side of a match, so a person recognises the passage. */
function excerpt(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 8), index + length + 8).trim();
}
