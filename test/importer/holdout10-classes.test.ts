// The classes the tenth held-out batch (test/fixtures/importer/holdout10) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { readDocx } from '../../src/importer/read-docx';
import { importLines, importText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.bound, a.kind, a.period]) ?? [];
const report = (...body: string[]) => importText(['南岭县水务局创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

describe('a rate written after the amount or in a neighbouring clause', () => {
  it('reads the pay of people hired as a rate of 其他', () => {
    expect(amounts(report('局里聘用河道巡查员6名，每人每月工资1800元，保证河道日日有人巡。'))).toEqual([['1800元', 'exact', '其他', '每人每月']]);
    expect(amounts(report('站里雇请护林工2人，工资2600元/月。'))).toEqual([['2600元', 'exact', '其他', '每月']]);
  });

  it('reads the rate clause after an aid clause as that aid', () => {
    expect(amounts(report('工会设立“爱心基金”，每年资助困难职工子女30余人，每人每年1500元。'))).toEqual([['1500元', 'exact', '帮扶资金', '每人每年']]);
  });

  it('carries the rate of the clause a gift joins, but not of one with money of its own', () => {
    expect(amounts(report('团支部与孤寡老人李某某结对，每月上门打扫一次，并带去慰问金200元。'))).toEqual([['200元', 'exact', '帮扶资金', '每月']]);
    expect(amounts(report('局里每年安排创建工作经费5万元，并争取上级水利项目资金300万元。'))).toEqual([
      ['5万元', 'exact', '创建经费', '每年'],
      ['300万元', 'exact', '争取项目', null],
    ]);
  });

  it('gives money that is not spent its yearly rate, but not an average', () => {
    expect(amounts(report('帮建的水厂每年为村里增加集体收入约5万元。'))).toEqual([['约5万元', 'about', null, '每年']]);
    expect(amounts(report('推行一次办结，年均为群众节约开支约20万元。'))).toEqual([['约20万元', 'about', null, null]]);
  });
});

describe('a range of money', () => {
  it('is one amount, as written, at least its lower end', () => {
    expect(amounts(report('对全县68户困难家庭，每户每年给予800元至1500元不等的救助。'))).toEqual([['800元至1500元', 'at-least', '帮扶资金', '每户每年']]);
  });
});

describe('the kind of money', () => {
  it('reads a difference from last year as no money put in', () => {
    expect(amounts(report('今年安排创建工作经费8万元，较上年增加2万元。'))).toEqual([
      ['8万元', 'exact', '创建经费', null],
      ['2万元', 'exact', null, null],
    ]);
  });

  it('reads goods given free, at their value, as 捐物', () => {
    expect(amounts(report('组织技术人员下村服务40场次，无偿赠送净水器价值3万余元。'))).toEqual([['3万余元', 'at-least', '捐款捐物', null]]);
  });

  it('reads grid works as works, and money raised by the unit itself as not won from above', () => {
    expect(amounts(report('2022年完成管网投资共计5600万元，其中争取中央水利发展项目资金4000万元，局里自筹1600万元，新建供水管道48千米。'))).toEqual([
      ['5600万元', 'exact', '基础设施与民生', null],
      ['4000万元', 'exact', '争取项目', null],
      ['1600万元', 'exact', '基础设施与民生', null],
    ]);
  });

  it('reads a table’s source column (资金来源) for whose money it is', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const table = (rows: string[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
    const file = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '南岭县水务局创建文明单位工作汇报', heading: HeadingLevel.TITLE }),
            new Paragraph('一、重点工程'),
            new Paragraph('　　主要工程投入见下表。'),
            table([
              ['工程', '投资', '资金来源'],
              ['城区供水管网改造', '约450万元', '争取省级水利项目资金'],
              ['河道综合整治', '60万元', '局自有资金'],
            ]),
          ],
        },
      ],
    });
    const [doc] = importLines(await readDocx(new Uint8Array(await Packer.toBuffer(file))), 'docx', 'report.docx');
    expect(amounts(doc)).toEqual([
      ['约450万元', 'about', '争取项目', null],
      ['60万元', 'exact', '基础设施与民生', null],
    ]);
  });
});

