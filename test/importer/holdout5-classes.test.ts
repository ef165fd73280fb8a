// The classes the fifth held-out batch (test/fixtures/importer/holdout5) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { readDocx } from '../../src/importer/read-docx';
import { importLines, importText } from './helpers';

const headings = (d: AnalyzedDocument | undefined) => d?.blocks.filter((b) => b.role === 'heading').map((b) => b.piece.text) ?? [];
const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period, a.partOf ?? null]) ?? [];

describe('a PDF copy’s hard-wrapped lines', () => {
  const text = [
    '石门镇中心小学创建文明校园工作汇报',
    '尊敬的各位领导：',
    '    在此，我谨代表全校师生向莅临我校检查指导的各位',
    '领导表示衷心感谢！下面，我把学校创建工作简要汇报',
    '如下。',
    '一、强化思想引领，培育时代新人',
    '学校坚持立德树人根本任务，开展“红领巾讲解员”“美德',
    '少年评选”等活动，把社会主义核心价值观教育融入课堂',
    '教学、校园文化和社会实践的全过程。',
    '二、办学成效',
    '    学校先后荣获“全国青少年体育工作示范校”（2019',
    '年）、“全省语言文字规范化示范校”（2021年）等荣誉称',
    '号；学校与两所偏远山区小学结对，每年安排帮扶助学',
    '资金6万元，资助困难学生一百二十余人次。',
    '第二部分 存在的不足和今后打算 对照文明校园测评标',
    '准，学校在志愿服务常态化等方面还有差距，我们将补齐短板。',
    '石门镇中心小学',
    '2023年10月',
  ].join('\n');
  const [doc] = importText(text);

  it('does not take a line that runs to the wrap width for a heading, indented or not', () => {
    expect(headings(doc)).toEqual(['一、强化思想引领，培育时代新人', '二、办学成效', '第二部分 存在的不足和今后打算']);
  });

  it('reads a bracketed-year list and a yearly amount across the wrapped lines', () => {
    expect(honors(doc)).toEqual([
      ['全国青少年体育工作示范校', 'honor', 2019, '全国', { kind: 'unit' }, 'title'],
      ['全省语言文字规范化示范校', 'honor', 2021, '省级', { kind: 'unit' }, 'title'],
    ]);
    expect(amounts(doc).map((a) => a.slice(0, 3))).toEqual([['6万元', '帮扶资金', '每年']]);
  });
});

describe('levels in an autonomous region', () => {
  it('reads 自治区, 全区 and a region named without 省 as the province level', () => {
    const [doc] = importText(
      [
        '青山县林业局创建文明单位工作汇报',
        '　　青山县林业局地处内蒙古自治区东部，现有干部职工86人。',
        '　　2020年，我局被评为全区林草系统“生态建设先进集体”。局护林站被评为自治区级“青年文明号”。',
        '　　技术员马小军荣获“宁夏五四青年奖章”（2021年）。',
      ].join('\n'),
    );
    expect(honors(doc)).toEqual([
      ['全区林草系统“生态建设先进集体”', 'honor', 2020, '省级', { kind: 'unit' }, 'title'],
      ['自治区级“青年文明号”', 'honor', 'undated', '省级', { kind: 'subordinate', name: '护林站' }, 'title'],
      ['宁夏五四青年奖章', 'honor', 2021, '省级', { kind: 'individual', name: '马小军' }, 'award'],
    ]);
  });

  it('keeps 全区 a district’s level for a unit in a city district', () => {
    const [doc] = importText(
      [
        '江岸区春晖社区创建文明社区工作汇报',
        '　　春晖社区位于广西邕江市江岸区中部，辖居民小区9个。2019年社区被评为全区“和谐社区示范单位”，江岸区委多次肯定社区工作。',
      ].join('\n'),
    );
    expect(honors(doc).map((h) => [h[0], h[3]])).toEqual([['全区“和谐社区示范单位”', '区级']]);
  });
});

