// The classes the eleventh held-out batch (test/fixtures/importer/holdout11) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];
const report = (...body: string[]) => importText(['南屏县林业局创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

describe('an honor with the document that conferred it', () => {
  it('leaves the document number and 称号 out of the title', () => {
    expect(honors(report('2020年5月，局里被省林业厅授予“全省森林防火先进单位”称号（林防〔2020〕31号）。'))).toEqual([
      ['全省森林防火先进单位', 'honor', 2020, '省级', { kind: 'unit' }, 'title'],
    ]);
  });

  it('leaves the awarding body before the quotes out of the title', () => {
    expect(honors(report('护林员吴德海被评为县委“优秀共产党员”。'))).toEqual([
      ['优秀共产党员', 'honor', 'undated', null, { kind: 'individual', name: '吴德海' }, 'title'],
    ]);
  });
});

describe('今年 in a year-end summary', () => {
  it('is the year summarised when the summary is dated early the next year', () => {
    const [d] = importText(
      ['南屏县林场2020年度工作总结', '一、主要工作', '今年，林场被市林业局评为“森林防火先进集体”。', '南屏县林场', '2021年1月8日'].join('\n'),
    );
    expect(honors(d)).toEqual([['森林防火先进集体', 'honor', 2020, '市级', { kind: 'unit' }, 'title']]);
  });
});

describe('recipients', () => {
  it('reads a choir and a 供销社 as bodies under the unit', () => {
    expect(honors(report('林场职工合唱团获评县级“优秀业余文艺团队”，北山供销社被评为“全县供销系统先进集体”。'))).toEqual([
      ['县级“优秀业余文艺团队”', 'honor', 'undated', '县级', { kind: 'subordinate', name: '林场职工合唱团' }, 'title'],
      ['全县供销系统先进集体', 'honor', 'undated', '县级', { kind: 'subordinate', name: '北山供销社' }, 'title'],
    ]);
  });

  it('reads a bracket with a year and a body as who earned the item', () => {
    expect(honors(report('局里先后获得“全国绿化模范单位”（20xx年，东岭护林站）、“省级生态文明教育基地”（2019年）等荣誉。'))).toEqual([
      ['全国绿化模范单位', 'honor', 'undated', '全国', { kind: 'subordinate', name: '东岭护林站' }, 'title'],
      ['省级生态文明教育基地', 'honor', 2019, '省级', { kind: 'unit' }, 'title'],
    ]);
  });

  it('reads a 窗口 named with quotes in it as a body', () => {
    expect(honors(report('局政务服务中心“林权一件事”办理窗口被评为市级“巾帼文明岗”。'))).toEqual([
      ['市级“巾帼文明岗”', 'honor', 'undated', '市级', { kind: 'subordinate', name: '政务服务中心“林权一件事”办理窗口' }, 'title'],
    ]);
  });

  it('reads a person named in the clause before the verb, not the sentence’s first body', () => {
    expect(honors(report('护林站巡山班荣获“全省青年文明号”，护林员龙春生坚守林区三十年，被评为“全省林业系统劳动模范”。'))).toEqual([
      ['全省青年文明号', 'honor', 'undated', '省级', { kind: 'subordinate', name: '护林站巡山班' }, 'title'],
      ['全省林业系统劳动模范', 'honor', 'undated', '省级', { kind: 'individual', name: '龙春生' }, 'title'],
    ]);
  });
});
