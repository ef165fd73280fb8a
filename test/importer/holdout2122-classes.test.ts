// The classes the twenty-first and twenty-second held-out batches (test/fixtures/importer/holdout21,
// holdout22) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, outline, reportText } from './helpers';

const money = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period]) ?? [];

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.kind, h.recipient]) ?? [];

const report = reportText;

describe('money', () => {
  it('a sum added (追加) to the creation money just told is creation money, whatever it builds', () => {
    const [d] = importText(
      report('南湖县图书馆创建市级文明单位工作汇报', ['一、加强保障', '馆里每年列支文明创建经费5万元，今年又追加1.5万元用于读者服务角建设。']),
    );
    expect(money(d)).toContainEqual(['1.5万元', '创建经费', null]);
  });

  it('what a village gains (增收) is no money put in', () => {
    const [d] = importText(report('北山县自来水公司创建市级文明单位工作汇报', ['一、结对帮扶', '公司帮扶石岭村建成小型养殖场1座，每年为村集体增收5万余元。']));
    expect(money(d)).toContainEqual(['5万余元', null, '每年']);
  });

  it('insurance bought for the unit’s own staff is 其他, not the creation money told before it', () => {
    const [d] = importText(
      report('西河县税务局创建市级文明单位工作汇报', ['一、强化保障', '局里安排创建工作经费10万元，另按每人每年300元的标准为干部职工办理补充医疗保险。']),
    );
    expect(money(d)).toContainEqual(['300元', '其他', '每人每年']);
  });

  it('an information system upgraded is works', () => {
    const [d] = importText(report('东江县档案馆创建市级文明单位工作汇报', ['一、便民服务', '馆里自筹资金约20万元升级了档案查询系统，群众可在网上查阅。']));
    expect(money(d)).toContainEqual(['约20万元', '基础设施与民生', null]);
  });

  it('a rate handed to people after money won (争取) is aid, not money won', () => {
    const [d] = importText(
      report('东江县医保局创建市级文明单位工作汇报', [
        '一、惠民服务',
        '全年争取省级医疗救助资金800万元，为1500余名重度残疾人发放护理补贴，每人每月补贴标准为200元。',
      ]),
    );
    expect(money(d)).toContainEqual(['200元', '帮扶资金', '每人每月']);
  });

  it('pay told before the hire for the campaign’s own work is creation money', () => {
    const [d] = importText(
      report('南湖县档案馆创建市级文明单位工作汇报', ['一、加强领导', '馆里每月拿出2000元，聘用了一名文明创建专职资料员，负责创建台账的整理。']),
    );
    expect(money(d)).toContainEqual(['2000元', '创建经费', '每月']);
  });
});

describe('the unit', () => {
  it('a speech’s greeting and 我代表 are not part of the name', () => {
    const [d] = importText(
      [
        '东湖小学创建市级文明校园工作汇报',
        '各位领导、各位来宾：',
        '　　上午好！我谨代表东湖小学全体教职工，向各位领导的到来表示欢迎。现将我校创建工作汇报如下。',
        '　　一、学校概况',
        '　　东湖小学始建于1962年，现有学生1800人。',
        '2024年5月8日',
      ].join('\n'),
    );
    expect(d?.unit?.name).toBe('东湖小学');
  });

  it('a city and a district in the title before the name the signature gives are where the unit is', () => {
    const [d] = importText(
      [
        '南江市东城区北关街道文化社区居委会创建市级文明社区工作汇报',
        '　　一、基本情况',
        '　　文化社区位于北关街道西部，常住居民2100户。',
        '北关街道文化社区居委会',
        '2024年6月1日',
      ].join('\n'),
    );
    expect(d?.unit?.name).toBe('北关街道文化社区居委会');
  });
});

describe('honors', () => {
  it('a review passed in a hidden year (20xx年通过复查) is an undated step of the unit’s title', () => {
    const [d] = importText(
      report('XX县人民法院创建市级文明单位工作汇报', ['一、基本情况', 'XX县人民法院现有干警96人。法院于20xx年被命名为县级文明单位，20xx年顺利通过复查。']),
    );
    const steps = honors(d).filter((h) => h[3] === 'title');
    expect(steps).toHaveLength(2);
    expect(steps.every((h) => h[0] === 'undated')).toBe(true);
  });
});

