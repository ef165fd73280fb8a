// The check's report for people: grouped by file, each problem with its line and what to do.
import type { CheckResult } from './run-check';

const LABEL = { error: '错误', warning: '警告' } as const;

export function formatCheckResult(result: CheckResult): string {
  const lines: string[] = [];
  let file = '';
  for (const finding of result.findings) {
    if (finding.file !== file) {
      file = finding.file;
      lines.push('', file);
    }
    const where = finding.line === undefined ? '' : `第${finding.line}行 `;
    lines.push(`  ${where}[${LABEL[finding.severity]}·${finding.check}] ${finding.message}`);
    if (finding.hint) lines.push(`      → ${finding.hint}`);
  }
  lines.push(
    '',
    `检查了 ${result.units} 个单位、${result.reports} 份报告：${result.errors} 个错误，${result.warnings} 个警告` +
      (result.acknowledged.length > 0 ? `，${result.acknowledged.length} 处已登记的例外` : '') +
      '。',
  );
  lines.push(result.errors > 0 ? '有错误，网站不会发布。请按提示改正后重新检查。' : '可以发布。');
  return lines.join('\n').replace(/^\n/, '');
}
