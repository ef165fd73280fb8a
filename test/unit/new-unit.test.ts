// `showcase new`: a clean unit from the template, stopped by the publishing check until filled in.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createUnit } from '../../src/cli/new-command';
import { runCheck } from '../../src/check/run-check';

const tempContent = () => mkdtempSync(join(tmpdir(), 'showcase-new-'));

describe('showcase new', () => {
  it('writes a draft unit with the given facts, no acknowledgements, and a photos folder', () => {
    const content = tempContent();
    const folder = createUnit(content, { shortName: '城关镇', name: '城关镇党政机关', kind: '党政机关', region: ['四川省', '泸州市'] });
    expect(folder).toBe(join(content, 'units', 'cheng-guan-zhen'));
    const unit = parse(readFileSync(join(folder, 'unit.yaml'), 'utf8')) as Record<string, unknown>;
    expect(unit).toMatchObject({
      slug: 'cheng-guan-zhen',
      name: '城关镇党政机关',
      shortName: '城关镇',
      kind: '党政机关',
      region: ['四川省', '泸州市'],
      draft: true,
    });
    expect(unit).not.toHaveProperty('acknowledgements');
    expect(readFileSync(join(folder, 'unit.yaml'), 'utf8')).not.toMatch(/^acknowledgements:/m);
    expect(existsSync(join(folder, 'photos'))).toBe(true);
    expect(readFileSync(join(folder, 'report.md'), 'utf8')).toContain('title: 城关镇创建文明单位工作汇报');
  });

  it('builds as a draft, and the check refuses to publish it until the XX are filled in', async () => {
    const content = tempContent();
    const folder = createUnit(content, { shortName: '第二中学' });
    const asDraft = await runCheck(content);
    expect(asDraft.errors).toBe(0);
    expect(asDraft.findings.some((finding) => finding.check === 'placeholder')).toBe(true);
    expect(asDraft.findings.filter((finding) => finding.check === 'html')).toEqual([]);

    const file = join(folder, 'unit.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true\n/m, ''));
    const published = await runCheck(content);
    expect(published.errors).toBeGreaterThan(0);
    expect(published.findings.filter((finding) => finding.severity === 'error').every((finding) => finding.check === 'placeholder')).toBe(true);
  });

  it('quotes names YAML would misread, and refuses what it cannot do', () => {
    const content = tempContent();
    const folder = createUnit(content, { shortName: '"红星"社区: 一组', slug: 'hong-xing' });
    expect((parse(readFileSync(join(folder, 'unit.yaml'), 'utf8')) as { shortName: string }).shortName).toBe('"红星"社区: 一组');
    expect(() => createUnit(content, { shortName: '红星社区', slug: 'hong-xing' })).toThrow(/已经存在/);
    expect(() => createUnit(content, { shortName: '某厂', kind: '工厂' })).toThrow(/--kind 应为以下之一/);
    expect(() => createUnit(content, { shortName: '  ' })).toThrow(/单位简称/);
  });
});
