// The classes the twenty-seventh and twenty-ninth held-out batches (test/fixtures/importer/holdout27,
// holdout29) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/importer/read-docx';
import { importLines, importText, reportText } from './helpers';

const money = (d: ReturnType<typeof importText>[number] | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period, a.partOf ?? null]) ?? [];

const report = reportText;

describe('web debris', () => {
  it('a government site’s 【字号 大 中 小】 bar and its 主办:… 承办:… footer are debris, not a heading', () => {
    const [d] = importText(
      [
        '首页 > 信息公开 > 工作动态',
        '南岭县人民医院创建市级文明单位工作总结',
        '发布时间:2023-12-01 10:20  来源:县卫健局',
        '【字号 大 中 小】【打印】【关闭】',
        '一、加强组织领导',
        '医院成立了创建工作领导小组。',
        '南岭县人民医院',
        '2023年11月',
        '主办:南岭县人民政府  承办:南岭县大数据中心',
      ].join('\n'),
    );
    const debris = d?.removals.filter((r) => r.op === 'web-debris').map((r) => r.line);
    expect(debris).toEqual(expect.arrayContaining([4, 9]));
    expect(d?.sections.map((s) => s.title)).toEqual(['一、加强组织领导']);
  });
});

describe('units', () => {
  it('a 社区 named short in the title takes the name of its signing 居民委员会', () => {
    const [d] = importText(
      report('城西街道桂园社区创建文明社区工作汇报', ['一、基本情况', '社区现有居民3100户。'], ['城西街道桂园社区居民委员会', '2023年12月']),
    );
    expect(d?.unit?.name).toBe('城西街道桂园社区居民委员会');
  });
});

describe('honors', () => {
  it('a 妇委会 is a body under the unit; a 乡党委 named for a party body’s honor is that body', () => {
    const [d] = importText(
      report('青山乡创建县级文明乡镇工作汇报', [
        '一、党建引领',
        '村妇委会2022年被评为县级“巾帼建功先进集体”。',
        '乡党委2021年被县委评为“先进乡镇党委”。',
        '乡党委2020年被评为“全县目标考核先进单位”。',
      ]),
    );
    const who = d?.honors.map((h) => [h.year, h.recipient.kind, h.recipient.kind === 'unit' ? null : h.recipient.name]);
    expect(who).toContainEqual([2022, 'subordinate', '村妇委会']);
    expect(who).toContainEqual([2021, 'subordinate', '乡党委']);
    expect(who).toContainEqual([2020, 'unit', null]);
  });
});

describe('money', () => {
  it('the parts of a yearly budget are yearly too', () => {
    const [d] = importText(
      report('东湖区税务局创建文明单位工作汇报', ['一、保障有力', '局里每年列支文明创建经费8万元，其中道德讲堂经费3万元、志愿服务经费5万元。']),
    );
    expect(money(d)).toEqual([
      ['8万元', '创建经费', '每年', null],
      ['3万元', '创建经费', '每年', '8万元'],
      ['5万元', '创建经费', '每年', '8万元'],
    ]);
  });

  it('money given to a partner school or village (共建, 对口) is aid', () => {
    const [d] = importText(report('北关供电所创建文明单位工作汇报', ['一、服务社会', '所里每年给共建学校提供图书经费2万元。']));
    expect(money(d)).toEqual([['2万元', '帮扶资金', '每年', null]]);
  });

  it('subsidies handed out after a clause of aid to people are that aid, not funds won', () => {
    const [d] = importText(
      report('西岭中学创建文明校园工作汇报', ['一、关爱学生', '学校对家庭困难的住校生每人每学期发放生活补助600元，全年发放补助资金共计12.6万元。']),
    );
    expect(money(d)).toContainEqual(['12.6万元', '帮扶资金', null, null]);
  });

  it('a whole whose parts tell only where the money came from is the works named after them', () => {
    const [d] = importText(
      report('河口镇创建文明村镇工作汇报', [
        '一、改善环境',
        '三年来全镇共投入资金1200余万元，其中争取上级项目资金700万元，镇村自筹500余万元，新修通村公路18公里，建成文化广场6个。',
      ]),
    );
    expect(money(d)).toContainEqual(['1200余万元', '基础设施与民生', null, null]);
    expect(money(d)).toContainEqual(['500余万元', '基础设施与民生', null, '1200余万元']);
    expect(money(d)).toContainEqual(['700万元', '争取项目', null, '1200余万元']);
  });

  it('repairing mines or river banks is public works', () => {
    const [d] = importText(report('平川县水利局创建文明单位工作汇报', ['一、中心工作', '全年投入约300万元修复水毁河堤5处。']));
    expect(money(d)).toEqual([['约300万元', '基础设施与民生', null, null]]);
  });
});

