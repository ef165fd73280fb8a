// Links inside reports to other units or sections of the site must lead somewhere that is
// published: a draft unit, or a section of a draft report, has no page to land on.
import type { CheckContext } from '../context';
import type { Finding } from '../types';

const UNIT_LINK = /^\/units\/([^/#?]+)\/?(?:#(.*))?$/;

export function checkLinks({ units }: CheckContext): Finding[] {
  const anchorsBySlug = new Map<string, Set<string>>();
  const draftAnchors = new Map<string, Set<string>>();
  const draftSlugs = new Set<string>();
  for (const unit of units) {
    if (!unit.slug) continue;
    if (unit.draft) draftSlugs.add(unit.slug);
    else anchorsBySlug.set(unit.slug, new Set(unit.reports.filter((r) => !r.draft).flatMap((r) => r.outline.headings.map((h) => h.id))));
    draftAnchors.set(unit.slug, new Set(unit.reports.filter((r) => unit.draft || r.draft).flatMap((r) => r.outline.headings.map((h) => h.id))));
  }
  const pageIds = ['figures', 'titles', 'honors', 'events', 'investments', 'photos', 'reports'];
  const findings: Finding[] = [];
  for (const unit of units) {
    const own = unit.slug ? anchorsBySlug.get(unit.slug) : undefined;
    for (const report of unit.reports) {
      for (const link of report.outline.links) {
        const problem = brokenBecause(link.url, own, anchorsBySlug, pageIds, unit.slug ?? '', draftSlugs, draftAnchors);
        if (!problem) continue;
        findings.push({
          severity: 'error',
          check: 'link',
          file: report.source.file,
          line: link.line,
          message: `链接 "${link.url}" ${problem}`,
          hint: '改正链接，或删去它。',
          text: link.url,
        });
      }
    }
  }
  return findings;
}

function brokenBecause(
  url: string,
  own: Set<string> | undefined,
  anchorsBySlug: Map<string, Set<string>>,
  pageIds: string[],
  ownSlug: string,
  draftSlugs: Set<string>,
  draftAnchors: Map<string, Set<string>>,
): string | null {
  const inDraft = (slug: string, id: string) => (draftAnchors.get(slug)?.has(id) ? `（那一节在草稿报告中，不会发布）` : '');
  if (url.startsWith('#')) {
    const id = safeDecode(url.slice(1));
    return own?.has(id) || pageIds.includes(id) ? null : `指向本页不存在的一节 "${id}"${inDraft(ownSlug, id)}`;
  }
  const match = UNIT_LINK.exec(url);
  if (!match) return null;
  const slug = match[1] ?? '';
  if (draftSlugs.has(slug)) return `指向草稿单位 "${slug}"，它不会发布`;
  const anchors = anchorsBySlug.get(slug);
  if (!anchors) return `指向不存在的单位 "${slug}"`;
  const id = match[2] ? safeDecode(match[2]) : null;
  return id === null || anchors.has(id) || pageIds.includes(id) ? null : `指向单位 "${slug}" 中不存在的一节 "${id}"${inDraft(slug, id)}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
