// Bad content must stop the build with a message naming the file, the field and what is expected.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCheckResult } from '../../src/check/format';
import { runCheck } from '../../src/check/run-check';
import { astroBuild } from '../helpers/astro-build';
import { validUnitYaml, writeContent } from '../helpers/content-fixture';

function failingBuild(units: Parameters<typeof writeContent>[0]) {
  const result = astroBuild(writeContent(units));
  expect(result.status, result.output).not.toBe(0);
  return result.output;
}

describe('bad content stops the build', () => {
  it('builds the valid fixture (so the failures below are caused by the defect)', () => {
    const result = astroBuild(writeContent({ 'ce-shi': { yaml: validUnitYaml } }));
    expect(result.status, result.output).toBe(0);
  });

  it('names a missing required field', () => {
    const output = failingBuild({ 'ce-shi': { yaml: validUnitYaml.replace('name: 测试镇党政机关\n', '') } });
    expect(output).toContain('units/ce-shi/unit.yaml');
    expect(output).toContain('name: 必填：单位全称');
  });

  it('lists the allowed values of an enum', () => {
    const output = failingBuild({ 'ce-shi': { yaml: validUnitYaml.replace('kind: 党政机关', 'kind: 工厂') } });
    expect(output).toContain('units/ce-shi/unit.yaml');
    expect(output).toMatch(/kind/);
    expect(output).toContain('党政机关、事业单位');
  });

  it('explains a malformed date', () => {
    const output = failingBuild({ 'ce-shi': { yaml: validUnitYaml.replace("'2006-11'", "'2006-13'") } });
    expect(output).toContain('units/ce-shi/unit.yaml');
    expect(output).toMatch(/events.*date|date/);
    expect(output).toContain('无法识别的日期 "2006-13"');
  });

  it('names a photo file that does not exist', () => {
    const yaml = `${validUnitYaml}photos:\n  - { file: ./photos/missing.jpg, caption: 机关大院 }\n`;
    const output = failingBuild({ 'ce-shi': { yaml } });
    expect(output).toContain('units/ce-shi/unit.yaml');
    expect(output).toContain('./photos/missing.jpg');
  });

  it('names both files when two units share a slug', () => {
    const output = failingBuild({ 'ce-shi': { yaml: validUnitYaml }, 'ce-shi-2': { yaml: validUnitYaml } });
    expect(output).toContain('units/ce-shi/unit.yaml');
    expect(output).toContain('units/ce-shi-2/unit.yaml');
    expect(output).toContain('slug');
  });

  it('names a section reference that matches no heading', () => {
    const output = failingBuild({ 'ce-shi': { yaml: validUnitYaml.replace('section: zu-zhi-ling-dao-dao-wei', 'section: bu-cun-zai') } });
    expect(output).toContain('honors[0].section');
    expect(output).toContain('bu-cun-zai');
    expect(output).toContain('zu-zhi-ling-dao-dao-wei');
  });
});

describe('the publishing gate runs inside the build', () => {
  it('refuses to publish a report with a citizen’s ID number, writing no page', () => {
    const report = `---\ntitle: 测试\n---\n\n## 一、组织领导到位\n\n联系人身份证号11010519491231002X。\n`;
    const result = astroBuild(writeContent({ 'ce-shi': { yaml: validUnitYaml, report } }));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('发布前检查未通过');
    expect(result.output).toContain('11010519491231002X');
    expect(result.output).toContain('report.md');
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });

  it('says exactly what showcase check says: one set of rules, one set of messages', async () => {
    const report = `---\ntitle: 测试\n---\n\n## 一、组织领导到位\n\n咨询电话13812345678，见[附件](#bu-cun-zai)。\n`;
    const content = writeContent({ 'ce-shi': { yaml: validUnitYaml.replace('region: [四川省, 泸州市]', 'region: [四川省, XX市]'), report } });
    const build = astroBuild(content);
    const check = await runCheck(content);
    expect(check.errors).toBe(3);
    expect(build.status).not.toBe(0);
    const problems = formatCheckResult(check)
      .split('\n')
      .filter((line) => line.includes('[错误·'));
    expect(problems).toHaveLength(3);
    for (const line of problems) expect(build.output).toContain(line.trim());
  });
});
