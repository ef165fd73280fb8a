// The classes the seventeenth and eighteenth held-out batches (test/fixtures/importer/holdout17,
// holdout18) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, outline } from './helpers';

const township = (...body: string[]) => importText(['北河镇人民政府创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.kind, h.recipient]) ?? [];
const money = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.bound, a.kind, a.period]) ?? [];

describe('headings of a PDF copy', () => {
  const pdf = (...body: string[]) => importText(['西山县中医院', '创建文明单位工作汇报', ...body].join('\n'))[0];

  it('splits the first （一） run in after a 二、 title on the same line', () => {
    const d = pdf(
      '一、加强领导，夯实创建基础',
      '医院成立创建工作领导小组，院长任组长，各科室主任为成',
      '员，定期研究创建工作，形成了一级抓一级的工作格局。',
      '二、坚持便民利民，提升服务水平（一）推行预约诊疗。',
      '医院开通电话、网络和自助机预约，平均候诊时间缩短',
      '了十分钟，群众满意度明显提升，得到广泛好评。',
      '（二）改善就医环境。医院投入资金改造门诊大厅和病房',
      '走廊，增设休息座椅和饮水设施，方便患者就医。',
    );
    expect(outline(d).map((h) => h[1])).toEqual([
      '一、加强领导，夯实创建基础',
      '二、坚持便民利民，提升服务水平',
      '（一）推行预约诊疗。',
      '（二）改善就医环境。',
    ]);
    expect(d?.warnings.filter((w) => w.kind === 'gap')).toEqual([]);
  });

  it('keeps a wrapped line that starts a sentence with a count, or ends on a passive verb, in its paragraph', () => {
    const d = pdf(
      '一、履行公益职责，服务基层群众',
      '医院派出15名专家到4所乡镇卫生院坐诊，为偏远山区',
      '群众送医送药，全年义诊1200人次，受到群众欢迎。',
      '二、加强医德医风建设',
      '医院开展优质服务评比活动，收到表扬信20封。外科护士长孙丽被',
      '评为“市级优秀护士”，全院形成了比学赶超氛围。',
    );
    expect(outline(d).map((h) => h[1])).toEqual(['一、履行公益职责，服务基层群众', '二、加强医德医风建设']);
  });
});

describe('honors dated by the heading they sit under', () => {
  it('gives an honor with no year of its own the one year of its section heading', () => {
    const d = importText(
      [
        '东林县燃气有限公司文明单位创建工作总结',
        '一、2022年：夯实基础',
        '（一）完善制度',
        '　　公司修订了创建工作制度，明确责任分工。',
        '二、2023年：提升服务',
        '（一）窗口建设',
        '　　客服中心被评为省级“青年文明号”，群众送来锦旗3面。',
        '三、下一步打算',
        '　　公司将继续深化创建工作，客服中心被评为县级“优质服务窗口”。',
      ].join('\n'),
    )[0];
    expect(honors(d).map((h) => [h[0], h[1]])).toEqual([
      [2023, '锦旗'],
      [2023, '省级“青年文明号”'],
      ['undated', '县级“优质服务窗口”'],
    ]);
  });
});

describe('what a sum of money is, and its rate', () => {
  it('keeps the rate per household and month of a fee waived (no kind)', () => {
    expect(money(township('对辖区特困户实行每户每月减免燃气费15元。'))).toEqual([['15元', 'exact', null, '每户每月']]);
  });

  it("reads a reward to those chosen in the campaign's 评选 as creation money", () => {
    expect(money(township('每年开展“好邻居”评比，对当选的家庭每户每年奖励300元。'))).toEqual([['300元', 'exact', '创建经费', '每户每年']]);
  });
});

describe('a community that speaks of itself, and its 落款', () => {
  const community = (...body: string[]) =>
    importText(['东湖街道翠竹社区居民委员会创建文明社区工作汇报', '一、主要做法', ...body, '2023年12月20日', '东湖街道翠竹社区居民委员会'].join('\n'))[0];

  it("gives a 居民委员会's 文明社区 to the unit, and reads the date on the line before the unit's name", () => {
    const d = community('　　我们社区在2019年被评为市级文明社区，2022年顺利通过复查。');
    expect(honors(d).map((h) => [h[0], h[1], h[3], h[4]])).toEqual([
      [2019, '文明社区', 'title', { kind: 'unit' }],
      [2022, '文明社区', 'title', { kind: 'unit' }],
    ]);
    expect(d?.date?.iso).toBe('2023-12-20');
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });

  it('reads no honor in a wish (一定能够成为一个更加…的…), and 善款 raised as donations', () => {
    const d = community('　　我们坚信，翠竹社区必将成为一个更加美丽、更加温馨的幸福家园。', '　　社区组织爱心义卖，共筹得善款1.5万元。');
    expect(honors(d)).toEqual([]);
    expect(money(d)).toEqual([['1.5万元', 'exact', '捐款捐物', null]]);
  });
});

