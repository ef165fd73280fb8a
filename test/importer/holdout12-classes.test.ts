// The classes the twelfth held-out batch (test/fixtures/importer/holdout12) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText } from './helpers';

const outline = (d: AnalyzedDocument | undefined) => {
  const out: Array<[number, string]> = [];
  const walk = (nodes: AnalyzedDocument['sections']) => {
    for (const n of nodes) {
      out.push([n.depth, n.title]);
      walk(n.children);
    }
  };
  walk(d?.sections ?? []);
  return out;
};
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];

describe('【…】 part titles above 一、', () => {
  it('heads the outline, with the numbered headings under it, and is no subtitle', () => {
    const [d] = bracketReport();
    expect(d?.subtitle).toBeNull();
    expect(outline(d)).toEqual([
      [1, '【单位概况】'],
      [1, '【工作措施】'],
      [2, '一、强化组织保障'],
      [2, '二、丰富文化生活'],
      [1, '【今后打算】'],
    ]);
  });
  function bracketReport() {
    return importText(
      [
        '河口乡人民政府创建县级文明单位工作汇报',
        '',
        '【单位概况】',
        '河口乡辖9个行政村，乡机关干部职工52人。',
        '【工作措施】',
        '一、强化组织保障',
        '乡党委成立创建工作领导小组，定期研究创建工作。',
        '二、丰富文化生活',
        '乡文化站组建文艺队6支，全年演出40余场。',
        '【今后打算】',
        '我们将继续巩固创建成果。',
      ].join('\n'),
    );
  }
});

describe('recipients', () => {
  const report = (...body: string[]) => importText(['北川站创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

  it('reads 车站 as the station itself, a 服务台 as a body under it', () => {
    expect(honors(report('2021年，车站被评为“全省铁路安全先进单位”。', '2022年，车站问询服务台被评为省级“巾帼文明岗”。'))).toEqual([
      ['全省铁路安全先进单位', 'honor', 2021, '省级', { kind: 'unit' }, 'title'],
      ['省级“巾帼文明岗”', 'honor', 2022, '省级', { kind: 'subordinate', name: '问询服务台' }, 'title'],
    ]);
  });

  it('drops 辖 before a village under a township', () => {
    const [d] = importText(['河口乡人民政府创建县级文明单位工作汇报', '一、创建成效', '2022年，乡辖张家湾村被评为“省级文明村”。'].join('\n'));
    expect(d?.honors.map((h) => h.recipient)).toEqual([{ kind: 'subordinate', name: '张家湾村' }]);
  });
});
