// Applies the reviewed exceptions recorded in unit.yaml: a finding whose kind and exact text
// were acknowledged for that unit no longer blocks; an acknowledgement nothing matches is
// reported, so stale exceptions do not pile up.
import type { CheckedUnit } from './context';
import type { Finding } from './types';

export interface Acknowledged {
  findings: Finding[];
  acknowledged: Finding[];
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
    const match = unit?.acknowledgements.find((ack) => ack.kind === finding.check && ack.text === finding.text);
    if (unit && match) {
      used.add(`${unit.source.folder}|${match.kind}|${match.text}`);
      acknowledged.push(finding);
    } else {
      kept.push(finding);
    }
  }
  for (const unit of units) {
    unit.acknowledgements.forEach((ack, index) => {
      if (used.has(`${unit.source.folder}|${ack.kind}|${ack.text}`) || !unit.source.unit) return;
      const line = unit.source.unit.lineOf(['acknowledgements', index]);
      kept.push({
        severity: 'warning',
        check: 'acknowledgement',
        file: unit.source.unit.file,
        ...(line === undefined ? {} : { line }),
        field: `acknowledgements[${index}]`,
        message: `acknowledgements[${index}]: 登记的例外 "${ack.text}"（${ack.kind}）在内容中已找不到`,
        hint: '内容已改正时，删去这条登记。',
      });
    });
  }
  return { findings: kept, acknowledged };
}