describe('warnings', () => {
  it('stripped numbers: 约万人, 利税多万元, a length gone after the works (铺设…管网公里)', () => {
    const [d] = importText(
      report('南江县燃气公司创建文明单位工作汇报', [
        '一、基本情况',
        '公司服务用户约万户，年上缴税收多万元。',
        '今年新建中压燃气管道公里，改造老旧小区户内管线1200户。',
      ]),
    );
    const gaps = d?.warnings.filter((w) => w.kind === 'missing-number').map((w) => w.line);
    expect(gaps).toEqual(expect.arrayContaining([3, 4]));
    expect(gaps?.filter((l) => l === 3)).toHaveLength(2);
  });

  it('a 特困患者 named, and a 低保户 named before 捐款, are aid recipients (pii)', () => {
    const [d] = importText(
      report('北塘镇卫生院创建文明单位工作汇报', ['一、服务群众', '全年为特困患者李桂兰等15人减免费用2万元。', '职工为低保户赵春生捐款3000元。']),
    );
    const pii = d?.warnings.filter((w) => w.kind === 'pii').map((w) => w.line);
    expect(pii).toEqual(expect.arrayContaining([3, 4]));
  });
});

describe('more honors', () => {
  it('the year of an inspection passed (2022年通过…验收) dates the naming after it', () => {
    const [d] = importText(
      report('柳林镇创建省级文明村镇工作汇报', ['一、基本情况', '我镇2016年被命名为县级文明村镇，2022年通过市级文明村镇验收，被命名为市级文明村镇。']),
    );
    expect(d?.honors.filter((h) => h.kind === 'title').map((h) => [h.year, h.level])).toEqual([
      [2016, '县级'],
      [2022, '市级'],
    ]);
  });

  it('several review years before the title held named again (2019年、2022年两次复查保留县级文明单位称号) are each a step', () => {
    const [d] = importText(
      report('南门税务分局创建省级文明单位工作汇报', ['一、基本情况', '分局2016年被命名为县级文明单位，2019年、2022年两次复查保留县级文明单位称号。']),
    );
    expect(d?.honors.filter((h) => h.kind === 'title').map((h) => [h.year, h.level, h.status ?? null])).toEqual([
      [2016, '县级', '命名'],
      [2019, '县级', '复查保留'],
      [2022, '县级', '复查保留'],
    ]);
  });

  it('a 金牌 before a post (金牌调解员) is a person’s title, not a medal', () => {
    const [d] = importText(report('城北司法所创建文明单位工作汇报', ['一、队伍建设', '调解员孙立平被评为“全省金牌调解员”。']));
    expect(d?.honors.map((h) => [h.title, h.category])).toEqual([['全省金牌调解员', 'title']]);
  });

  it('a national body’s county branch (中国农业银行县支行) gives the county level', () => {
    const [d] = importText(report('城关供销社创建文明单位工作汇报', ['一、荣誉', '2021年被中国农业银行县支行评为“诚信客户”。']));
    expect(d?.honors.map((h) => [h.year, h.level])).toEqual([[2021, '县级']]);
  });
});

describe('more debris and warnings', () => {
  it('本文来源:site http://… alone on a line is debris', () => {
    const [d] = importText(
      [
        '北湖小学创建文明校园工作汇报',
        '一、德育为先',
        '学校开展主题班会。',
        '本文来源:文秘网 http://www.wenmi.com/',
        '二、环境育人',
        '学校建成书香长廊。',
        '北湖小学',
        '2023年5月',
      ].join('\n'),
    );
    expect(d?.removals.map((r) => r.line)).toContain(4);
  });

  it('a body’s name alone on the last line, after a finished sentence, is a 落款 without a date, not a cut', () => {
    const [d] = importText(
      ['南岗县气象局创建文明单位工作汇报', '一、加强领导', '局里成立了创建领导小组。', '以上汇报，敬请批评指正。', '南岗县气象局'].join('\n'),
    );
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });
});

describe('a Word figures table', () => {
  it('a rate after the sum (6万元/年), a row named as the campaign’s work, and parts listed in a note cell', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '东岭信用社创建文明单位工作汇报', heading: HeadingLevel.TITLE }),
            new Paragraph('一、创建保障'),
            new Paragraph('　　社里创建投入见下表。'),
            new Table({
              rows: [
                new TableRow({ children: [cell('项目'), cell('金额'), cell('备注')] }),
                new TableRow({ children: [cell('年度创建经费'), cell('6万元/年'), cell('社里预算')] }),
                new TableRow({ children: [cell('文明创建宣传长廊建设'), cell('1.8万元'), cell('2023年')] }),
                new TableRow({ children: [cell('结对帮扶西坡村'), cell('10万元'), cell('帮扶资金，其中产业帮扶7万元、助学3万元')] }),
              ],
            }),
            new Paragraph('东岭信用社'),
            new Paragraph('2024年1月8日'),
          ],
        },
      ],
    });
    const lines = await readDocx(new Uint8Array(await Packer.toBuffer(doc)));
    const [d] = importLines(lines, 'docx', 'report.docx');
    expect(money(d)).toEqual([
      ['6万元', '创建经费', '每年', null],
      ['1.8万元', '创建经费', null, null],
      ['10万元', '帮扶资金', null, null],
      ['7万元', '帮扶资金', null, '10万元'],
      ['3万元', '帮扶资金', null, '10万元'],
    ]);
  });
});
