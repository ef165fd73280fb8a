// The classes the thirteenth held-out batch (test/fixtures/importer/holdout13) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, outline } from './helpers';

const removedLines = (d: AnalyzedDocument | undefined) => [...new Set(d?.removals.filter((r) => r.op !== 'blank').map((r) => r.line))];

describe('a WeChat post copied with its chrome', () => {
  const post = [
    '喜迎二十大 | 北塘区税务局文明创建工作掠影',
    '原创 北塘税务 北塘税务 2023-05-06 09:12 发表于江苏',
    '收录于话题',
    '#税务文明 12个',
    '点击蓝字 关注我们',
    '北塘区税务局坚持以文明创建促进纳税服务提档升级。',
    '一、筑牢思想根基 凝聚奋进力量',
    '局党委每季度召开一次创建工作推进会，全年开展主题党日活动10次。',
    '二、优化办税服务 提升群众满意',
    '办税服务厅推出“延时服务”和“预约办税”，办税等候时间缩短三成。',
    '- END -',
    '审核：赵明',
    '微信扫一扫',
    '关注该公众号',
  ].join('\n');
  const [d] = importText(post);

  it('removes the collection, its tag line and the footer prompts', () => {
    expect(removedLines(d)).toEqual(expect.arrayContaining([2, 3, 4, 5, 11, 12, 13, 14]));
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });

  it('keeps a heading written as two parallel phrases as one heading, and the title whole', () => {
    expect(outline(d)).toEqual([
      [1, '一、筑牢思想根基 凝聚奋进力量'],
      [1, '二、优化办税服务 提升群众满意'],
    ]);
    expect(d?.title?.text).toBe('喜迎二十大 | 北塘区税务局文明创建工作掠影');
    expect(d?.unit?.name).toBe('北塘区税务局');
  });

  it('is dated by the post, having no 落款', () => {
    expect(d?.date?.iso).toBe('2023-05-06');
  });
});

