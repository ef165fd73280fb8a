// Applies the reviewed exceptions recorded in unit.yaml. An acknowledgement pins one
// occurrence: its kind and text, and a digest of where it stands (the unit's folder, the file,
// the sentence). It covers that occurrence only: the same XX added later in another sentence,
// or the same sentence in a unit copied from this folder, is a new finding that needs its own
// review. An acknowledgement nothing matches is reported, so stale exceptions do not pile up.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { CheckedUnit } from './context';
import type { Finding } from './types';

export interface Acknowledged {
  findings: Finding[];
  acknowledged: Finding[];
}

/** What an acknowledgement's `digest` is computed from. */
export function occurrenceDigest(folder: string, file: string, kind: string, text: string, sentence: string): string {
  return createHash('sha256')
    .update([folder, basename(file), kind, text, sentence].join('\n'))
    .digest('hex')
    .slice(0, 12);
}

const SENTENCE_END = /[。！？!?；;]/;

/** The sentence around `text[index]` in a line or field: what a reviewer recognises. */
export function sentenceAround(text: string, index: number, length: number): string {
  // At most 100 characters either way: a sentence is shorter, and a text without any
  // sentence end must not make every match scan the whole line.
  const floor = Math.max(0, index - 100);
  const ceiling = Math.min(text.length, index + length + 100);
  let start = index;
  while (start > floor && !SENTENCE_END.test(text[start - 1] ?? '')) start -= 1;
  let end = index + length;
  while (end < ceiling && !SENTENCE_END.test(text[end] ?? '')) end += 1;
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}

/** The line to paste into unit.yaml to acknowledge `finding` (YAML flow mapping; strings JSON-quoted). */
export function acknowledgementLine(finding: Finding): string {
  return `- { kind: ${finding.check}, text: ${JSON.stringify(finding.text)}, sentence: ${JSON.stringify(finding.sentence ?? '')}, digest: "${finding.digest}", reason: 写明理由 }`;
}

export function applyAcknowledgements(units: readonly CheckedUnit[], findings: readonly Finding[]): Acknowledged {
  const byFile = new Map<string, CheckedUnit>();
  for (const unit of units) {
    if (unit.source.unit) byFile.set(unit.source.unit.file, unit);
    for (const report of unit.reports) byFile.set(report.source.file, unit);
  }
  const used = new Set<string>();
  const kept: Finding[] = [];
  const acknowledged: Finding[] = [];
  for (const finding of findings) {
    const unit = byFile.get(finding.file);
    const match =
      finding.digest === undefined
        ? undefined
        : unit?.acknowledgements.find((ack) => ack.kind === finding.check && ack.text === finding.text && ack.digest === finding.digest);
    if (unit && match) {
      used.add(`${unit.source.folder}|${match.digest}`);
      acknowledged.push(finding);
    } else {
      kept.push(finding);
    }
  }
  for (const unit of units) {
    unit.acknowledgements.forEach((ack, index) => {
      if (used.has(`${unit.source.folder}|${ack.digest}`) || !unit.source.unit) return;
      const line = unit.source.unit.lineOf(['acknowledgements', index]);
      kept.push({
        severity: 'warning',
        check: 'acknowledgement',
        file: unit.source.unit.file,
        ...(line === undefined ? {} : { line }),
        field: `acknowledgements[${index}]`,
        message: `acknowledgements[${index}]: 登记的例外 "${ack.text}"（${ack.kind}，digest ${ack.digest}）在本单位的内容中已找不到：内容已改动，或这个单位是从别的单位复制来的`,
        hint: '内容已改正时，删去这条登记；句子改动过或单位是复制来的，要重新审核：按本次检查对那一处给出的“登记格式”重新登记。',
      });
    });
  }
  return { findings: kept, acknowledged };
}