describe('anonymised years (20xx) and the steps of a title', () => {
  it('leaves a bracketed placeholder year out of the title, undated, and still reads a 文明 step', () => {
    const [doc] = importText(
      ['XX街道XX社区创建文明社区工作汇报', '　　社区先后被评为市级“文明社区”（20XX年）、区级“充分就业社区”（20xx年）等荣誉称号。'].join('\n'),
    );
    expect(honors(doc)).toEqual([
      ['文明社区', 'title', 'undated', '市级', { kind: 'unit' }, 'title'],
      ['区级“充分就业社区”', 'honor', 'undated', '区级', { kind: 'unit' }, 'title'],
    ]);
  });

  it('credits a person or a team named before a placeholder year', () => {
    const [doc] = importText(
      [
        'XX镇XX村创建文明村工作汇报',
        '　　村党支部书记×××同志带领群众发展特色种植，20××年被评为“全县优秀党务工作者”。',
        '　　村“红马甲”护河队20xx年被县河长办评为“优秀护河队伍”。',
      ].join('\n'),
    );
    expect(honors(doc).map((h) => [h[0], h[4]])).toEqual([
      ['全县优秀党务工作者', { kind: 'individual', name: '×××' }],
      ['优秀护河队伍', { kind: 'subordinate', name: '“红马甲”护河队' }],
    ]);
  });

  it('reads 晋升为 and 表彰为 as naming verbs, outside the title', () => {
    const [doc] = importText(
      [
        '北塘县税务局创建省级文明单位工作汇报',
        '　　我局2015年被命名为县级文明单位，2018年晋级为市级文明单位。2021年，我局被市委、市政府表彰为“全市营商环境建设先进单位”。',
      ].join('\n'),
    );
    expect(honors(doc)).toEqual([
      ['文明单位', 'title', 2015, '县级', { kind: 'unit' }, 'title'],
      ['文明单位', 'title', 2018, '市级', { kind: 'unit' }, 'title'],
      ['全市营商环境建设先进单位', 'honor', 2021, '市级', { kind: 'unit' }, 'title'],
    ]);
  });

  it('does not add an undated 复查保留 for a clause that restates dated reviews', () => {
    const [doc] = importText(
      ['东坪县疾控中心创建文明单位工作汇报', '　　中心2014年被命名为县级文明单位，2017年、2020年先后两次通过复查，继续保留县级文明单位称号。'].join('\n'),
    );
    expect(doc?.honors.map((h) => [h.year, h.status])).toEqual([
      [2014, '命名'],
      [2017, '复查保留'],
      [2020, '复查保留'],
    ]);
  });

  it('dates a commendation by the year opening an earlier clause', () => {
    const [doc] = importText(
      ['东坪县疾控中心创建文明单位工作汇报', '　　中心多年来收到群众赠送的锦旗20余面，2022年因疫情防控成绩突出，受到市卫健委通报表扬。'].join('\n'),
    );
    expect(doc?.honors.map((h) => [h.title, h.year, h.category])).toEqual([
      ['锦旗', 'undated', 'commendation'],
      ['通报表扬', 2022, 'commendation'],
    ]);
  });
});

describe('honors of an office under the unit and of a team leader', () => {
  it('credits an office (…办) and a 班长 named before the verb', () => {
    const [doc] = importText(
      ['石桥乡人民政府创建文明单位工作汇报', '　　乡综治办被评为县级“平安建设先进集体”；乡农机站机修班班长周大勇荣获“全省农机技术能手”称号。'].join('\n'),
    );
    expect(doc?.honors.map((h) => [h.title, h.recipient])).toEqual([
      ['县级“平安建设先进集体”', { kind: 'subordinate', name: '综治办' }],
      ['全省农机技术能手', { kind: 'individual', name: '周大勇' }],
    ]);
  });
});

