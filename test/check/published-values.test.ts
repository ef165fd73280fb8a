// Every value of unit.yaml and front matter is scanned, numbers as they were typed; and the
// command never ends in 「出现了意外错误」, whatever the content folder holds.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check';
import { cspFirst } from '../../src/middleware/csp-first';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

it('finds a phone number typed as a YAML number, and an ID number too long for a JavaScript number', async () => {
  const id = withCheckDigit('44030619850215002');
  const yaml = `${validUnitYaml.replace('    - { measure: 在岗职工, count: 20 }\n', '    - { measure: 在岗职工, count: 20 }\n  other:\n    - { label: 值班电话, value: 15928765432 }\n')}contact: ${id}\n`;
  const findings = (await runCheck(writeContent({ 'ce-shi': { yaml } }))).findings.filter((f) => f.check === 'pii');
  expect(yaml).toContain('value: 15928765432');
  const lines = yaml.split('\n');
  expect(findings.map((f) => [f.text, f.line])).toEqual([
    ['15928765432', lines.findIndex((l) => l.includes('15928765432')) + 1],
    [id, lines.findIndex((l) => l.includes('contact')) + 1],
  ]);
});

it('scans front matter values, numbers included', async () => {
  const report = validReport.replace("date: '2006-11'", "date: '2006-11'\nsubtitle: 联系人手机１５９２８７６５４３２\norder: 13907654321");
  const findings = (await runCheck(writeContent({ 'ce-shi': { yaml: validUnitYaml, report } }))).findings.filter((f) => f.check === 'pii');
  expect(findings.map((f) => [f.text, f.line])).toEqual([
    ['１５９２８７６５４３２', 4],
    ['13907654321', 5],
  ]);
});

it('showcase check names files and never crashes on a folder full of traps', () => {
  const root = writeContent({
    'ce-shi': {
      yaml: `${validUnitYaml}a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n`,
    },
    'b-unit': { yaml: validUnitYaml.replace('ce-shi', 'b-unit'), report: `${validReport}\n${'>'.repeat(5000)}\n` },
  });
  const dir = join(root, 'units/b-unit');
  mkdirSync(join(dir, 'x.md'));
  symlinkSync(join(dir, 'missing.md'), join(dir, 'gone.md'));
  writeFileSync(join(dir, 'bytes.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x00, 0x41]));
  const cli = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../bin/showcase.js'), 'check', '--content', root], { encoding: 'utf8' });
  const output = `${cli.stdout}${cli.stderr}`;
  expect(output).not.toContain('意外错误');
  expect(cli.status).toBe(1);
  for (const name of ['ce-shi/unit.yaml', 'b-unit/report.md', 'x.md', 'gone.md', 'bytes.md']) expect(output).toContain(name);
});

it('moves the CSP meta before the first element that can carry code, once', () => {
  const page =
    '<html><head><meta charset="utf-8"><title>t</title><script>a()</script><style>p{}</style><meta http-equiv="content-security-policy" content="script-src \'self\'"></head><body></body></html>';
  const fixed = cspFirst(page);
  expect(fixed).toBe(
    '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src \'self\'"><title>t</title><script>a()</script><style>p{}</style></head><body></body></html>',
  );
  expect(cspFirst(fixed)).toBe(fixed);
  expect(cspFirst('<html><head><script>x</script></head></html>')).toBe('<html><head><script>x</script></head></html>');
});

/** 17 digits completed with their GB 11643 check character (the ID is 18 digits only when that is not X). */
function withCheckDigit(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  const check = '10X98765432'[sum % 11] ?? '0';
  return check === 'X' ? withCheckDigit(`${body.slice(0, 16)}${(Number(body[16]) + 1) % 10}`) : body + check;
}
