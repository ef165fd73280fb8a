// The classes the nineteenth and twentieth held-out batches (test/fixtures/importer/holdout19,
// holdout20) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { classifyMoney } from '../../src/importer/money-kind';
import { importText, outline } from './helpers';

const money = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.bound, a.kind, a.period]) ?? [];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.kind, h.recipient]) ?? [];

describe('a 信息简报', () => {
  const bulletin = [
    '南湖街道东苑社区精神文明建设简报',
    '2024年第5期',
    '东苑社区居委会编　　　　　　2024年9月20日',
    '本期目录',
    '1.社区开展垃圾分类宣传周活动',
    '2.我社区获评市级文明社区',
    '－－－－－－－－－－－－－－－',
    '1.社区开展垃圾分类宣传周活动',
    '　　8月5日至11日，社区组织志愿者入户宣传垃圾分类知识，发放宣传册1200份。',
    '2.我社区获评市级文明社区',
    '　　9月3日，市文明委发文，我社区被命名为市级文明社区。同日，社区第一网格被评为全市“红旗网格”。',
    '－－－－－－－－－－－－－－－',
    '报：街道党工委、街道文明办',
    '送：各居民小组',
  ].join('\n');

  it('is one document: its masthead dates it, its contents are no sections, its items are its content', () => {
    const docs = importText(bulletin);
    expect(docs).toHaveLength(1);
    const d = docs[0];
    expect(d?.date?.iso).toBe('2024-09-20');
    expect(outline(d)).toEqual([
      [1, '1.社区开展垃圾分类宣传周活动'],
      [1, '2.我社区获评市级文明社区'],
    ]);
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });

  it('dates an item’s honors, written with a month and no year, by the masthead', () => {
    const d = importText(bulletin)[0];
    expect(honors(d).map((h) => h[0])).toEqual([2024, 2024]);
  });
});

describe('an honors list after the 落款', () => {
  it('reads each ① entry (year, honor, who gave it, who it was given to) as an honor, not a section', () => {
    const d = importText(
      [
        '东河县档案馆创建文明单位自评报告',
        '一、基本情况',
        '我馆现有职工28人，内设办公室、保管利用科、编研科3个科室。',
        '二、下一步打算',
        '我馆将继续巩固创建成果，推动各项工作再上新台阶。',
        '东河县档案馆',
        '2023年11月',
        '附件：我馆近年所获荣誉',
        '①2017年 全市档案系统先进集体（市档案局）',
        '②2020年 市级文明单位（市文明委）',
        '③2022年 “全省档案工作先进个人”（省档案局）——授予编研科科长周明',
      ].join('\n'),
    )[0];
    expect(outline(d).map((h) => h[1])).toEqual(['一、基本情况', '二、下一步打算', '附件：我馆近年所获荣誉']);
    expect(honors(d)).toEqual([
      [2017, '全市档案系统先进集体', '市级', 'honor', { kind: 'unit' }],
      [2020, '文明单位', '市级', 'title', { kind: 'unit' }],
      [2022, '全省档案工作先进个人', '省级', 'honor', { kind: 'individual', name: '周明' }],
    ]);
    expect(d?.warnings.filter((w) => w.kind === 'truncated' || w.kind === 'gap')).toEqual([]);
  });
});

describe('honors of a named body or person beside the unit’s', () => {
  const court = (...body: string[]) => importText(['青川县人民法院创建文明单位事迹材料', '一、主要做法', ...body, '青川县人民法院', '2024年3月'].join('\n'))[0];

  it('gives a 人民法庭, an 执行局 and a person named without a post their own honors', () => {
    const d = court(
      '　　2021年，白沙人民法庭被省高级人民法院评为“全省优秀人民法庭”；2022年，赵明远被评为“全省法院调解能手”。',
      '　　2023年春节前，执行局开展涉民生案件集中执行活动，兑现案款300余万元。',
      '　　执行局也因此被市中级人民法院记集体三等功。',
    );
    expect(honors(d)).toEqual([
      [2021, '全省优秀人民法庭', '省级', 'honor', { kind: 'subordinate', name: '白沙人民法庭' }],
      [2022, '全省法院调解能手', '省级', 'honor', { kind: 'individual', name: '赵明远' }],
      [2023, '集体三等功', '市级', 'honor', { kind: 'subordinate', name: '执行局' }],
    ]);
  });

  it('reads reviews written 在…复查中均被确认保留 as title steps', () => {
    const d = court('　　2015年，法院被命名为县级文明单位，此后在2018年、2021年两次复查中均被确认保留。');
    expect(honors(d).map((h) => [h[0], h[1], h[3]])).toEqual([
      [2015, '文明单位', 'title'],
      [2018, '文明单位', 'title'],
      [2021, '文明单位', 'title'],
    ]);
  });
});