describe('a news story with no 落款', () => {
  it('is dated by its site line; a reposted report is not', () => {
    const story = ['城西中学：书香浸润文明校园', '时间:2023-04-21 10:05  来源:城西融媒  作者:通讯员 周琳', '记者走进城西中学，看到学生们在书廊里安静阅读。'];
    expect(importText(story.join('\n'))[0]?.date?.iso).toBe('2023-04-21');
    const repost = ['城西中学创建文明校园工作汇报', '时间:2023-04-21 10:05  来源:范文网  作者:通讯员 周琳', '我校现有教职工120人。'];
    expect(importText(repost.join('\n'))[0]?.date).toBeNull();
  });
});

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.year, h.level, h.recipient, h.category]) ?? [];
const report = (...body: string[]) => importText(['南湖区应急管理局创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

describe('honors told in passing', () => {
  it('stops the title at 的 and reads the noun after it as the holder', () => {
    expect(honors(report('2021年曾荣立集体三等功的东湖救援中队，常年坚持夜间拉练。'))).toEqual([
      ['集体三等功', 2021, null, { kind: 'subordinate', name: '东湖救援中队' }, 'award'],
    ]);
  });

  it('takes a person named before for 这位…的老党员', () => {
    expect(honors(report('科长周海涛带队排查隐患，这位曾获“全省应急管理先进工作者”的老党员表示要再接再厉。'))).toEqual([
      ['全省应急管理先进工作者', 'undated', '省级', { kind: 'individual', name: '周海涛' }, 'title'],
    ]);
  });

  it('names the award with the event it was won at', () => {
    expect(honors(report('局里在全区应急管理系统“安全月”知识竞赛中获得二等奖。'))).toEqual([
      ['全区应急管理系统“安全月”知识竞赛二等奖', 'undated', '区级', { kind: 'unit' }, 'award'],
    ]);
    expect(honors(report('组织干部参加市“健康杯”乒乓球比赛，局代表队获团体第三名。'))).toEqual([
      ['市“健康杯”乒乓球比赛团体第三名', 'undated', '市级', { kind: 'unit' }, 'award'],
    ]);
  });

  it('reads 获奖56人次 as a count, not an honor', () => {
    expect(honors(report('干部职工在各类技能比武中获奖56人次。'))).toEqual([]);
  });
});

describe('news pages and second names', () => {
  it('removes the font-size bar and reads a closing byline as no cut-off end', () => {
    const [d] = importText(
      [
        '城西中学：书香浸润文明校园',
        '时间:2023-04-21 10:05  来源:城西融媒  作者:通讯员 周琳',
        '字体：[大 中 小]',
        '记者走进城西中学，看到学生们在书廊里安静阅读。',
        '（通讯员 周琳 王磊）',
      ].join('\n'),
    );
    expect(d?.removals.filter((r) => r.line === 3 && r.op === 'web-debris')).toHaveLength(1);
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });

  it('keeps 约 after 损失', () => {
    const [d] = importText(['北山县水利局创建文明单位工作汇报', '一、主要做法', '全年成功防御洪水3次，减少群众财产损失约800万元。'].join('\n'));
    expect(d?.amounts.map((a) => [a.text, a.bound])).toEqual([['约800万元', 'about']]);
  });

  it('reads a body signing with its second name in brackets as the unit', () => {
    const [d] = importText(
      ['南江县盐务局（分公司）创建文明单位工作汇报', '一、主要做法', '局里每年安排创建经费6万元。', '', '南江县盐务局（分公司）', '2023年4月'].join('\n'),
    );
    expect(d?.unit?.name).toBe('南江县盐务局（分公司）');
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });
});

describe('the unit of a news story and of a 范文 page', () => {
  it('takes the unit before a headline colon', () => {
    const story = ['北湾县妇幼保健院：用心守护母婴健康', '时间:2023-03-02  来源:北湾融媒  作者:记者 林芳', '记者日前走进该院，感受到浓厚的文明氛围。'];
    expect(importText(story.join('\n'))[0]?.unit?.name).toBe('北湾县妇幼保健院');
  });

  it("prefers the report's own title to the page's label after 篇一", () => {
    const page = [
      '税务机关文明创建汇报(精选2篇)',
      '篇一:税务所创建文明单位工作汇报',
      '南岭县税务局城关税务所创建市级文明单位工作汇报',
      '一、主要做法',
      '所里每年安排创建经费3万元。',
      '篇二:税务分局文明创建工作总结',
      '北岭县税务局东区税务分局创建县级文明单位工作总结',
      '一、主要做法',
      '分局每年安排创建经费2万元。',
    ];
    expect(importText(page.join('\n')).map((d) => d.unit?.name)).toEqual(['南岭县税务局城关税务所', '北岭县税务局东区税务分局']);
  });
});

describe('thanks (锦旗, 感谢信)', () => {
  const thanks = (d: AnalyzedDocument | undefined) => d?.honors.filter((h) => h.category === 'commendation').map((h) => [h.title, h.year, h.recipient]) ?? [];

  it('are dated by 仅今年 and given to the body of the clause before', () => {
    const [d] = importText(
      [
        '南湖区应急管理局创建文明单位工作汇报',
        '一、主要做法',
        '仅今年一季度，局里就收到企业送来的感谢信5封。',
        '局里推行“容缺受理”，局政务服务窗口被评为全区“优质服务窗口”，群众送来锦旗3面。',
        '南湖区应急管理局',
        '2023年6月',
      ].join('\n'),
    );
    expect(thanks(d)).toEqual([
      ['感谢信', 2023, { kind: 'unit' }],
      ['锦旗', 'undated', { kind: 'subordinate', name: '政务服务窗口' }],
    ]);
  });
});

describe('numbers stripped by a 范文 site', () => {
  it('flags 达万人, residents and pupils with no number, and 活动场次 after a quoted theme', () => {
    const [d] = importText(
      ['南湖区应急管理局创建文明单位工作汇报', '一、主要做法', '全区应急志愿者达万人，辖区居民约人。', '局里开展“安全进万家”宣传活动场次，群众反响良好。'].join(
        '\n',
      ),
    );
    expect(d?.warnings.filter((w) => w.kind === 'missing-number').map((w) => w.hint)).toEqual([
      '“达万人”缺少数字：数量可能被删去，请按原件补上',
      '“居民约人”缺少数字：人数可能被删去，请按原件补上',
      expect.stringContaining('场次'),
    ]);
  });
});
