// `section:` references in unit.yaml must name a heading of one of the unit's reports, and
// two reports of one unit (one page) must not give two sections the same anchor.
import type { CheckContext } from '../context';
import { fieldName } from './schema';
import type { Finding } from '../types';

const LISTS = ['titles', 'honors', 'events', 'investments', 'photos'] as const;

export function checkSections({ units }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const unit of units) {
    const anchors = new Map<string, string>();
    // Sections of a draft report are not on the page: a reference to one leads nowhere.
    const draftOnly = new Set<string>();
    for (const report of unit.reports) {
      if (report.data?.draft === true && !unit.draft) {
        for (const heading of report.outline.headings) draftOnly.add(heading.id);
        continue;
      }
      for (const heading of report.outline.headings) {
        const other = anchors.get(heading.id);
        if (other && other !== report.source.file) {
          findings.push({
            severity: 'error',
            check: 'section',
            file: report.source.file,
            line: heading.line,
            message: `标题 "${heading.text}" 的锚点 "${heading.id}" 与 ${other} 中的一节重复`,
            hint: `同一单位的报告在同一页面上显示：在标题末尾写 {#另一个锚点} 加以区分，如 {#${heading.id}-2}。`,
          });
        }
        anchors.set(heading.id, report.source.file);
      }
    }
    const yaml = unit.source.unit;
    // A report that could not be read has unknown headings; its own finding says why.
    if (!unit.data || !yaml || unit.reports.some((report) => report.source.problem && !report.data)) continue;
    const known = [...anchors.keys()];
    for (const list of LISTS) {
      const items = (unit.data[list] ?? []) as { section?: string }[];
      items.forEach((item, index) => {
        if (item.section === undefined || anchors.has(item.section)) return;
        const path = [list, index, 'section'];
        const line = yaml.lineOf(path);
        findings.push({
          severity: 'error',
          check: 'section',
          file: yaml.file,
          ...(line === undefined ? {} : { line }),
          field: fieldName(path),
          message: `${fieldName(path)}: 找不到锚点 "${item.section}"${draftOnly.has(item.section) ? '（它在草稿报告中，不会发布）' : ''}`,
          hint:
            known.length > 0
              ? `可用的锚点有：${known.slice(0, 12).join('、')}${known.length > 12 ? ' …' : ''}`
              : '该单位还没有报告：先加入报告，或删去 section。',
        });
      });
    }
  }
  return findings;
}
