// A check that throws must not end the whole run with 「出现了意外错误」 and no file named:
// the check is run again unit by unit, and each unit it fails on gets one finding at its
// unit.yaml saying which check could not read it.
import type { CheckContext } from './context';
import type { Finding } from './types';

export type Check = (context: CheckContext) => Finding[] | Promise<Finding[]>;

export async function runGuarded(name: string, check: Check, context: CheckContext): Promise<Finding[]> {
  try {
    return await check(context);
  } catch {
    const findings: Finding[] = [];
    for (const unit of context.units) {
      try {
        for (const finding of await check({ ...context, units: [unit] })) findings.push(finding);
      } catch (error) {
        findings.push({
          severity: 'error',
          check: name,
          file: unit.source.unit?.file ?? unit.source.dir,
          message: `检查（${name}）无法处理这个单位的内容：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          hint: '这个单位的某个文件格式异常：对照其他单位检查它的 unit.yaml 和报告；仍无法解决时把这条信息发给技术人员。',
        });
      }
    }
    return findings;
  }
}
