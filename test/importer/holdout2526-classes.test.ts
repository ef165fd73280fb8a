// The classes the twenty-fifth and twenty-sixth held-out batches (test/fixtures/importer/holdout25,
// holdout26) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { tableHonors } from '../../src/importer/extract-tables';
import { classifyMoney } from '../../src/importer/money-kind';
import { htmlToLines } from '../../src/importer/read-docx';
import type { Block } from '../../src/importer/types';
import { importText, outline, reportText } from './helpers';

const money = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period]) ?? [];

const report = reportText;

describe('money', () => {
  it('a per-head budget for the campaign’s activities or training is creation money, per head per year', () => {
    const [d] = importText(
      report('南湖县档案馆创建市级文明单位工作汇报', ['一、强化保障', '馆里每年安排创建工作经费6万元，干部人均读书活动经费不少于150元。']),
    );
    expect(money(d)).toContainEqual(['不少于150元', '创建经费', '每人每年']);
  });

  it('人均年度 is a rate per head and year, and a health check budget per head is staff care (其他)', () => {
    const [d] = importText(report('北山县水务局创建市级文明单位工作汇报', ['一、关心职工', '局里落实职工疗养制度，干部人均年度疗养费用约900元。']));
    expect(money(d)).toContainEqual(['约900元', '其他', '每人每年']);
  });

  it('the time that opens the sentence (每年春节) tells how often a per-household gift recurs', () => {
    const [d] = importText(report('西河县供电所创建市级文明单位工作汇报', ['一、结对帮扶', '每年中秋，所里为结对村12户困难户每户送去慰问金300元。']));
    expect(money(d)).toContainEqual(['300元', '帮扶资金', '每户每年']);
  });

  it('各 after the people counted is a rate per head', () => {
    const [d] = importText(report('东江县邮政局创建市级文明单位工作汇报', ['一、关爱群众', '每月为镇上5名留守老人各发放生活补助150元。']));
    expect(money(d)).toContainEqual(['150元', '帮扶资金', '每人每月']);
  });

  it('insurance bought for people who are not aided is 其他', () => {
    const [d] = importText(
      report('南江县志愿者协会创建市级文明单位工作汇报', ['一、保障志愿者', '协会按每人每年不超过80元的标准为注册志愿者办理人身意外保险。']),
    );
    expect(money(d)).toContainEqual(['不超过80元', '其他', '每人每年']);
  });

  it('an allowance paid to the unit’s own workers is pay, whatever work their name says', () => {
    const [d] = importText(
      report('北山县水利站创建市级文明单位工作汇报', ['一、关心职工', '站里每年列支创建经费5万元，为一线维修工人每人每月发放夜间值守补贴200元。']),
    );
    expect(money(d)).toContainEqual(['200元', '其他', '每人每月']);
  });

  it('the parts of creation money keep its kind, a 奖励 among them included', () => {
    const [d] = importText(
      report('南湖县文化馆创建市级文明单位工作汇报', ['一、加强保障', '全年投入创建经费18万元，其中文化墙建设9万元、道德讲堂5万元、先进评选奖励4万元。']),
    );
    expect(money(d)).toEqual(
      expect.arrayContaining([
        ['9万元', '创建经费', null],
        ['5万元', '创建经费', null],
        ['4万元', '创建经费', null],
      ]),
    );
  });

  it('a part put up to match (配套) is not the money another part won', () => {
    const [d] = importText(
      report('东江县交通局创建市级文明单位工作汇报', ['一、服务发展', '全年完成农村公路改造投资900万元，其中争取省级补助资金600万元、县级财政配套300万元。']),
    );
    expect(money(d)).toContainEqual(['300万元', '基础设施与民生', null]);
  });

  it('a sum raised besides the creation money (另自筹) is creation money, whatever it builds', () => {
    const [d] = importText(
      report('北关街道文化社区创建市级文明社区工作汇报', ['一、加强保障', '街道每年下拨社区创建经费2万元，社区另筹集8000多元，用于文化长廊建设。']),
    );
    expect(money(d)).toContainEqual(['8000多元', '创建经费', null]);
  });

  it('a figures table’s 创建投入 with its year is creation money', () => {
    expect(classifyMoney('2023年度创建投入', '').kind).toBe('创建经费');
  });
});

describe('a PDF copy', () => {
  it('a line’s tail that opens with a year, keeps a bracket open or ends in a number goes on in the next line', () => {
    const [d] = importText(
      [
        '南江县自来水公司创建市级文明单位工作汇报',
        '一、基本情况',
        '南江县自来水公司是一家国有供水企业，现有职工126人，其中党员',
        '40名，日供水能力8万吨，管网总长度360公里。2015年被县委县',
        '政府命名为县级文明单位，此后每年都开展创建工作，职工参与度高。',
        '二、主要做法',
        '公司每年安排创建经费15万元，建成职工书屋和党员活动室各一个。',
        '公司连续四年获得全县安全生产先进单位，服务满意度（2020—2023',
        '年）均在98%以上。全年组织职工参加义务献血，共捐款1.26',
        '万元，用于帮助困难职工家庭渡过难关，群众反响较好，效果明显。',
        '南江县自来水公司',
        '2024年3月10日',
      ].join('\n'),
    );
    expect(outline(d)).toEqual([
      [1, '一、基本情况'],
      [1, '二、主要做法'],
    ]);
    expect(money(d)).toContainEqual(['1.26万元', '捐款捐物', null]);
  });
});

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.recipient]) ?? [];