describe('a Word report with numbered Heading 1 headings, an honors table and a figures table', async () => {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const table = (rows: string[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
  const file = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '清河县农村信用合作联社创建市级文明单位工作汇报', heading: HeadingLevel.TITLE }),
          new Paragraph('　　清河县农村信用合作联社现有员工210人，其中党员96名。'),
          new Paragraph({ text: '一、夯实创建基础', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('（一）健全制度'),
          new Paragraph('　　联社修订了《文明服务规范》等制度12项。'),
          new Paragraph('（二）强化考核'),
          new Paragraph('　　联社把创建工作纳入网点绩效考核，每季度通报一次。'),
          new Paragraph({ text: '二、主要成效', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('　　两年来主要经营指标如下：'),
          table([
            ['项目', '2021年', '2022年'],
            ['营业收入', '3.2亿元', '3.6亿元'],
            ['服务网点', '31个', '33个'],
          ]),
          new Paragraph('　　联社近年来获得的主要荣誉：'),
          table([
            ['授予单位', '荣誉名称', '年份'],
            ['清河市精神文明建设委员会', '市级文明单位（复查合格）', '2021'],
            ['省农村信用社联合社', '全省农信系统“服务质量优胜单位”', '2022'],
          ]),
        ],
      },
    ],
  });
  const lines = await readDocx(new Uint8Array(await Packer.toBuffer(file)));
  const [doc] = importLines(lines, 'docx', 'report.docx');

  it('puts a plain （一） under a Heading 1 that starts with 一、', () => {
    expect(doc?.sections.map((s) => [s.title, s.depth, s.children.map((c) => c.title)])).toEqual([
      ['一、夯实创建基础', 1, ['（一）健全制度', '（二）强化考核']],
      ['二、主要成效', 1, []],
    ]);
  });

  it('reads the honors table without its caption, a bracketed 复查 status and a 优胜单位 title', () => {
    expect(doc?.honors.map((h) => [h.year, h.kind, h.level, h.title, h.status ?? null, h.category])).toEqual([
      [2021, 'title', '市级', '文明单位', '复查保留', 'title'],
      [2022, 'honor', '省级', '全省农信系统“服务质量优胜单位”', null, 'title'],
    ]);
  });

  it('proposes the money in the figures table, with the kind its row label gives', () => {
    expect(amounts(doc)).toEqual([
      ['3.2亿元', null, null, null],
      ['3.6亿元', null, null, null],
    ]);
  });
});

describe('a subsidy won from above', () => {
  it('is 争取项目, not aid', () => {
    const [doc] = importText(['河口镇创建文明乡镇工作汇报', '　　镇里积极向上争取扶贫项目补助资金120万元，新建集中供水站2处。'].join('\n'));
    expect(amounts(doc)).toEqual([['120万元', '争取项目', null, null]]);
  });

  it('keeps a contest’s 优胜单位 an award', () => {
    const [doc] = importText(['河口镇创建文明乡镇工作汇报', '　　2021年，我镇被评为全县“安全生产月”竞赛优胜单位。'].join('\n'));
    expect(doc?.honors.map((h) => h.category)).toEqual(['award']);
  });
});

describe('the unit’s full name from the signature', () => {
  it('takes the one signing body’s full name when the title has the short name', () => {
    const [doc] = importText(['白沙街道创建省级文明街道工作汇报', '　　白沙街道位于城区东部，辖8个社区。', '白沙街道办事处', '2023年5月'].join('\n'));
    expect([doc?.unit?.name, doc?.unit?.shortName]).toEqual(['白沙街道办事处', '白沙街道']);
  });

  it('keeps the short name when the Party committee and the government sign together', () => {
    const [doc] = importText(
      ['河湾镇创建文明乡镇工作汇报', '　　河湾镇位于县境北部，辖12个行政村。', '中共河湾镇委员会', '河湾镇人民政府', '2023年5月'].join('\n'),
    );
    expect(doc?.unit?.name).toBe('河湾镇');
  });
});
