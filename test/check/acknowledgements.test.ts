// An acknowledgement pins one occurrence: the text in its sentence, in its file, in its unit.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acknowledgementLine } from '../../src/check/acknowledge';
import { runCheck } from '../../src/check/run-check';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

const reviewed = `${validReport}\n2004年被评为ＸＸ县先进集体。\n`;

/** A unit whose one placeholder has been reviewed, as a person would: pasting the check's line. */
async function reviewedUnit(): Promise<{ root: string; yaml: string }> {
  const root = writeContent({ 'ce-shi': { yaml: validUnitYaml, report: reviewed } });
  const [finding, ...rest] = (await runCheck(root)).findings;
  expect(rest).toEqual([]);
  expect(finding?.hint).toContain(`digest: "${finding?.digest}"`);
  const yaml = `${validUnitYaml}acknowledgements:\n  ${acknowledgementLine(finding!).replace('写明理由', '原文已匿名化，无法查到县名')}\n`;
  writeFileSync(join(root, 'units/ce-shi/unit.yaml'), yaml);
  return { root, yaml };
}

describe('acknowledgements', () => {
  it('cover the reviewed occurrence', async () => {
    const { root } = await reviewedUnit();
    const result = await runCheck(root);
    expect(result.findings).toEqual([]);
    expect(result.acknowledged).toHaveLength(1);
  });

  it('do not cover the same placeholder added later in another sentence', async () => {
    const { root } = await reviewedUnit();
    writeFileSync(join(root, 'units/ce-shi/report.md'), `${reviewed}\n联系人：ＸＸ同志。\n`);
    const result = await runCheck(root);
    expect(result.acknowledged).toHaveLength(1);
    expect(result.findings.map((f) => [f.severity, f.check, f.line])).toEqual([['error', 'placeholder', validReport.split('\n').length + 3]]);
  });

  it('stop covering an occurrence whose sentence changed, and say the entry is stale', async () => {
    const { root } = await reviewedUnit();
    writeFileSync(join(root, 'units/ce-shi/report.md'), reviewed.replace('先进集体', '先进单位'));
    const result = await runCheck(root);
    expect(result.findings.map((f) => f.check).sort()).toEqual(['acknowledgement', 'placeholder']);
  });

  it('are not inherited by a unit copied from a reviewed folder', async () => {
    const { root } = await reviewedUnit();
    cpSync(join(root, 'units/ce-shi'), join(root, 'units/xin-dan-wei'), { recursive: true });
    const copy = join(root, 'units/xin-dan-wei/unit.yaml');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('slug: ce-shi', 'slug: xin-dan-wei'));
    const result = await runCheck(root);
    const copied = result.findings.filter((f) => f.file.includes('xin-dan-wei'));
    expect(copied.map((f) => [f.severity, f.check]).sort()).toEqual([
      ['error', 'placeholder'],
      ['warning', 'acknowledgement'],
    ]);
    expect(result.findings.filter((f) => f.file.includes('/ce-shi/'))).toEqual([]);
  });

  it('without a digest (the old form) are refused with how to get one', async () => {
    const root = writeContent({
      'ce-shi': { yaml: `${validUnitYaml}acknowledgements:\n  - { kind: placeholder, text: XX, reason: 原文已匿名化 }\n`, report: reviewed },
    });
    const schema = (await runCheck(root)).findings.filter((f) => f.check === 'schema');
    expect(schema).toMatchObject([{ field: 'acknowledgements[0].digest', message: expect.stringMatching(/check:content/) }]);
  });
});
