// A hostile-content fixture set: each defect fails `showcase check` with one precise message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acknowledgementLine } from '../../src/check/acknowledge';
import { runCheck } from '../../src/check/run-check';
import type { Finding } from '../../src/check/types';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

async function findingsFor(units: Parameters<typeof writeContent>[0]): Promise<Finding[]> {
  return (await runCheck(writeContent(units))).findings;
}

const reportWith = (paragraph: string) => `${validReport}\n${paragraph}\n`;
const errorsOf = (findings: Finding[], check: string) => findings.filter((f) => f.severity === 'error' && f.check === check);

describe('showcase check refuses hostile content', () => {
  it('passes the clean fixture', async () => {
    expect(await findingsFor({ 'ce-shi': { yaml: validUnitYaml, photo: true } })).toEqual([]);
  });

  it.each([
    { name: 'script injection', paragraph: '<script>alert("x")</script>', check: 'html', text: /script/ },
    { name: 'an event handler', paragraph: '<img src="x" onerror="alert(1)">', check: 'html', text: /onerror/ },
    { name: 'a javascript: link', paragraph: '[点我](javascript:alert(1))', check: 'html', text: /javascript:/ },
    { name: 'a valid ID number', paragraph: '联系人身份证号11010519491231002X。', check: 'pii', text: /11010519491231002X/ },
    { name: 'a mobile number', paragraph: '咨询电话13812345678。', check: 'pii', text: /13812345678/ },
    { name: 'a named 特困户', paragraph: '为特困户陈桂珍老人修建住房。', check: 'pii', text: /陈某某/ },
    { name: 'a placeholder', paragraph: '2005年成功创建为XX县文明单位。', check: 'placeholder', text: /"XX"/ },
  ])('$name: one error with file, line and fix', async ({ paragraph, check, text }) => {
    const findings = await findingsFor({ 'ce-shi': { yaml: validUnitYaml, report: reportWith(paragraph) } });
    const errors = errorsOf(findings, check);
    expect(errors, JSON.stringify(findings, null, 2)).toHaveLength(1);
    const [error] = errors;
    expect(error?.file).toMatch(/units\/ce-shi\/report\.md$/);
    expect(error?.line).toBe(validReport.split('\n').length + 1);
    expect(`${error?.message} ${error?.hint}`).toMatch(text);
    expect(error?.hint).toBeTruthy();
  });

  it('an 18-digit number with a bad checksum is not an ID number', async () => {
    const findings = await findingsFor({ 'ce-shi': { yaml: validUnitYaml, report: reportWith('档案编号110105194912310021。') } });
    expect(errorsOf(findings, 'pii')).toEqual([]);
  });

  it('a missing photo names unit.yaml, the field and the file', async () => {
    const yaml = `${validUnitYaml}photos:\n  - { file: ./photos/missing.jpg, caption: 机关大院 }\n`;
    const [error, ...rest] = errorsOf(await findingsFor({ 'ce-shi': { yaml } }), 'photo');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ field: 'photos[0].file', line: validUnitYaml.split('\n').length + 1 });
    expect(error?.message).toContain('./photos/missing.jpg');
  });

  it('refuses HEIC photos, unreadable files and people without consent', async () => {
    const root = writeContent({
      'ce-shi': {
        yaml: `${validUnitYaml}photos:\n  - { file: ./photos/a.jpg, caption: 表彰大会, people: true }\n  - { file: ./photos/b.heic, caption: 文艺演出 }\n  - { file: ./photos/c.jpg, caption: 座谈会 }\n`,
        photo: true,
      },
    });
    const photos = join(root, 'units/ce-shi/photos');
    mkdirSync(photos, { recursive: true });
    writeFileSync(join(photos, 'b.heic'), 'not really heic');
    writeFileSync(join(photos, 'c.jpg'), 'not an image');
    const errors = errorsOf((await runCheck(root)).findings, 'photo');
    expect(errors.map((e) => e.field)).toEqual(['photos[0].consent', 'photos[1].file', 'photos[2].file']);
    expect(errors[1]?.message).toContain('HEIC');
    expect(errors[2]?.message).toContain('无法读取');
  });

  it('names both files of a duplicate slug and a section reference that matches no heading', async () => {
    const findings = await findingsFor({
      a: { yaml: validUnitYaml },
      b: { yaml: validUnitYaml.replace('section: zu-zhi-ling-dao-dao-wei', 'section: bu-cun-zai') },
    });
    const slug = errorsOf(findings, 'slug');
    expect(slug).toHaveLength(1);
    expect(slug[0]?.file).toMatch(/units\/b\/unit\.yaml$/);
    expect(slug[0]?.message).toMatch(/units\/a\/unit\.yaml/);
    const section = errorsOf(findings, 'section');
    expect(section.map((f) => f.field)).toEqual(['honors[0].section']);
    expect(section[0]?.hint).toContain('zu-zhi-ling-dao-dao-wei');
  });

  it('lets an acknowledged occurrence through and reports acknowledgements nothing matches', async () => {
    const report = reportWith('创建为XX县文明单位。');
    const first = await runCheck(writeContent({ 'ce-shi': { yaml: validUnitYaml, report } }));
    const [finding] = first.findings;
    const yaml = `${validUnitYaml}acknowledgements:\n  ${acknowledgementLine(finding!).replace('写明理由', '原文已匿名化')}\n  - { kind: pii, text: 13800000000, digest: 0123456789ab, reason: 已删除 }\n`;
    const result = await runCheck(writeContent({ 'ce-shi': { yaml, report } }));
    expect(result.errors).toBe(0);
    expect(result.acknowledged.map((f) => f.text)).toEqual(['XX']);
    expect(result.findings.map((f) => f.check)).toEqual(['acknowledgement']);
  });

  it('only warns about a draft, which is never published', async () => {
    const result = await runCheck(writeContent({ 'ce-shi': { yaml: `${validUnitYaml}draft: true\n`, report: reportWith('咨询电话13812345678。') } }));
    expect(result.errors).toBe(0);
    expect(result.findings.map((f) => [f.severity, f.check])).toEqual([['warning', 'pii']]);
  });
});