describe('honors', () => {
  it('a party, youth or union body keeps the unit’s word in its name (馆团支部, 局机关党支部, 站团工委)', () => {
    const [d] = importText(
      report('南湖县图书馆创建市级文明单位工作汇报', [
        '一、创建成效',
        '馆团支部被评为县级“五四红旗团支部”，局机关党支部被评为县级“先进基层党组织”，站团工委被评为县级“优秀团组织”。',
      ]),
    );
    const names = d?.honors.map((h) => h.recipient.name);
    expect(names).toEqual(expect.arrayContaining(['馆团支部', '局机关党支部', '站团工委']));
  });

  it('a title given by the 市直机关 (省直, 县直) has that level', () => {
    const [d] = importText(report('西河县档案馆创建市级文明单位工作汇报', ['一、创建成效', '馆机关党支部被评为省直机关“先进党支部”。']));
    expect(honors(d)).toContainEqual(['undated', '省直机关“先进党支部”', '省级', { kind: 'subordinate', name: '馆机关党支部' }]);
  });

  it('连续两届 (terms, not years) before the verb is no part of the holder’s name', () => {
    const [d] = importText(report('北山县水务局创建市级文明单位工作汇报', ['一、创建成效', '第二巡查队连续三届被市总工会评为市级“工人先锋号”。']));
    expect(honors(d)).toContainEqual(['undated', '市级“工人先锋号”', '市级', { kind: 'subordinate', name: '第二巡查队' }]);
  });
});

describe('the unit and the end of the text', () => {
  it('a title line that is the unit’s name alone may have a placeholder for its place', () => {
    const [d] = importText(
      [
        'XX县自然资源局',
        '创建市级文明单位工作汇报材料',
        '',
        '尊敬的各位领导：',
        '    XX县自然资源局于2019年组建，现有干部职工56人。',
        '',
        '一、基本情况',
        '    我局始终把创建工作摆在重要位置。',
        '',
        'XX县自然资源局',
        '20xx年6月',
      ].join('\n'),
    );
    expect(d?.unit?.name).toBe('XX县自然资源局');
  });

  it('a 管理段 or a 储备库 is a unit, and its name signing the report closes the text', () => {
    const [d] = importText(
      ['南江县航道管理段创建市级文明单位工作汇报', '　　一、基本情况', '　　我段现有职工48人，负责航道养护。', '南江县航道管理段', '2024年6月'].join('\n'),
    );
    expect(d?.unit?.name).toBe('南江县航道管理段');
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });

  it('contact fields after the last sentence are no sign the text was cut', () => {
    const [d] = importText(
      report('北山县图书馆创建市级文明单位工作汇报', ['一、基本情况', '馆里现有职工30人。', '下一步，我们将继续努力。联系人：×××　电话：×××']),
    );
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });
});

describe('a PDF copy’s running head', () => {
  it('a name, a gap and the page (第2页 共5页, 共5页 第2页) atop a page is debris', () => {
    const [d] = importText(
      [
        '南江县疾控中心创建市级文明单位工作汇报',
        '一、基本情况',
        '中心现有职工86人，其中专业技术人员70人。',
        '南江县疾病预防控制中心          第2页 共5页',
        '二、主要做法',
        '中心每年安排创建经费10万元。',
        '南江县疾控中心    共5页 第3页',
        '南江县疾病预防控制中心',
        '2024年5月',
      ].join('\n'),
    );
    expect(d?.removals.filter((r) => r.op === 'pagination').map((r) => r.line)).toEqual([4, 7]);
  });
});

describe('a Word honors table', () => {
  it('a cell merged down (rowspan) gives its value to the rows below, which keep their columns', () => {
    const lines = htmlToLines(
      '<table><tr><td>年份</td><td>荣誉名称</td><td>获得者</td></tr><tr><td rowspan="2">2020</td><td>全市“巾帼文明岗”</td><td>收费班</td></tr><tr><td>全省“青年文明号”</td><td>稽查队</td></tr></table>',
    );
    expect(lines.map((l) => l.style?.table)).toEqual([
      ['年份', '荣誉名称', '获得者'],
      ['2020', '全市“巾帼文明岗”', '收费班'],
      ['2020', '全省“青年文明号”', '稽查队'],
    ]);
  });

  it('the unit named by its short name in the 获得者 column is the unit', () => {
    const table: Block = {
      role: 'table',
      piece: { text: '', spans: [] },
      rows: [
        ['年份', '荣誉名称', '获得者'],
        ['2021', '全省水利系统先进集体', '城西水厂'],
      ],
      rowLines: [1, 2],
    };
    expect(tableHonors([table], {}, ['南江市供水有限公司城西水厂']).map((h) => h.recipient)).toEqual([{ kind: 'unit' }]);
  });
});

describe('a count of honors', () => {
  it('市级以上荣誉30多项 counts honors and is none of them', () => {
    const [d] = importText(
      report('南湖县人民医院创建市级文明单位工作汇报', ['一、创建成效', '建院以来，我院先后获得市级以上荣誉30多项。2022年被评为全市“平安医院”。']),
    );
    expect(d?.honors.map((h) => h.title)).toEqual(['全市“平安医院”']);
  });
});

describe('a 金奖 after a 奖', () => {
  it('…奖金奖 is a gold award, not prize money', () => {
    const [d] = importText(report('南湖县图书馆创建市级文明单位工作汇报', ['一、创建成效', '馆员周晓燕荣获“全省全民阅读推广奖金奖”。']));
    expect(honors(d)).toContainEqual(['undated', '全省全民阅读推广奖金奖', '省级', { kind: 'individual', name: '周晓燕' }]);
  });
});
