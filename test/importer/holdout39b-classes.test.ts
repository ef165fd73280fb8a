// The classes the thirty-ninth held-out batch (test/fixtures/importer/holdout39) still showed the
// importer getting wrong after its first round (importer3739), each on text written for this test
// (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, reportText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.recipient.kind, h.recipient.name ?? null]) ?? [];

describe('a sumu (苏木) and its gacha (嘎查)', () => {
  it('a 苏木 is a township: its name is the unit, 苏木 alone speaks of itself, a 嘎查 is a village under it', () => {
    const [d] = importText(
      reportText(
        '查干诺尔旗宝力格苏木创建文明村镇工作总结',
        ['一、基本情况', '宝力格苏木辖5个嘎查。2019年，苏木获评市级“生态文明示范单位”。', '二、创建成效', '希日塔拉嘎查被评为县级“美丽乡村”。'],
        '查干诺尔旗宝力格苏木',
      ),
    );
    expect(d?.unit?.name).toBe('查干诺尔旗宝力格苏木');
    expect(honors(d)).toEqual([
      [2019, '市级“生态文明示范单位”', '市级', 'unit', null],
      ['undated', '县级“美丽乡村”', '县级', 'subordinate', '希日塔拉嘎查'],
    ]);
  });
});

describe('thanks', () => {
  it('a body that received thanks after a clause naming a village’s 文明村 title is who received them', () => {
    const [d] = importText(reportText('东河镇人民政府创建文明村镇工作总结', ['一、创建成效', '石桥村被评为“全国文明村”，乡卫生院收到群众送来的锦旗5面。']));
    expect(honors(d)).toEqual([
      ['undated', '锦旗', null, 'subordinate', '卫生院'],
      ['undated', '文明村', '全国', 'subordinate', '石桥村'],
    ]);
  });
});

const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period ?? null]) ?? [];

describe('money', () => {
  it('a creation reward fund (创建奖补资金) set per village in the clause after it is creation money', () => {
    const [d] = importText(reportText('东河镇人民政府创建文明村镇工作总结', ['一、保障有力', '各社区每年设立文明创建奖补资金，每个社区不低于8000元。']));
    expect(amounts(d).map(([text, kind]) => [text, kind])).toEqual([['不低于8000元', '创建经费']]);
  });
});

const warned = (d: AnalyzedDocument | undefined, kind: string) => d?.warnings.filter((w) => w.kind === kind).map((w) => w.line) ?? [];

describe('missing numbers', () => {
  it('works told in metres with the length gone (新修通组路米) are flagged, 米 and 立方米 after a number are not', () => {
    const [d] = importText(reportText('东河镇人民政府创建文明村镇工作总结', ['今年新修通组路米，安装路灯85盏。', '铺设排水管道800米，修建蓄水池60立方米。']));
    expect(warned(d, 'missing-number')).toEqual([2]);
  });
});
