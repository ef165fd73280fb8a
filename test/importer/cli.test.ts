// End to end: the CLI as a user runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportSchema } from '../../src/schemas/report';
import { unitSchema } from '../../src/schemas/unit';
import { runCheck } from '../../src/check/run-check';

const root = new URL('../..', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/showcase.js', ...args], { cwd: root, encoding: 'utf8' });
const SAMPLE = 'test/fixtures/importer/reports-sample.txt';

// Each test starts Node (with tsx) once or more: give them room.
describe('showcase import', { timeout: 60_000 }, () => {
  it('--json --dry-run reports the five documents of the sample', () => {
    const out = execFileSync(process.execPath, ['bin/showcase.js', 'import', SAMPLE, '--json', '--dry-run'], { cwd: root, encoding: 'utf8' });
    const json = JSON.parse(out) as {
      documents: Array<Record<string, any>>; /* eslint-disable-line @typescript-eslint/no-explicit-any -- the --json report, checked field by field below */
    };
    const docs = json.documents;
    expect(docs).toHaveLength(5);
    expect(docs.map((d) => d['index'])).toEqual([0, 1, 2, 3, 4]);
    expect(docs.map((d) => d['duplicateOf'])).toEqual([null, 0, 0, null, null]);
    expect(docs[1]?.['similarity']).toBeGreaterThan(0.9);
    const third = docs[2] as { warnings: Array<{ kind: string; line: number; text: string }> };
    expect(third.warnings.filter((w) => w.kind === 'artifact' && !w.text.includes('→'))).toEqual([expect.objectContaining({ line: 110, text: '1 2 下一页' })]);
    expect(third.warnings.filter((w) => w.kind === 'missing-number').map((w) => w.line)).toEqual(expect.arrayContaining([95, 99, 105, 110]));
    expect(docs[0]?.['warnings'].filter((w: { kind: string }) => w.kind === 'placeholder').length).toBeGreaterThan(0);
    const years = docs[0]?.['honors'].map((h: { year: number | null }) => h.year);
    expect(years).toEqual(expect.arrayContaining([2003, 2004, 2005]));
    expect(docs[3]?.['honors']).toContainEqual(expect.objectContaining({ year: 2007, yearEnd: 2010 }));
    expect(docs[0]?.['date']).toBe('2006-11');
    expect(docs[0]?.['amounts']).toContainEqual(
      expect.objectContaining({ text: '4万多元', value: 40000, unit: '元', bound: 'at-least', kind: '创建经费', period: null, partOf: null, line: 17 }),
    );
    expect(docs[0]?.['amounts']).toContainEqual(expect.objectContaining({ text: '300元', kind: '其他', period: '每月' }));
    expect(docs[0]?.['sections'][0]).toMatchObject({
      title: '一、围绕组织落实，强化创建根本',
      depth: 1,
      children: expect.arrayContaining([expect.objectContaining({ depth: 2 })]),
    });
    for (const kind of ['artifact', 'placeholder', 'missing-number', 'pii', 'duplicate', 'undated', 'relative-date']) {
      expect(
        docs.some((d) => d['warnings'].some((w: { kind: string }) => w.kind === kind)),
        kind,
      ).toBe(true);
    }
  });

  it('writes entries that pass the site schemas and the publishing gate, never overwriting without --force', async () => {
    const out = mkdtempSync(join(tmpdir(), 'showcase-import-'));
    const first = cli('import', SAMPLE, '--out', out);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('重复的版本不单独导入');
    const units = readdirSync(join(out, 'units')).sort();
    expect(units).toEqual(['shi-zhu-fang-gong-ji-jin-guan-li-zhong-xin', 'xx-zhen', 'yu-tang-zhen']);
    for (const unit of units) {
      const files = readdirSync(join(out, 'units', unit));
      expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(1);
      const data = parse(readFileSync(join(out, 'units', unit, 'unit.yaml'), 'utf8'));
      const result = unitSchema.safeParse(data);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      expect(data.slug).toBe(unit);
      expect(data.draft).toBe(true);
      for (const md of files.filter((f) => f.endsWith('.md'))) {
        const text = readFileSync(join(out, 'units', unit, md), 'utf8');
        const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '');
        const report = reportSchema.safeParse(front);
        expect(report.success, JSON.stringify(report.error?.issues)).toBe(true);
      }
    }
    // The publishing gate reads them as drafts: nothing it would refuse outright (schema,
    // quotes that are not in the report), only warnings for a person to review.
    const checked = await runCheck(out);
    expect(
      checked.errors,
      checked.findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.file}:${f.line} ${f.message}`)
        .join('\n'),
    ).toBe(0);
    writeFileSync(join(out, 'units', 'xx-zhen', 'unit.yaml'), 'edited by hand');
    const again = cli('import', SAMPLE, '--out', out);
    expect(again.stdout).toContain('已存在，跳过');
    expect(readFileSync(join(out, 'units', 'xx-zhen', 'unit.yaml'), 'utf8')).toBe('edited by hand');
    cli('import', SAMPLE, '--out', out, '--force');
    expect(readFileSync(join(out, 'units', 'xx-zhen', 'unit.yaml'), 'utf8')).toContain("slug: 'xx-zhen'");
  });

  it.each([
    [['import', 'report.doc'], '另存为” .docx'],
    [['import', 'missing.txt'], '找不到这个文件'],
    [['import'], '请指定要导入的文件'],
    [['import', '--bogus', SAMPLE], '不认识的选项'],
    [['frobnicate'], '没有“frobnicate”这个命令'],
  ])('%j fails with a message and exit code 1, no stack trace', (args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help', () => {
    const result = cli('import', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('用法：showcase import');
  });
});
