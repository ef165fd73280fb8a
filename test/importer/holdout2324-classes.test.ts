// The classes the twenty-third and twenty-fourth held-out batches (test/fixtures/importer/holdout23,
// holdout24) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import { importText, reportText } from './helpers';

describe('debris', () => {
  // A 范文 page: the paywall note glued to the last paragraph, then the 落款, the related list and a line the
  // importer did not know (the report's tags).
  const page = (tail: string) =>
    [
      '南湖县供电所创建市级文明单位工作汇报',
      '时间:2022-11-02 09:15:40 来源:网友投稿 作者:小编 阅读:812次',
      '一、服务群众',
      '供电所开展上门服务,实行"一次办结"制度,用户送来表扬信6封、锦旗3面……(全文共3120字,剩余1820字,开通VIP会员后查看全文)',
      '国网南湖县供电公司城关供电所',
      '2022年10月',
      '相关推荐:',
      '供电所文明创建工作总结',
      tail,
    ].join('\n');

  it('a paywall note at the end of the last paragraph ends it: the 落款 after it is never its tail, and thanks keep no year', () => {
    const [d] = importText(page('文明单位,供电,汇报'));
    const thanks = d?.honors.filter((h) => h.category === 'commendation');
    expect(thanks?.map((h) => [h.title, h.year])).toEqual([
      ['表扬信', 'undated'],
      ['锦旗', 'undated'],
    ]);
    expect(thanks?.every((h) => !h.quote?.includes('城关供电所'))).toBe(true);
  });

  it('a page’s keywords line (本文关键词:…) is debris: the 落款 above it dates the report, and the text is not cut', () => {
    const [d] = importText(page('本文关键词:文明单位,供电,汇报'));
    expect(d?.date?.iso).toBe('2022-10');
    expect(d?.removals.filter((r) => r.op === 'web-debris').map((r) => r.line)).toContain(9);
    expect(d?.warnings.filter((w) => w.kind === 'truncated').map((w) => w.line)).toEqual([4]);
  });

  it('a site name with its address alone on a line and 【打印本文】 are debris', () => {
    const [d] = importText(
      [
        '北山县税务局创建文明单位工作总结',
        '一、加强领导',
        '局党组把创建工作列入全年重点工作。',
        '范文之家 www.fanwenzhijia.net',
        '二、优化服务',
        '办税大厅推行延时服务。',
        '北山县税务局',
        '2021年12月',
        '【打印本文】 【关闭本页】',
      ].join('\n'),
    );
    const debris = d?.removals.filter((r) => ['watermark', 'web-debris'].includes(r.op)).map((r) => r.line);
    expect(debris).toEqual(expect.arrayContaining([4, 9]));
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });
});

const money = (d: ReturnType<typeof importText>[number] | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period, a.partOf ?? null]) ?? [];

const report = reportText;

describe('money', () => {
  it('a sum put in besides the creation money told before it (又投入, 另投入, 另外每月出资) is creation money, whatever it built', () => {
    const [d] = importText(
      report('东山县林业局创建市级文明单位工作汇报', [
        '一、加强保障',
        '局里每年安排文明创建经费5万元，去年又投入6万元翻新会议室和荣誉室。',
        '所里每年列支创建工作经费2万元，另外每月出资600元聘请一名宣传员。',
      ]),
    );
    expect(money(d)).toContainEqual(['6万元', '创建经费', null, null]);
    expect(money(d)).toContainEqual(['600元', '创建经费', '每月', null]);
  });

  it('each part of a whole is read by its own words, never by the items listed after it', () => {
    const [d] = importText(
      report('南坪乡人民政府创建文明乡镇工作汇报', [
        '一、改善环境',
        '全乡共投入道路建设资金900万元，其中争取省级交通补助资金500万元、乡村自筹250万元、企业捐资150万元。',
      ]),
    );
    expect(money(d)).toContainEqual(['500万元', '争取项目', null, '900万元']);
    expect(money(d)).toContainEqual(['250万元', '基础设施与民生', null, '900万元']);
    expect(money(d)).toContainEqual(['150万元', '捐款捐物', null, '900万元']);
  });

  it('property a rescue kept from harm (抢救财产价值) is no money spent', () => {
    const [d] = importText(report('西岭县消防救援大队申报文明单位事迹材料', ['一、守护平安', '全年出警1200起，抢救财产价值3000余万元。']));
    expect(money(d)).toContainEqual(['3000余万元', null, null, null]);
  });

  it('the creation budget set in a clause after one that opens with 每年 is a yearly rate', () => {
    const [d] = importText(report('北河县税务局创建文明单位工作汇报', ['一、强化领导', '局党组每年初研究部署创建工作，安排文明创建专项经费8万元。']));
    expect(money(d)).toContainEqual(['8万元', '创建经费', '每年', null]);
  });

  it('pay for a hire named in the clause (a cleaner, a guard) is staff pay, not the creation money told before', () => {
    const [d] = importText(
      report('南河县供水公司创建市级文明单位工作汇报', ['一、改善环境', '公司投入创建经费10万元，建成职工书屋，并每月支付3000元聘用两名门卫。']),
    );
    expect(money(d)).toContainEqual(['3000元', '其他', '每月', null]);
  });

  it('a fare subsidy for public transport paid every year is public works and services (基础设施与民生)', () => {
    const [d] = importText(report('东平县交通运输局创建文明单位工作汇报', ['一、服务民生', '对城区公交实行老年人免费乘车，每年补贴资金约120万元。']));
    expect(money(d)).toContainEqual(['约120万元', '基础设施与民生', '每年', null]);
  });
});

