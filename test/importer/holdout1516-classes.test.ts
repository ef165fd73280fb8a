// The classes the fifteenth and sixteenth held-out batches (test/fixtures/importer/holdout15,
// holdout16) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, outline } from './helpers';

const township = (...body: string[]) => importText(['北河镇人民政府创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.kind, h.recipient]) ?? [];

describe("a village's honor is never the unit's", () => {
  it('gives each village listed with its year in brackets its own 文明村', () => {
    expect(honors(township('全镇先后有王庄村（2018年）、李河村（2021年）被评为省级文明村。'))).toEqual([
      [2018, '文明村', '省级', 'title', { kind: 'subordinate', name: '王庄村' }],
      [2021, '文明村', '省级', 'title', { kind: 'subordinate', name: '李河村' }],
    ]);
  });

  it('gives a 文明村 to the village named before the verb, whatever words follow its name', () => {
    expect(honors(township('在全县开展评比,马家村经过三年努力被评为县级“文明村”。'))).toEqual([
      ['undated', '文明村', '县级', 'title', { kind: 'subordinate', name: '马家村' }],
    ]);
  });
});

describe('who earned an honor, named after the title or before it with a post', () => {
  const bureau = (...body: string[]) => importText(['南山县财政局创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

  it('gives a title to the body named in brackets after it, in prose and in a table copied as text', () => {
    expect(honors(bureau('2020年，我局获得全市财政系统“巾帼文明岗”（国库支付科）。'))).toEqual([
      [2020, '全市财政系统“巾帼文明岗”', '市级', 'honor', { kind: 'subordinate', name: '国库支付科' }],
    ]);
    const table = honors(
      bureau('三、所获荣誉', '年份\t荣誉名称\t授予单位', '2021\t全省财政系统“青年文明号”（预算股）\t省财政厅', '2023\t市级文明单位\t市文明委'),
    );
    expect(table).toContainEqual([2021, '全省财政系统“青年文明号”', '省级', 'honor', { kind: 'subordinate', name: '预算股' }]);
  });

  it('reads a 负责人 before a name as a post', () => {
    expect(honors(bureau('项目负责人陈冬梅被评为全省“三八红旗手”。'))).toEqual([
      ['undated', '全省“三八红旗手”', '省级', 'honor', { kind: 'individual', name: '陈冬梅' }],
    ]);
  });
});

describe('a level told by the issuing body in the title', () => {
  const company = (...body: string[]) => importText(['国网东坪县供电公司创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

  it('reads 省公司, 市公司 and a 系统 of a level as that level, keeping the title as written', () => {
    expect(honors(company('运维班获省公司“青年文明号”（2021年）。'))).toEqual([
      [2021, '省公司“青年文明号”', '省级', 'honor', { kind: 'subordinate', name: '运维班' }],
    ]);
    expect(honors(company('收费一班被评为市交通运输系统"文明班组".'))).toEqual([
      ['undated', '市交通运输系统“文明班组”', '市级', 'honor', { kind: 'subordinate', name: '收费一班' }],
    ]);
  });
});

describe('thanks to a named person', () => {
  it('gives 锦旗 and 感谢信 to the person the clause before opens with', () => {
    expect(honors(township('镇卫生院医生王丽热心救治，患者家属送来锦旗和感谢信。'))).toEqual([
      ['undated', '锦旗', null, 'honor', { kind: 'individual', name: '王丽' }],
      ['undated', '感谢信', null, 'honor', { kind: 'individual', name: '王丽' }],
    ]);
    expect(honors(township('环卫所司机张建国拾金不昧，受到失主送来的锦旗。'))).toEqual([
      ['undated', '锦旗', null, 'honor', { kind: 'individual', name: '张建国' }],
    ]);
  });

  it('keeps thanks after a clause with no named person the unit’s', () => {
    expect(honors(township('窗口工作人员耐心服务，群众送来锦旗3面。'))).toEqual([['undated', '锦旗', null, 'honor', { kind: 'unit' }]]);
  });
});

describe('re-examinations written with commas', () => {
  it('reads a year alone before "…两次通过复查" as one of the re-examinations', () => {
    const steps = honors(township('我镇2014年被命名为县级文明单位,2017年,2020年两次通过复查.')).map((h) => h[0]);
    expect(steps).toEqual([2014, 2017, 2020]);
  });
});

describe('what a sum of money is', () => {
  const money = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.bound, a.kind, a.period]) ?? [];

  it('reads money for a works programme carried out (实施…工程) as works', () => {
    expect(money(township('投入约500万元实施农村饮水安全巩固提升工程,解决了2万人的饮水问题.'))).toEqual([['约500万元', 'about', '基础设施与民生', null]]);
  });

  it("reads the unit's health checks for its own staff as 其他, not as the facility built before", () => {
    expect(money(township('建成职工书屋，为全体干部每人每年安排健康体检经费600元。'))).toEqual([['600元', 'exact', '其他', '每人每年']]);
  });

  it('reads money handed out at a rate after a clause about the households as aid', () => {
    expect(money(township('乡政府对全乡89户监测户实行动态管理，每户每年发放奖补资金两千元。'))).toEqual([['两千元', 'exact', '帮扶资金', '每户每年']]);
  });

  it("reads the pay of a hire for the campaign's ledgers as creation money, and a cleaner's as 其他", () => {
    expect(money(township('聘用1名专职人员负责创建台账管理，每月发放补贴900元。'))).toEqual([['900元', 'exact', '创建经费', '每月']]);
    expect(money(township('聘请保洁员8名，每人每月工资2200元。'))).toEqual([['2200元', 'exact', '其他', '每人每月']]);
  });

  it('reads a table row of yearly money (年度…经费) as a yearly rate', () => {
    const d = township('二、主要数据', '指标\t2023年\t2024年', '志愿服务人次\t3.1万\t3.4万', '年度创建经费\t8万元\t10万元', '　　各项工作稳步推进。');
    expect(money(d)).toEqual([
      ['8万元', 'exact', '创建经费', '每年'],
      ['10万元', 'exact', '创建经费', '每年'],
    ]);
  });
});

describe('headings that are sentences', () => {
  it('reads a PDF line wrapped after a stop, with a figure in its tail, as text, not a glued heading', () => {
    const d = importText(
      [
        '平安县第一中学创建文明校园工作汇报',
        '第一部分　学校基本情况 学校始建于1958年，是一所公办完全中学，现有在',
        '编教职工210人，其中党员96名，在校学生3200人。2024年学校经费收入2.6亿元，全',
        '年招生1050人。学校2018年被命名为市级文明校园，2022年通过复查继续保',
        '留市级文明校园称号。',
        '第二部分　主要做法',
        '一、加强组织领导',
        '学校成立了由党委书记任组长的创建工作领导小组，每月召开一次专题会议研究创建工作。',
      ].join('\n'),
    )[0];
    expect(outline(d).map((h) => h[1])).not.toContainEqual(expect.stringMatching(/^2024年/));
  });

  it('reads numbered sentences one after another with no text under them as a list, not headings', () => {
    const d = importText(
      [
        '东坪县供电公司创建文明单位工作总结',
        '一、主要做法',
        '1.投入12万元建成职工书屋。',
        '二、存在问题',
        '1.宣传阵地还不够多。',
        '2.青年志愿者队伍不够稳定。',
        '东坪县供电公司',
        '2025年12月',
      ].join('\n'),
    )[0];
    expect(outline(d).map((h) => h[1])).toEqual(['一、主要做法', '二、存在问题']);
  });
});

describe('warnings', () => {
  const warnings = (d: AnalyzedDocument | undefined) => d?.warnings.map((w) => [w.kind, w.text]) ?? [];

  it('flags a count stripped after 达 (小时) and after a check (查验…辆次)', () => {
    const w = warnings(township('志愿者全年服务时长达小时,群众满意.', '全年检测过往车辆辆次,未发生事故.'));
    expect(w.filter((x) => x[0] === 'missing-number')).toHaveLength(2);
  });

  it('does not flag a person masked as 陈某某 as a placeholder', () => {
    const w = warnings(township('去年辖区居民陈某某家中失火，社区组织捐款1.2万元。'));
    expect(w.filter((x) => x[0] === 'placeholder')).toEqual([]);
  });
});
