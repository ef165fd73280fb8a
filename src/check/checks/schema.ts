// The content model's own rules (src/schemas), with each problem at its file, line and field.
import { z } from 'astro/zod';
import { reportSchema } from '../../schemas/report';
import { unitSchema } from '../../schemas/unit';
import type { LoadedYaml } from '../load-content';
import type { Finding } from '../types';

export function parseUnit(yaml: LoadedYaml): { data: Record<string, unknown> | null; findings: Finding[] } {
  return parseWith(unitSchema, yaml, 'unit.yaml');
}

export function parseReportFrontmatter(yaml: LoadedYaml) {
  return parseWith(reportSchema, yaml, '报告开头的 front matter');
}

function parseWith<S extends z.ZodType>(schema: S, yaml: LoadedYaml, what: string): { data: z.output<S> | null; findings: Finding[] } {
  if (yaml.problem) {
    // The file could not be read as it is (encoding, size, nesting, aliases): one finding says why.
    const { message, hint, line } = yaml.problem;
    return {
      data: null,
      findings: [{ severity: 'error', check: 'file', file: yaml.file, ...(line === undefined ? {} : { line }), message: `无法读取：${message}`, hint }],
    };
  }
  if (yaml.doc.errors.length > 0) {
    return {
      data: null,
      findings: yaml.doc.errors.map((error) => ({
        severity: 'error' as const,
        check: 'schema',
        file: yaml.file,
        ...(error.linePos?.[0] ? { line: error.linePos[0].line + (yaml.lineOf([]) ?? 1) - 1 } : {}),
        message: `${what} 不是有效的 YAML：${error.message.split('\n')[0]}`,
        hint: '检查缩进（用空格，不用 Tab）、冒号后的空格和引号是否成对。',
      })),
    };
  }
  const result = schema.safeParse(yaml.data ?? {});
  if (result.success) return { data: result.data, findings: [] };
  return {
    data: null,
    findings: result.error.issues.map((issue) => {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const line = yaml.lineOf(path);
      return {
        severity: 'error' as const,
        check: 'schema',
        file: yaml.file,
        ...(line === undefined ? {} : { line }),
        field: fieldName(path),
        message: `${fieldName(path) || '(整个文件)'}: ${issue.message}`,
      };
    }),
  };
}

/** ['honors', 2, 'section'] → honors[2].section */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}
