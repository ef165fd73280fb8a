// Files a careless editor or an attacker could put in a unit's folder: each fails the check
// with the file named and its own reason, never a crash, and quickly.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check';
import type { Finding } from '../../src/check/types';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

const unitDir = (root: string) => join(root, 'units/ce-shi');
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

async function checkWith(write: (dir: string) => void): Promise<Finding[]> {
  const root = writeContent({ 'ce-shi': { yaml: validUnitYaml } });
  write(unitDir(root));
  return (await runCheck(root)).findings;
}

describe('encodings', () => {
  const report = `${validReport}\n为群众办实事十件，受到好评。\n`;

  it('accepts a UTF-8 report saved with a BOM (Notepad)', async () => {
    const findings = await checkWith((dir) => writeFileSync(join(dir, 'report.md'), `\uFEFF${report}`));
    expect(findings).toEqual([]);
  });

  it('reads a GB18030 report (Chinese Windows’ default) as the text it is', async () => {
    const root = writeContent({ 'ce-shi': { yaml: validUnitYaml } });
    writeFileSync(join(unitDir(root), 'report.md'), iconv.encode(report.replace('正文。', '联系电话13812345678。'), 'gb18030'));
    const { findings } = await runCheck(root);
    // Decoded, it is scanned like any report: the phone number is found in it, and nothing else.
    expect(errors(findings).map((f) => [f.check, f.text])).toEqual([['pii', '13812345678']]);
  });

  it('reads a UTF-16 unit.yaml (Notepad’s “Unicode”) the same way', async () => {
    const findings = await checkWith((dir) =>
      writeFileSync(join(dir, 'unit.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(validUnitYaml, 'utf-16le')])),
    );
    expect(findings).toEqual([]);
  });

  it('refuses invalid UTF-8 bytes, naming their line', async () => {
    const bytes = Buffer.concat([Buffer.from(`${validReport}\n第一段正常。\n`), Buffer.from([0xe5, 0x9b]), Buffer.from('损坏的一行。\n')]);
    const findings = await checkWith((dir) => writeFileSync(join(dir, 'report.md'), bytes));
    const [error, ...rest] = errors(findings);
    expect(rest).toEqual([]);
    const line = validReport.split('\n').length + 2;
    expect(error).toMatchObject({ check: 'file', line });
    expect(error?.message).toContain(`第${line}行`);
  });
});

describe('no crash without a file', () => {
  it('a YAML alias bomb in unit.yaml', async () => {
    const levels = ['a: &a ["哈","哈","哈","哈","哈","哈","哈","哈","哈"]'];
    for (let i = 1; i < 9; i += 1)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const findings = await checkWith((dir) => writeFileSync(join(dir, 'unit.yaml'), `${validUnitYaml}${levels.join('\n')}\n`));
    expect(errors(findings).map((f) => [f.check, f.file.split('/').pop()])).toEqual([['file', 'unit.yaml']]);
    expect(errors(findings)[0]?.message).toMatch(/别名/);
  });

  it('YAML nested thousands of levels deep, in brackets and in indentation', async () => {
    const brackets = `${validUnitYaml}summary: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const indented = `${validUnitYaml}summary:\n${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    for (const yaml of [brackets, indented]) {
      const findings = await checkWith((dir) => writeFileSync(join(dir, 'unit.yaml'), yaml));
      const [error, ...rest] = errors(findings);
      expect(rest).toEqual([]);
      expect(error?.message).toMatch(/嵌套太深/);
      expect(error?.line).toBeGreaterThanOrEqual(validUnitYaml.split('\n').length);
    }
  });

  it.each([
    ['thousands of nested block quotes', `${'>'.repeat(4000)} 深层引用\n`],
    ['quotes spaced out', `${'> '.repeat(3000)}引用\n`],
    ['a list 1000 levels deep', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')],
    ['list markers on one line', `${'- '.repeat(2000)}项\n`],
    ['quotes and lists mixed', Array.from({ length: 600 }, (_, i) => `${'> '.repeat(i % 30)}${'  '.repeat(i)}1. 项`).join('\n')],
  ])('%s in a report', async (_name, body) => {
    const started = performance.now();
    const findings = await checkWith((dir) => writeFileSync(join(dir, 'report.md'), `${validReport}\n${body}\n`));
    const [error, ...rest] = errors(findings);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ check: 'file', file: expect.stringMatching(/report\.md$/) });
    expect(error?.message).toMatch(/嵌套太深/);
    // Recorded, not a budget (see npm run bench): the point is that it ends.
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it.each([
    ['thousands of unmatched emphasis marks in one paragraph', `${'a*'.repeat(5000)}\n`, /\*/],
    ['emphasis marks spread over many short paragraphs', `${Array.from({ length: 2000 }, () => '_a').join('\n\n')}\n`, /全文/],
    ['thousands of link openers', `${'[链接]('.repeat(3000)}\n`, /\[/],
    ['a line longer than any paragraph', `${'很长的一段。'.repeat(5000)}\n`, /一行超过/],
  ])('refuses %s before parsing it', async (_name, body, why) => {
    const started = performance.now();
    const findings = await checkWith((dir) => writeFileSync(join(dir, 'report.md'), `${validReport}\n${body}`));
    expect(errors(findings)).toMatchObject([{ check: 'file', message: expect.stringMatching(why) }]);
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it('lists a hundred findings per file and counts the rest', async () => {
    const findings = await checkWith((dir) =>
      writeFileSync(join(dir, 'report.md'), `${validReport}\n${Array.from({ length: 30 }, () => '联系XX 15928765432；'.repeat(500)).join('\n\n')}\n`),
    );
    const placeholders = findings.filter((f) => f.check === 'placeholder');
    expect(placeholders).toHaveLength(101);
    expect(placeholders.filter((f) => /另有 14900 处/.test(f.message))).toHaveLength(1);
  });

  it('a folder named like a report', async () => {
    const findings = await checkWith((dir) => mkdirSync(join(dir, '附件.md')));
    expect(errors(findings)).toMatchObject([{ check: 'file', file: expect.stringMatching(/附件\.md$/), message: expect.stringMatching(/文件夹/) }]);
  });

  it('a report that is a broken link, and one that links outside the unit', async () => {
    const outside = join(tmpdir(), `showcase-outside-${process.pid}.md`);
    writeFileSync(outside, validReport);
    const findings = await checkWith((dir) => {
      symlinkSync(join(dir, 'gone.md'), join(dir, 'broken.md'));
      symlinkSync(outside, join(dir, 'borrowed.md'));
    });
    const byFile = Object.fromEntries(errors(findings).map((f) => [f.file.split('/').pop(), f.message]));
    expect(Object.keys(byFile).sort()).toEqual(['borrowed.md', 'broken.md']);
    expect(byFile['broken.md']).toMatch(/不存在/);
    expect(byFile['borrowed.md']).toMatch(/之外/);
  });

  it('a unit folder that is a broken link is skipped, not a crash', async () => {
    const root = writeContent({ 'ce-shi': { yaml: validUnitYaml } });
    symlinkSync(join(root, 'nowhere'), join(root, 'units/gone'));
    expect(errors((await runCheck(root)).findings)).toEqual([]);
  });

  it('a file over the size limit', async () => {
    const findings = await checkWith((dir) => writeFileSync(join(dir, 'report.md'), `${validReport}\n${'正文。'.repeat(800_000)}\n`));
    expect(errors(findings)).toMatchObject([{ check: 'file', message: expect.stringMatching(/MB/) }]);
  });

  it('an unparseable file in a draft unit still blocks: the build reads drafts too', async () => {
    const root = writeContent({ 'ce-shi': { yaml: `${validUnitYaml}draft: true\n` } });
    writeFileSync(join(unitDir(root), 'report.md'), `${validReport}\n${'>'.repeat(3000)}\n`);
    expect(errors((await runCheck(root)).findings)).toMatchObject([{ check: 'file' }]);
  });
});