describe('a 申报表 and a web page around the report', () => {
  it("reads the unit from a form's labelled line, keeps each field apart, and a 落款 with (盖章) after the date", () => {
    const d = importText(
      [
        '市级文明单位申报表',
        '申报单位：南湖区疾病预防控制中心',
        '单位地址：南湖区青年路8号',
        '职工人数：86人',
        '一、主要做法',
        '　　中心每年安排创建经费8万元，争取省级财政专项资金120万元建成检验大楼。',
        '2024年6月1日',
        '南湖区疾病预防控制中心（盖章）',
      ].join('\n'),
    )[0];
    expect(d?.unit?.name).toBe('南湖区疾病预防控制中心');
    expect(d?.date?.iso).toBe('2024-06-01');
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
    expect(money(d)).toContainEqual(['120万元', 'exact', '争取项目', null]);
  });

  it("removes a page's comments heading (网友评论) after the report", () => {
    const d = importText(
      [
        '创建文明单位工作汇报(范文)',
        '来源:范文网  浏览:300次',
        '北岭县林业局创建文明单位工作汇报',
        '    我局扎实开展创建工作,成效明显.',
        '北岭县林业局',
        '2024年1月',
        '发表评论',
      ].join('\n'),
    )[0];
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
    expect(d?.removals.filter((r) => r.op === 'web-debris').map((r) => r.line)).toContain(7);
  });
});

describe('who earned an honor: a body named in the clause', () => {
  const college = (...body: string[]) => importText(['东江师范学院创建文明校园工作汇报', '一、主要做法', ...body].join('\n'))[0];

  it("gives a college's 学院 or 食堂 its own honor, and the college's 学院 the unit's", () => {
    expect(honors(college('外国语学院被评为省级“先进基层党组织”。', '教工食堂获市级“放心食堂”称号。', '学院被评为市级“平安校园”。')).map((h) => h[4])).toEqual([
      { kind: 'subordinate', name: '外国语学院' },
      { kind: 'subordinate', name: '教工食堂' },
      { kind: 'unit' },
    ]);
  });

  it('gives a title to a window named in quotes before 窗口', () => {
    expect(honors(township('便民服务中心“一站式服务”窗口被评为市级“巾帼文明岗”。')).map((h) => h[4])).toEqual([
      { kind: 'subordinate', name: '一站式服务窗口' },
    ]);
  });
});

describe('money in brackets', () => {
  it('links amounts alone in brackets after listed works to the larger whole before them', () => {
    const d = township('　　近两年镇里投入人居环境整治资金约900万元，完成了主街改造（近500万元）、公厕新建（120余万元）等工程。');
    expect(d?.amounts.map((a) => [a.text, a.kind, a.partOf ?? null])).toEqual([
      ['约900万元', '基础设施与民生', null],
      ['近500万元', '基础设施与民生', '约900万元'],
      ['120余万元', '基础设施与民生', '约900万元'],
    ]);
  });

  it("reads one year's budget in brackets as no rate, and a rate raised (增至) as the rate", () => {
    expect(money(township('　　镇财政每年安排创建工作经费20万元（2024年预算25万元）。'))).toEqual([
      ['20万元', 'exact', '创建经费', '每年'],
      ['25万元', 'exact', '创建经费', null],
    ]);
    expect(money(township('　　镇财政每年安排创建工作经费20万元（2024年提高到25万元）。'))).toEqual([
      ['20万元', 'exact', '创建经费', '每年'],
      ['25万元', 'exact', '创建经费', '每年'],
    ]);
  });
});

describe('parts of a whole and their own words', () => {
  it("reads a part of aid for a village's trade as aid, and a part raised by the unit itself as the whole's works", () => {
    const aid = township('　　我镇结对帮扶山后村，累计投入帮扶资金共计30万元，其中硬化村道18万元、扶持食用菌种植12万元。');
    expect(aid?.amounts.map((a) => [a.text, a.kind])).toEqual([
      ['30万元', '帮扶资金'],
      ['18万元', '基础设施与民生'],
      ['12万元', '帮扶资金'],
    ]);
    const works = township('　　两年来全镇共投入道路建设资金900万元，其中争取上级交通项目资金600万元、镇村自筹300万元。');
    expect(works?.amounts.map((a) => [a.text, a.kind])).toEqual([
      ['900万元', '基础设施与民生'],
      ['600万元', '争取项目'],
      ['300万元', '基础设施与民生'],
    ]);
  });
});

describe('honors in a form and in a list with years', () => {
  it("reads a form's field of the title held (现有称号：…（…命名，…复查保留）) as its steps", () => {
    const d = importText(
      [
        '县级文明单位申报表',
        '单位名称：西岭县气象局',
        '现有称号：县级文明单位（2019年命名，2022年复查保留）',
        '一、主要做法',
        '　　我局扎实开展创建工作。',
      ].join('\n'),
    )[0];
    expect(d?.honors.map((h) => [h.year, h.title, h.level, h.kind, h.status])).toEqual([
      [2019, '文明单位', '县级', 'title', '命名'],
      [2022, '文明单位', '县级', 'title', '复查保留'],
    ]);
  });

  it('reads a quoted item with its year in brackets, in a list after 获得, as an honor', () => {
    expect(honors(township('　　我镇先后获得全省乡镇综合治理优秀奖（2020年）、“市级森林乡镇”（2022年）。')).map((h) => [h[0], h[1]])).toEqual([
      [2020, '全省乡镇综合治理优秀奖'],
      [2022, '市级森林乡镇'],
    ]);
  });
});

describe('a 通报表扬 written with 被', () => {
  it('reads …被<issuer>通报表扬 as a commendation of the body before 被', () => {
    expect(honors(township('　　镇财政所工作扎实，财政所被县财政局通报表扬。')).map((h) => [h[1], h[4]])).toEqual([
      ['通报表扬', { kind: 'subordinate', name: '财政所' }],
    ]);
  });
});
