// The classes the seventh held-out batch (test/fixtures/importer/holdout7) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText } from './helpers';

const headings = (d: AnalyzedDocument | undefined) => d?.blocks.filter((b) => b.role === 'heading').map((b) => b.piece.text) ?? [];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];

describe('a WeChat 公众号 article', () => {
  const [doc] = importText(
    [
      '守护一江碧水——青岚县水利局河湖管理站创建文明单位工作汇报',
      '原创 青岚水利 青岚水利 2023-03-15 19:02 发表于浙江',
      '▲点击上方“青岚水利”关注我们',
      '　　浙江省青岚县水利局河湖管理站现有干部职工26人，负责全县河湖巡查和水域保洁工作。',
      '一、强化组织，压实创建责任',
      '　　站里成立由站长任组长的创建工作小组，制定年度创建计划，按季度开展文明科室评比，评比结果与绩效考核挂钩。',
      '　　近年来，在县局党组的关心指导下，站里取得的荣誉主要有：',
      '1.2018年，被命名为县级文明单位；',
      '2.2020年，被省水利厅评为“全省河湖长制工作先进集体”；',
      '3.巡查二组被评为全市“工人先锋号”；',
      '4.2022年，被命名为市级文明单位。',
      '　　下一步，我们将以本次检查验收为新的起点，持续深化文明创建。',
      '浙江省青岚县水利局河湖管理站',
      '2023年3月',
      '来源：青岚县水利局',
      '阅读原文',
      '长按二维码识别 关注我们',
      '分享 收藏 点赞 在看',
    ].join('\n'),
  );

  it('removes the header, the call to follow and the footer as debris', () => {
    const removed = doc?.warnings.filter((w) => w.kind === 'artifact').map((w) => w.line) ?? [];
    expect(removed).toEqual(expect.arrayContaining([2, 3, 15, 16, 17, 18]));
    expect(doc?.warnings.filter((w) => w.kind === 'truncated' || w.kind === 'gap')).toEqual([]);
    expect(headings(doc)).toEqual(['一、强化组织，压实创建责任']);
  });

  it('takes the unit after the title’s slogan, in full from the body, and the signature’s date', () => {
    expect(doc?.unit?.name).toBe('浙江省青岚县水利局河湖管理站');
    expect(doc?.date?.iso).toBe('2023-03');
  });

  it('reads a numbered list of honors with a year after the counter, without its lead-in or a 新起点', () => {
    expect(honors(doc)).toEqual([
      ['文明单位', 'title', 2018, '县级', { kind: 'unit' }, 'title'],
      ['全省河湖长制工作先进集体', 'honor', 2020, '省级', { kind: 'unit' }, 'title'],
      ['全市“工人先锋号”', 'honor', 'undated', '市级', { kind: 'subordinate', name: '巡查二组' }, 'title'],
      ['文明单位', 'title', 2022, '市级', { kind: 'unit' }, 'title'],
    ]);
  });
});
