// The classes the sixth held-out batch (test/fixtures/importer/holdout6) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { findPii } from '../../src/domain/pii';
import { splitSentences } from '../../src/domain/sentences';
import { importText } from './helpers';

const headings = (d: AnalyzedDocument | undefined) => d?.blocks.filter((b) => b.role === 'heading').map((b) => b.piece.text) ?? [];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.value, a.kind, a.period, a.partOf ?? null]) ?? [];

describe('thousands separators', () => {
  it('never drops the digits before a 1,200 or 1，200 comma', () => {
    const [doc] = importText(
      [
        '青禾县供水公司创建文明单位工作汇报',
        '　　公司现有干部职工2,160人。近三年公司投入2,350万元改造城区供水管网,争取上级水利项目资金约1，680万元。',
        '　　全年向困难家庭发放救助金1,025元以上。',
      ].join('\n'),
    );
    expect(amounts(doc).map((a) => a.slice(0, 2))).toEqual([
      ['2,350万元', 23_500_000],
      ['约1，680万元', 16_800_000],
      ['1,025元以上', 1025],
    ]);
    expect(doc?.figures.find((f) => f.label === '干部职工')?.value).toBe(2160);
  });

  it('keeps parts of an amount given in the sentence before (。其中，…)', () => {
    const [doc] = importText(
      ['石桥镇创建文明村镇工作汇报', '　　全镇累计投入2.4亿元建设集镇道路和污水管网，完成危房改造320户。其中，争取上级衔接资金9,200万元。'].join('\n'),
    );
    expect(amounts(doc).map((a) => [a[0], a[4]])).toEqual([
      ['2.4亿元', null],
      ['9,200万元', '2.4亿元'],
    ]);
  });

  it('does not cut a long sentence inside a figure', () => {
    const long = `${'甲'.repeat(290)}，累计投入3，450万元，${'乙'.repeat(290)}。`;
    expect(splitSentences(long).some((s) => s.text.startsWith('450'))).toBe(false);
  });
});

describe('levels in minority areas', () => {
  it('reads 旗 as the county level and 州, 盟 as the city level, the titles keeping their words', () => {
    const [doc] = importText(
      [
        '巴彦淖尔旗图书馆创建文明单位工作汇报',
        '　　巴彦淖尔旗图书馆现有干部职工36人。2016年，我馆被命名为旗级文明单位，2021年被命名为州级文明单位。',
        '　　2019年，我馆被评为全盟文化系统“先进集体”。2022年，我馆被旗委、旗政府评为“服务群众优秀单位”。',
      ].join('\n'),
    );
    expect(honors(doc)).toEqual([
      ['文明单位', 'title', 2016, '县级', { kind: 'unit' }, 'title'],
      ['文明单位', 'title', 2021, '市级', { kind: 'unit' }, 'title'],
      ['全盟文化系统“先进集体”', 'honor', 2019, '市级', { kind: 'unit' }, 'title'],
      ['服务群众优秀单位', 'honor', 2022, '县级', { kind: 'unit' }, 'title'],
    ]);
    expect(doc?.seeks).toBeNull();
  });
});

describe('numbered headings with a half-width dot', () => {
  it('takes “1. 队伍建设。…” as a heading run into its text, and numbered sentences as body text', () => {
    const [doc] = importText(
      [
        '临江街道锦华社区创建文明社区工作汇报',
        '尊敬的各位领导：',
        '　　锦华社区现有居民2400户。现将创建工作汇报如下：',
        '一、强化组织保障',
        '1. 队伍建设。社区配备专职网格员11名，组建楼栋长队伍并定期开展业务培训。',
        '2. 阵地保障。社区改造邻里中心二楼，设立文明实践站和老年活动室，免费向居民开放。',
        '二、做实为民服务',
        '1. 推行“一站式”服务窗口，全年办理各类事项2300余件。',
        '2. 为5户困难家庭落实临时救助。',
        '3. 组织居民开展垃圾分类积分兑换活动，参与家庭超过八成。',
        '锦华社区居委会',
        '2024年5月',
      ].join('\n'),
    );
    expect(headings(doc)).toEqual(['一、强化组织保障', '1. 队伍建设。', '2. 阵地保障。', '二、做实为民服务']);
  });
});

