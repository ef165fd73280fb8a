// The classes the thirty-third held-out batch (test/fixtures/importer/holdout33) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, outline, reportText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.kind, h.recipient.kind, h.recipient.name ?? null]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.partOf ?? null]) ?? [];

describe('units', () => {
  it('a county or district named short in the title is the government that alone signs the report, in full', () => {
    const [d] = importText(reportText('江安县创建省级文明县城工作汇报', ['江安县辖8个镇，常住人口30万人。'], ['河川市江安县人民政府', '2024年3月10日']));
    expect(d?.unit?.name).toBe('河川市江安县人民政府');
  });

  it('a township named short in the title takes the signing body’s full name, the city and county in front', () => {
    const [d] = importText(
      reportText('石门乡人民政府创建县级文明单位工作总结', ['石门乡辖6个行政村，乡机关干部42人。'], ['河川市江安县石门乡人民政府', '2024年3月10日']),
    );
    expect(d?.unit?.name).toBe('河川市江安县石门乡人民政府');
  });
});

describe('headings', () => {
  it('1． under a 一、 whose part has no （一） is a heading at the third level, though another part has （一）', () => {
    const text = [
      '江安县创建省级文明县城工作汇报',
      '　　县里成立创建指挥部。',
      '第一部分 主要做法',
      '一、完善设施',
      '　　（一）改造老旧小区。全县改造小区40个。',
      '二、培育新风',
      '　　1．推进移风易俗。全县建成红白理事会120个。',
      '　　2．开展志愿服务。全县注册志愿者5万人。',
      '第二部分 下步打算',
      '　　持续巩固创建成果。',
      '江安县人民政府',
      '2024年3月10日',
    ].join('\n');
    const [d] = importText(text);
    expect(outline(d)).toEqual([
      [1, '第一部分 主要做法'],
      [2, '一、完善设施'],
      [3, '（一）改造老旧小区。'],
      [2, '二、培育新风'],
      [3, '1．推进移风易俗。'],
      [3, '2．开展志愿服务。'],
      [1, '第二部分 下步打算'],
    ]);
  });

  it('a PDF part title run into its text, the sentence wrapping on to the next line, is split off', () => {
    const text = [
      '江安县人民医院创建市级文明单位工作汇报',
      '第一部分　基本情况江安县人民医院始建于1950年，现有职工',
      '860人，开放床位700张，年门急诊量80万人次，是全县的医疗',
      '中心。',
      '第二部分　存在的不足和下一步的工作打算结合测评细则的要',
      '求，医院将继续完善志愿服务和便民设施，提升患者就医体验。',
      '江安县人民医院',
      '2024年3月10日',
    ].join('\n');
    const [d] = importText(text);
    expect(outline(d)).toEqual([
      [1, '第一部分　基本情况'],
      [1, '第二部分　存在的不足和下一步的工作打算'],
    ]);
  });
});

describe('honors', () => {
  it('a collective title of a body (a 服务站, a 护理单元) goes to that body, never to a person or the unit', () => {
    const [d] = importText(
      reportText(
        '江安县人民医院创建工作汇报',
        ['医院先后被评为县级“平安医院”（2019年）、县级“最美志愿服务站”（2021年）。', '外科护理单元被评为县级“巾帼文明岗”。'],
        ['江安县人民医院', '2024年3月10日'],
      ),
    );
    expect(honors(d)).toContainEqual([2021, '县级“最美志愿服务站”', '县级', 'honor', 'unit', null]);
    expect(honors(d)).toContainEqual(['undated', '县级“巾帼文明岗”', '县级', 'honor', 'subordinate', '外科护理单元']);
  });

  it('a town under a county named as the subject of its 文明村镇 holds that title step, not the county', () => {
    const [d] = importText(
      reportText(
        '江安县创建省级文明县城工作汇报',
        ['2019年，我县被命名为省级文明县城。', '石门镇2022年被命名为市级文明村镇。'],
        ['河川市江安县人民政府', '2024年3月10日'],
      ),
    );
    expect(honors(d)).toContainEqual([2022, '文明村镇', '市级', 'title', 'subordinate', '石门镇']);
  });

  it('a district’s 文明城区 is its own title step, and the 复查 after it a step of it', () => {
    const [d] = importText(
      reportText('江东区创建全国文明城区工作汇报', ['2016年，我区被命名为省级文明城区，2019年顺利通过复查。'], ['南江市江东区人民政府', '2024年3月10日']),
    );
    expect(honors(d)).toEqual([
      [2016, '文明城区', '省级', 'title', 'unit', null],
      [2019, '文明城区', '省级', 'title', 'unit', null],
    ]);
  });

  it('a person named in the clause before holds a personal title named after the city (南江好人), at the city’s level', () => {
    const [d] = importText(
      reportText(
        '南江市江东区东湖街道办事处创建工作汇报',
        ['辖区居民赵春梅义务照料孤寡老人十年，被评为“南江好人”。'],
        ['南江市江东区东湖街道办事处', '2024年3月10日'],
      ),
    );
    expect(honors(d)).toEqual([['undated', '南江好人', '市级', 'honor', 'individual', '赵春梅']]);
  });

  it('being made a candidate (确定为…创建单位) is no honor', () => {
    const [d] = importText(
      reportText('江安县税务局创建工作汇报', ['税务局2016年被命名为市级文明单位，2023年被确定为省级文明单位创建单位。'], ['江安县税务局', '2024年3月10日']),
    );
    expect(honors(d).map((h) => h[1])).toEqual(['文明单位']);
  });
});

describe('money', () => {
  it('the parts of aid the unit gives (equipment given, a project funded) are that aid', () => {
    const [d] = importText(
      reportText(
        '江安县供电公司创建工作汇报',
        ['公司与石门村结对帮扶，累计投入帮扶资金共计60万元，其中捐赠农机设备20万元、产业项目资金40万元。'],
        ['江安县供电公司', '2024年3月10日'],
      ),
    );
    expect(amounts(d)).toEqual([
      ['60万元', '帮扶资金', null],
      ['20万元', '帮扶资金', '60万元'],
      ['40万元', '帮扶资金', '60万元'],
    ]);
  });
});

describe('warnings', () => {
  it('a works count with its number gone after 新建、改建 is a missing number', () => {
    const [d] = importText(reportText('江安县城管局创建工作汇报', ['全县新建、扩建停车场约处，新增绿地3万平方米。'], ['江安县城管局', '2024年3月10日']));
    expect(d?.warnings.filter((w) => w.kind === 'missing-number').map((w) => w.line)).toEqual([2]);
  });
});