describe('获得感', () => {
  it('a people’s 获得感 is no honor won', () => {
    const [d] = importText(
      report('北关街道文化社区居委会创建市级文明社区工作汇报', ['一、下一步打算', '社区将继续完善便民服务，努力让办事群众的获得感和满意度再上新台阶。']),
    );
    expect(honors(d)).toEqual([]);
  });
});

describe('a list of dated honors', () => {
  it('an item with no year, after items each opening with their own, is undated', () => {
    const [d] = importText(
      report('北关街道文化社区居委会创建市级文明社区工作汇报', [
        '一、所获荣誉',
        '社区近年所获荣誉如下：2018年获评市级“和谐社区”；2020年获评省级“充分就业社区”；2022年获评市级“无邪教社区”；社区主任×××被评为区级“优秀社区工作者”。',
      ]),
    );
    expect(honors(d).find((h) => (h[1] as string).includes('优秀社区工作者'))?.[0]).toBe('undated');
  });
});

describe('a 范文 page', () => {
  it('a paywall note with an ellipsis on both sides leaves nothing to glue to the next heading', () => {
    const [d] = importText(
      [
        'XX镇创建县级文明乡镇工作汇报',
        '　　一、加强领导。镇里成立了创建工作领导小组，由镇党委书记任组长，各村明确专人负责。',
        '……（全文剩余860字，登录后可查看全文）……',
        '　　三、工作成效。全镇群众满意度明显提升，镇文化站被评为县级“示范文化站”。',
        'XX镇人民政府',
      ].join('\n'),
    );
    expect(outline(d).map(([, t]) => t)).not.toContain('……');
  });

  it('a half-width full stop before a placeholder (成效.XX村) ends the run-in heading', () => {
    const [d] = importText(
      [
        'XX乡创建县级文明乡镇工作汇报',
        '　　一、加强领导.乡里成立了创建工作领导小组,由乡党委书记任组长,各村明确专人负责.',
        '　　二、创建成效.XX村被评为县级"文明村",乡卫生院被评为县级"群众满意卫生院".',
        'XX乡人民政府',
      ].join('\n'),
    );
    expect(outline(d)).toContainEqual([1, '二、创建成效。']);
  });
});

describe('a 通报表扬', () => {
  it('goes to the body named before the circumstance (在…中), not to the circumstance’s last words', () => {
    const [d] = importText(report('南湖镇创建县级文明乡镇工作汇报', ['一、创建成效', '镇应急救援队在今年抗旱保苗工作中受到市政府通报表扬。']));
    const praise = d?.honors.find((h) => h.title === '通报表扬');
    expect(praise?.recipient.kind).toBe('subordinate');
    expect(praise?.recipient.name).toMatch(/应急救援队$/);
  });
});

describe('bodies listed with 、', () => {
  it('each village listed before the verb holds the title', () => {
    const [d] = importText(report('南湖镇创建县级文明乡镇工作汇报', ['一、创建成效', '近年来，石门村、东岭村、河湾村先后被评为县级文明村。']));
    const villages = d?.honors.filter((h) => h.kind === 'title' && h.recipient.kind === 'subordinate').map((h) => h.recipient.name);
    expect(villages).toEqual(['石门村', '东岭村', '河湾村']);
  });
});

describe('a 公众号 article', () => {
  it('circled items run on in one paragraph are its list, not headings', () => {
    const [d] = importText(
      report('临江市图书馆创建市级文明单位工作汇报', [
        '（1）提升服务能力',
        '①阅读推广活动。全年举办读书会、讲座等活动126场，参与读者1.8万人次。②数字资源建设。新增电子图书3.2万册，开通线上借阅服务。③流动服务。流动书车每月进社区、进乡村4次。',
        '（2）强化志愿服务',
        '馆里组建志愿服务队，常年开展导读服务。',
      ]),
    );
    expect(outline(d).map(([, t]) => t)).toEqual(['（1）提升服务能力', '（2）强化志愿服务']);
  });
});

describe('a PDF copy', () => {
  it('a 第X部分 heading with a space after its counter, run into its text over a hard wrap, is split', () => {
    const [d] = importText(
      [
        '西河县气象局',
        '创建市级文明单位工作汇报',
        '第一部分　单位概况西河县气象局于1958年由原县农业局气象',
        '股改建而成，现有在编职工36人，其中党员21名。',
        '第二部分　主要做法',
        '局里每年安排创建经费6万元，用于志愿服务和文明实践活动。',
        '2024年3月10日',
      ].join('\n'),
    );
    expect(outline(d)).toContainEqual([1, '第一部分　单位概况']);
  });
});