describe('an honors table copied as text, its columns kept apart by spaces', () => {
  const [doc] = importText(
    [
      '东坡区实验小学创建文明校园工作汇报',
      '一、办学成效',
      '　　学校办学成效显著，近年所获部分荣誉见下表：',
      '获奖年度  荣誉称号                     颁发单位',
      '2018      全市少先队工作先进集体       共青团市委',
      '2020      四川省一级示范小学           四川省教育厅',
      '2023      区级“书香校园”             区教育局',
      '二、存在的不足',
      '　　学校在课后服务的多样化方面还有差距，今后将继续努力。',
    ].join('\n'),
  );

  it('reads its rows as honors, not as headings', () => {
    expect(headings(doc)).toEqual(['一、办学成效', '二、存在的不足']);
    expect(honors(doc)).toEqual([
      ['全市少先队工作先进集体', 'honor', 2018, '市级', { kind: 'unit' }, 'title'],
      ['四川省一级示范小学', 'honor', 2020, '省级', { kind: 'unit' }, 'title'],
      ['区级“书香校园”', 'honor', 2023, '区级', { kind: 'unit' }, 'title'],
    ]);
  });
});

describe('money handed out to people', () => {
  it('is aid when given to residents or households, and not when paid to the unit’s staff', () => {
    const [doc] = importText(
      [
        '柳湾镇创建文明村镇工作汇报',
        '　　镇政府为辖区70岁以上独居老人每人每月发放高龄津贴80元。',
        '　　为全镇58户易地搬迁户每户每年发放产业奖补资金800元。',
        '　　夏季为一线职工每人每月发放高温津贴200元。',
      ].join('\n'),
    );
    expect(amounts(doc).map((a) => [a[0], a[2], a[3]])).toEqual([
      ['80元', '帮扶资金', '每人每月'],
      ['800元', '帮扶资金', '每户每年'],
      ['200元', '其他', '每人每月'],
    ]);
  });
});

describe('web copies: a bare “N篇” collection title, an inline related list, a site notice', () => {
  const docs = importText(
    [
      '文明单位创建工作总结3篇',
      '篇一：青田县档案馆创建文明单位工作总结',
      '　　青田县档案馆现有干部职工26人。全年接待查档群众2100人次，开展档案进社区活动6场。',
      '青田县档案馆',
      '2021年11月5日',
      '篇二：青田县气象局创建文明单位工作总结',
      '　　青田县气象局现有干部职工31人。全年发布预警信息120期，开展气象科普进校园活动9场。',
      '青田县气象局',
      '2021年12月8日',
      '版权归原作者所有，如有侵权请联系删除。',
      '推荐阅读：文明单位创建工作计划 | 创建文明单位自查报告 | 文明单位申报表',
    ].join('\n'),
  );

  it('removes them as debris and finds the last article’s date', () => {
    expect(docs.map((d) => d.date?.iso)).toEqual(['2021-11-05', '2021-12-08']);
    const removed = docs.flatMap((d) => d.warnings.filter((w) => w.kind === 'artifact').map((w) => w.line));
    expect(removed).toEqual(expect.arrayContaining([1, 10, 11]));
    expect(docs.flatMap((d) => d.warnings.filter((w) => w.kind === 'truncated'))).toEqual([]);
  });
});

describe('people named after their post', () => {
  it('keeps a long name after a post and an anonymised one after 村医/校医', () => {
    const [doc] = importText(
      [
        '伊宁县税务局创建文明单位工作汇报',
        '　　伊宁县税务局现有干部职工120人。征管股股长阿依古丽被评为全省税务系统“先进工作者”，科员欧阳明辉被评为全市“优秀共产党员”。',
        '　　局属卫生室校医**被评为县级“优秀医生”。',
      ].join('\n'),
    );
    expect(doc?.honors.map((h) => [h.title, h.recipient])).toEqual([
      ['全省税务系统“先进工作者”', { kind: 'individual', name: '阿依古丽' }],
      ['全市“优秀共产党员”', { kind: 'individual', name: '欧阳明辉' }],
      ['县级“优秀医生”', { kind: 'individual', name: '**' }],
    ]);
  });
});

describe('names of people living alone or gravely ill', () => {
  it('are personal data to mask', () => {
    const text = '社区志愿者每周两次上门看望空巢老人王秀兰，为重病患者赵德明联系了医疗救助。';
    expect(findPii(text).map((f) => [f.text, f.masked])).toEqual([
      ['王秀兰', '王某某'],
      ['赵德明', '赵某某'],
    ]);
  });
});
