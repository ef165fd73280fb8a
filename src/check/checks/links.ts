// Links inside reports to other units or sections of the site must lead somewhere.
import type { CheckContext } from '../context';
import type { Finding } from '../types';

const UNIT_LINK = /^\/units\/([^/#?]+)\/?(?:#(.*))?$/;

export function checkLinks({ units }: CheckContext): Finding[] {
  const anchorsBySlug = new Map<string, Set<string>>();
  for (const unit of units) {
    if (unit.slug) anchorsBySlug.set(unit.slug, new Set(unit.reports.flatMap((r) => r.outline.headings.map((h) => h.id))));
  }
  const pageIds = ['figures', 'titles', 'honors', 'events', 'investments', 'photos', 'reports'];
  const findings: Finding[] = [];
  for (const unit of units) {
    const own = unit.slug ? anchorsBySlug.get(unit.slug) : undefined;
    for (const report of unit.reports) {
      for (const link of report.outline.links) {
        const problem = brokenBecause(link.url, own, anchorsBySlug, pageIds);
        if (!problem) continue;
        findings.push({ severity: 'error', check: 'link', file: report.source.file, line: link.line, message: `链接 "${link.url}" ${problem}`, hint: '改正链接，或删去它。', text: link.url });
      }
    }
  }
  return findings;
}

function brokenBecause(url: string, own: Set<string> | undefined, anchorsBySlug: Map<string, Set<string>>, pageIds: string[]): string | null {
  if (url.startsWith('#')) {
    const id = decodeURIComponent(url.slice(1));
    return own?.has(id) || pageIds.includes(id) ? null : `指向本页不存在的一节 "${id}"`;
  }
  const match = UNIT_LINK.exec(url);
  if (!match) return null;
  const anchors = anchorsBySlug.get(match[1] ?? '');
  if (!anchors) return `指向不存在的单位 "${match[1]}"`;
  const id = match[2] ? decodeURIComponent(match[2]) : null;
  return id === null || anchors.has(id) || pageIds.includes(id) ? null : `指向单位 "${match[1]}" 中不存在的一节 "${id}"`;
}