describe('who earned an honor', () => {
  it('resolves 该窗口 to the window named before it', () => {
    expect(honors(report('办事大厅不动产登记窗口推行预约服务，该窗口2021年被评为市级“青年文明号”。'))).toEqual([
      ['市级“青年文明号”', 'honor', 2021, '市级', { kind: 'subordinate', name: '不动产登记窗口' }, 'title'],
    ]);
  });

  it('reads 园所 as the kindergarten itself', () => {
    const [doc] = importText(['东关幼儿园创建文明校园工作汇报', '一、主要做法', '园所2021年被评为“市级绿色学校”。'].join('\n'));
    expect(honors(doc)).toEqual([['市级绿色学校', 'honor', 2021, '市级', { kind: 'unit' }, 'title']]);
  });

  it('gives a judge’s honor to the judge', () => {
    const [doc] = importText(['北河县人民法院创建工作汇报', '一、队伍建设', '民一庭法官孙立平被评为全市法院审判业务标兵（2021年）。'].join('\n'));
    expect(honors(doc)).toEqual([['全市法院审判业务标兵', 'honor', 2021, '市级', { kind: 'individual', name: '孙立平' }, 'title']]);
  });

  it('gives thanks received by a body named before 收到 to that body', () => {
    const h = report('此外，局政务服务中心收到办事群众送来的锦旗6面。')?.honors ?? [];
    expect(h.map((x) => [x.title, x.recipient.kind, x.category])).toEqual([['锦旗', 'subordinate', 'commendation']]);
    expect(h[0]?.recipient.name).toContain('政务服务中心');
  });
});

describe('honors lists', () => {
  it('reads a bulleted list with levels in brackets item by item', () => {
    const doc = report(
      '　　近年来我局获得的主要荣誉有：',
      '● 全国水利系统先进集体（国家级）',
      '● 省级“节水型机关”（省级）',
      '● 县级文明单位（县级）',
      '● 局办公室主任***被评为全市优秀公务员（市级）',
      '　　此外，局里还收到群众赠送的锦旗5面。',
    );
    expect(honors(doc)).toEqual([
      ['全国水利系统先进集体', 'honor', 'undated', '全国', { kind: 'unit' }, 'title'],
      ['省级“节水型机关”', 'honor', 'undated', '省级', { kind: 'unit' }, 'title'],
      ['文明单位', 'title', 'undated', '县级', { kind: 'unit' }, 'title'],
      ['全市优秀公务员', 'honor', 'undated', '市级', { kind: 'individual', name: '***' }, 'title'],
      ['锦旗', 'honor', 'undated', null, { kind: 'unit' }, 'commendation'],
    ]);
  });

  it('takes no ranking after a list closed by 等荣誉称号', () => {
    const doc = report('我局先后获得“全省水利安全生产先进单位”（2020年）等荣誉称号，群众满意度评议连续两年名列全县第一。');
    expect(honors(doc)).toEqual([['全省水利安全生产先进单位', 'honor', 2020, '省级', { kind: 'unit' }, 'title']]);
  });
});

describe('a letter recommending the unit, sent up by the level above', () => {
  it('names the unit after 关于推荐', () => {
    const [doc] = importText(
      [
        '关于推荐东坪镇桃园社区创建市级文明社区的情况报告',
        '县文明办：',
        '　　桃园社区位于东坪镇南部，现有居民860户。现将有关情况报告如下：',
        '一、主要做法',
        '　　社区成立了创建工作领导小组。',
      ].join('\n'),
    );
    expect(doc?.unit?.name).toBe('东坪镇桃园社区');
  });
});

describe('a numbered title with a quoted word, run into its text on a web page', () => {
  it('is split off as a heading', () => {
    const [doc] = importText(
      [
        '南岭县水务局创建文明单位工作总结',
        '一、强化服务,方便群众办事',
        '(1)推行"最多跑一次"改革.取水许可审批时限由20个工作日压缩到5个工作日,全年办结各类申请312件.',
        '(2)开展送水上门服务.为偏远山区群众送水1200余车次,解决临时饮水困难.',
      ].join('\n'),
    );
    const headings = doc?.blocks.filter((b) => b.role === 'heading').map((b) => b.piece.text) ?? [];
    expect(headings).toHaveLength(3);
    expect(headings[1]).toMatch(/^\(1.推行.最多跑一次.改革。$/);
    expect(headings[2]).toMatch(/^\(2.开展送水上门服务。$/);
    expect(doc?.warnings.filter((w) => w.kind === 'gap')).toEqual([]);
  });
});

describe('a number stripped by a republisher', () => {
  const stripped = (line: string) =>
    report(line)
      ?.warnings.filter((w) => w.kind === 'missing-number')
      .map((w) => w.line) ?? [];

  it('is flagged after a fine (罚款万元), a clearing-up (清理…处) and a pairing with households (联系…户)', () => {
    expect(stripped('全年查处非法取水案件18件，收缴罚款万元。')).toEqual([3]);
    expect(stripped('组织志愿者清理河道垃圾堆放点处，疏浚沟渠3.5千米。')).toEqual([3]);
    expect(stripped('每名党员干部联系留守老人户，定期上门看望。')).toEqual([3]);
  });

  it('is not flagged where the count word makes a word of its own', () => {
    expect(stripped('党员干部联系贫困户，清理死角100处。')).toEqual([]);
  });
});