const honors = (d: ReturnType<typeof importText>[number] | undefined) =>
  d?.honors.map((h) => [h.year, h.title, h.kind, h.recipient.kind === 'unit' ? 'unit' : `${h.recipient.kind}:${h.recipient.name ?? ''}`, h.category]) ?? [];

describe('honors', () => {
  it('a re-examination passed with the title written in it (通过县级文明单位复查) is a 复查保留 step, never a title of its own', () => {
    const [d] = importText(report('北川县地税分局创建文明单位工作汇报', ['2017年我局被评为县级文明单位，2020年又通过县级文明单位复查。']));
    expect(honors(d)).toEqual([
      [2017, '文明单位', 'title', 'unit', 'title'],
      [2020, '文明单位', 'title', 'unit', 'title'],
    ]);
    expect(d?.honors.map((h) => h.status)).toEqual(['命名', '复查保留']);
  });

  it('thanks received by a body named short (窗口) went to the body the clause before named in full', () => {
    const [d] = importText(report('北川县人社局创建文明单位工作汇报', ['办证大厅综合受理窗口被评为县级“巾帼文明岗”，窗口去年收到群众感谢信9封。']));
    expect(honors(d)).toContainEqual([2023, '感谢信', 'honor', 'subordinate:办证大厅综合受理窗口', 'commendation']);
  });

  it('a leader’s 批示表扬 is a commendation', () => {
    const [d] = importText(report('北川县公路段创建文明单位工作汇报', ['一、服务群众', '县委书记对我段在抗冰保畅中的表现作出批示表扬。']));
    expect(honors(d)).toEqual([['undated', '批示表扬', 'honor', 'unit', 'commendation']]);
  });

  it('a numbered team opening the sentence (二中队, 一班) holds the honor of a later clause that names no one', () => {
    const [d] = importText(report('北川县公安局创建文明单位工作汇报', ['城北派出所二中队敢打硬仗、善打胜仗，2021年被团市委命名为市级“青年文明号”。']));
    expect(honors(d)).toEqual([[2021, '市级“青年文明号”', 'honor', 'subordinate:城北派出所二中队', 'title']]);
  });
});

describe('a PDF copy', () => {
  it('a line ending in a verb that waits for its object (学校先后获得) is no heading: the bracketed-year list wrapped after it is read', () => {
    const [d] = importText(
      [
        '东江县实验小学创建市级文明校园工作汇报',
        '第一部分 学校基本情况',
        '东江县实验小学创办于1952年，现有教学班36个，在校学生1620人，教职工98人，其中党员41名。学校先后获得',
        '“全国书香校园”（2017年）、“省级绿色学校”（2019年）、“市级平安校园”（2021年）等荣誉称号。',
        '东江县实验小学',
        '2023年5月',
      ].join('\n'),
    );
    expect(d?.sections.map((s) => s.title)).toEqual(['第一部分 学校基本情况']);
    expect(honors(d).map((h) => [h[0], h[1]])).toEqual([
      [2017, '全国书香校园'],
      [2019, '省级绿色学校'],
      [2021, '市级平安校园'],
    ]);
  });
});

describe('missing numbers', () => {
  const gaps = (body: string) =>
    importText(report('东江县城管局创建文明单位工作汇报', ['一、改善环境', body]))[0]?.warnings.filter((w) => w.kind === 'missing-number') ?? [];

  it('a haul with its tonnage stripped (清运垃圾吨) and people honored with their count stripped (共表彰…人) are gaps', () => {
    expect(gaps('组织干部开展义务劳动，累计清运建筑垃圾吨。')).toHaveLength(1);
    expect(gaps('20xx年共表彰优秀志愿者和先进个人人。')).toHaveLength(1);
  });

  it('a 服务台 or a 窗台 is a word, not a count with its number stripped', () => {
    expect(gaps('投入6万元粉刷办公楼，设置便民服务台。')).toEqual([]);
  });
});