describe('money of several kinds', () => {
  const report = (...body: string[]) => importText(['城南供电所创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

  it('reads a monthly gift from staff pay (每人每月从工资中捐出) as a donation', () => {
    expect(money(report('　　所里职工每人每月从工资中捐出20元，设立“暖心基金”。'))).toEqual([['20元', 'exact', '捐款捐物', '每人每月']]);
  });

  it('gives each item of a list its own kind: money raised for the campaign, then money won', () => {
    expect(money(report('　　全年自筹创建经费12万元、争取市公司专项资金60万元，用于供电营业厅改造。'))).toEqual([
      ['12万元', 'exact', '创建经费', null],
      ['60万元', 'exact', '争取项目', null],
    ]);
  });

  it('reads goods collected (募集…物资) as a donation, repainting as works, and a 精神文明建设投入 row as creation money', () => {
    expect(money(report('　　所里为辖区孤寡老人每人每月发放生活补贴80元，为留守儿童募集爱心图书价值6000元。'))).toEqual([
      ['80元', 'exact', '帮扶资金', '每人每月'],
      ['6000元', 'exact', '捐款捐物', null],
    ]);
    expect(money(report('　　所里投入约9万元，粉刷了营业厅和职工食堂。'))).toEqual([['约9万元', 'about', '基础设施与民生', null]]);
    // A figures table's row label, as the Word reader hands it over.
    expect(classifyMoney('精神文明建设投入 8.5万元', '').kind).toBe('创建经费');
  });

  it('reads payments made on others’ behalf (代理发放) as no money put in', () => {
    expect(money(report('　　所里代理发放农业补贴资金1.2亿元，惠及农户2万户。'))).toEqual([['1.2亿元', 'exact', null, null]]);
  });
});

describe('numbers and names taken out', () => {
  const warned = (d: AnalyzedDocument | undefined, kind: string) => d?.warnings.filter((w) => w.kind === kind).map((w) => w.line) ?? [];

  it('flags counts gone before 起, 条, 份, 栋 and after 出动, and a single × in an issue number', () => {
    const docs = importText(
      [
        '河西社区创建文明社区工作简报',
        '2022年第3期（总第×期）',
        '河西社区居委会编印　2022年8月1日',
        '　　一季度，社区出动巡逻队员人次，化解邻里纠纷起，收到居民建议条。',
        '　　社区为辖区栋老旧楼房加装了扶手，为困难家庭送去慰问品份。',
      ].join('\n'),
    );
    const d = docs[0];
    expect(warned(d, 'placeholder')).toEqual([2]);
    expect(warned(d, 'missing-number')).toEqual([4, 4, 4, 5, 5]);
  });
});

describe('headings of copied text', () => {
  it('keeps a hard-wrapped opening sentence (首先，…) in its paragraph', () => {
    const d = importText(
      [
        '北山县妇幼保健院创建文明单位',
        '工作汇报',
        '尊敬的各位领导：',
        '    首先，我代表全院职工，对各位领导的到来',
        '表示衷心感谢！下面，我将我院创建工作汇报如下：',
        '一、加强组织领导，健全工作机制',
        '院里成立了创建工作领导小组，定期研究部署创建工作。',
      ].join('\n'),
    )[0];
    expect(outline(d).map((h) => h[1])).toEqual(['一、加强组织领导，健全工作机制']);
  });

  it('heads a part with the next counter of the headings even after a paragraph cut short', () => {
    const d = importText(
      [
        '东港小学创建文明校园工作汇报',
        '一、加强领导,健全机制',
        '　　学校成立了以校长为组长的创建工作领导小组,明确了责任分工。',
        '二、立德树人,培育新人',
        '　　学校坚持每周一次主题班会,开展“美德少年”评选活动。',
        '三、改善条件,美化校园',
        '　　学校自筹约12万元改造了操场和图书室,……(范文网省略530字,正式会员可完整阅读)',
        '四、家校共育,服务社会',
        '　　学校每学期举办家长学校讲座两次,受到家长好评。',
      ].join('\n'),
    )[0];
    expect(outline(d).map((h) => h[1])).toEqual(['一、加强领导，健全机制', '二、立德树人，培育新人', '三、改善条件，美化校园', '四、家校共育，服务社会']);
  });
});

describe('the unit’s name', () => {
  it('takes a branch company’s full name from a title that goes on with 文明单位复查', () => {
    const d = importText(
      [
        '中国平安财产保险股份有限公司东河县支公司文明单位复查工作汇报',
        '东河县支公司现有员工38人，其中党员15名。',
        '一、主要做法',
        '公司每年安排创建经费4万元。',
      ].join('\n'),
    )[0];
    expect(d?.unit?.name).toBe('中国平安财产保险股份有限公司东河县支公司');
  });

  it('takes the unit from a title line that is its name alone, over the report’s title', () => {
    const d = importText(
      ['东河县自然资源和规划局', '创建省级文明单位工作汇报材料', '', '尊敬的各位领导：', '    县自然资源和规划局现有干部职工96人，其中党员58名。'].join('\n'),
    )[0];
    expect(d?.unit?.name).toBe('东河县自然资源和规划局');
  });
});
