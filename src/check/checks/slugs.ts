// Two units with one slug would publish to one URL: the second would silently replace the first.
import type { CheckContext } from '../context';
import type { Finding } from '../types';

export function checkSlugs({ units }: CheckContext): Finding[] {
  const seen = new Map<string, string>();
  const findings: Finding[] = [];
  for (const unit of units) {
    if (!unit.slug || !unit.source.unit) continue;
    const file = unit.source.unit.file;
    const other = seen.get(unit.slug);
    if (other) {
      const line = unit.source.unit.lineOf(['slug']);
      findings.push({
        severity: 'error',
        check: 'slug',
        file,
        ...(line === undefined ? {} : { line }),
        field: 'slug',
        message: `slug: 网址名 "${unit.slug}" 已被 ${other} 使用`,
        hint: '两个单位不能用同一个网址名：在其中一个的 unit.yaml 写出不同的 slug。已发布的网址名不要改动。',
      });
    } else {
      seen.set(unit.slug, file);
    }
  }
  return findings;
}
