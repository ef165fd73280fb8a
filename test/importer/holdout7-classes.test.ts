// The classes the seventh held-out batch (test/fixtures/importer/holdout7) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { findPii } from '../../src/domain/pii';
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

describe('recipients', () => {
  it('names a person with a middle dot, the author of a work, an anonymised family, a 卫生院 or a 党支部 under the unit', () => {
    const [doc] = importText(
      [
        '和田县文化馆创建文明单位工作汇报',
        '　　和田县文化馆现有干部职工32人，在编职工28人。',
        '　　馆里推行“一站式”服务。2021年，辅导员阿依努尔·买买提被评为“全疆文化系统先进工作者”。',
        '　　副馆长×××编排的舞蹈《石榴花开》获得“全区少数民族文艺会演一等奖”。',
        '　　2020年，馆第二党支部被评为全县“先进基层党组织”。',
        '　　村民###家庭被评为“全县文明家庭”。',
      ].join('\n'),
    );
    expect(doc?.honors.map((h) => [h.title, h.level, h.recipient])).toEqual([
      ['全疆文化系统先进工作者', '省级', { kind: 'individual', name: '阿依努尔·买买提' }],
      ['全区少数民族文艺会演一等奖', '省级', { kind: 'individual', name: '×××' }],
      ['全县“先进基层党组织”', '县级', { kind: 'subordinate', name: '第二党支部' }],
      ['全县文明家庭', '县级', { kind: 'individual', name: '###' }],
    ]);
  });

  it('keeps a township’s 中心卫生院 and 中心小学 as bodies under it, 认定为 as a verb of its own', () => {
    const [doc] = importText(
      [
        '青松乡人民政府创建文明单位工作汇报',
        '　　青松乡人民政府现有机关干部46人。乡中心小学2022年被评为“全省文明校园”，乡中心卫生院被认定为省级“甲级卫生院”。',
      ].join('\n'),
    );
    expect(doc?.honors.map((h) => [h.title, h.year, h.recipient])).toEqual([
      ['全省文明校园', 2022, { kind: 'subordinate', name: '乡中心小学' }],
      ['省级“甲级卫生院”', 'undated', { kind: 'subordinate', name: '乡中心卫生院' }],
    ]);
  });
});

describe('levels and years', () => {
  it('reads 全地区 as the city level and a bracketed span before the verb as the years', () => {
    const [doc] = importText(
      ['阿勒泰供电公司创建文明单位工作汇报', '　　阿勒泰供电公司现有员工210人。公司连续四年（2018—2021年）被评为“全地区安全生产先进单位”。'].join('\n'),
    );
    expect(honors(doc)).toEqual([['全地区安全生产先进单位', 'honor', 2018, '市级', { kind: 'unit' }, 'title']]);
    expect(doc?.honors[0]?.yearEnd).toBe(2021);
  });

  it('counts a 表扬信 written to the unit as a commendation', () => {
    const [doc] = importText(['柳岸社区创建文明社区工作汇报', '　　社区全年办理民生实事26件，居民写来表扬信7封。'].join('\n'));
    expect(honors(doc)).toEqual([['表扬信', 'honor', 'undated', null, { kind: 'unit' }, 'commendation']]);
  });
});

const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period]) ?? [];

describe('money', () => {
  it('reads separated amounts: a hired cleaner 其他, pay to people in public jobs 帮扶资金, the campaign’s own money 创建经费, a project won 争取项目', () => {
    const [doc] = importText(
      [
        '石湾镇人民政府创建文明单位工作汇报',
        '　　石湾镇人民政府现有机关干部58人。镇机关以每月3,200元聘用食堂厨师1名。',
        '　　镇里为就业困难人员每人每月发放托底补贴1,600元。',
        '　　镇党委成立创建工作领导小组，每半年召开一次创建工作会，每年安排8,000元专项经费。各村每年拿出2,000元开展“星级文明户”评选。',
        '　　镇里争取乡村振兴衔接项目资金1,850余万元，建成冷链物流中心。',
        '　　卫生院为低保患者减免医疗费用2,600元。',
      ].join('\n'),
    );
    expect(amounts(doc)).toEqual([
      ['3,200元', '其他', '每月'],
      ['1,600元', '帮扶资金', '每人每月'],
      ['8,000元', '创建经费', '每年'],
      ['2,000元', '创建经费', '每年'],
      ['1,850余万元', '争取项目', null],
      ['2,600元', null, null],
    ]);
  });
});

describe('warnings', () => {
  it('flags a name before a bracketed note as personal data', () => {
    expect(findPii('空巢老人王桂兰（五保户，住3组）常年卧病在床。').map((f) => f.text)).toEqual(['王桂兰']);
  });

  it('reports an area stripped after a building verb', () => {
    const [doc] = importText(['下洼村村民委员会创建文明村工作汇报', '　　村里投资新建村史馆平方米，添置图书2000册。'].join('\n'));
    expect(doc?.warnings.filter((w) => w.kind === 'missing-number').map((w) => w.line)).toEqual([2]);
  });
});
