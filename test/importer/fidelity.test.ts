// One test per class of report the importer once got wrong (issue 11), each on text written
// for it, plus the proposals of "Faithful facts" (kinds of money, rates, recipients, quotes).
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../src/importer/emit';
import { reconstructLines } from '../../src/importer/lossless';
import { readDocx } from '../../src/importer/read-docx';
import { toSourceLines } from '../../src/importer/decode';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importLines, importText } from './helpers';

const lines = (text: string) => toSourceLines(text);
const headings = (d: AnalyzedDocument | undefined) => d?.blocks.filter((b) => b.role === 'heading').map((b) => [b.depth, b.piece.text]) ?? [];
const honors = (d: AnalyzedDocument | undefined) =>
  d?.honors.map((h) => ({ year: h.year, title: h.title, recipient: h.recipient, category: h.category })) ?? [];
const kinds = (d: AnalyzedDocument | undefined, kind: string) => d?.warnings.filter((w) => w.kind === kind) ?? [];
function lossless(text: string, docs: AnalyzedDocument[]): void {
  const rebuilt = reconstructLines(docs);
  for (const l of lines(text)) expect([l.line, rebuilt.get(l.line) ?? '']).toEqual([l.line, l.text]);
}

describe('第X部分 headings', () => {
  const text = [
    '光明街道文化站创建文明单位工作汇报',
    '第一部分　站点概况',
    '　　文化站建于2008年，现有工作人员9名。',
    '第二部分 主要工作 文化站坚持每周开放六天，全年举办讲座40场。',
    '一、公共文化服务',
    '　　站内设图书室、排练厅和展览室。',
    '第三部分：今后打算',
    '　　我们将继续完善服务。',
  ].join('\n');
  const [doc] = importText(text);

  it('keeps the part and its title in one heading, run into its text or not', () => {
    expect(headings(doc)).toEqual([
      [2, '第一部分　站点概况'],
      [2, '第二部分 主要工作'],
      [3, '一、公共文化服务'],
      [2, '第三部分：今后打算'],
    ]);
    expect(doc?.sections.map((s) => [s.title, s.children.length])).toEqual([
      ['第一部分　站点概况', 0],
      ['第二部分 主要工作', 1],
      ['第三部分：今后打算', 0],
    ]);
  });

  it('is lossless', () => lossless(text, importText(text)));
});

describe('honor lists with bracketed years', () => {
  const [doc] = importText(
    '　　本馆先后荣获“国家一级博物馆”（2013年）、“省级科普教育基地”（2016年度）、“市级文明单位”(2018年)等荣誉称号。近年来又被评为“全省文物安全示范单位”“市级巾帼文明岗”。',
  );

  it('finds every item with its own year and a clean title', () => {
    expect(doc?.honors.map((h) => [h.year, h.kind, h.level, h.title])).toEqual([
      [2013, 'honor', '全国', '国家一级博物馆'],
      [2016, 'honor', '省级', '省级科普教育基地'],
      [2018, 'title', '市级', '文明单位'],
      ['undated', 'honor', '省级', '全省文物安全示范单位'],
      ['undated', 'honor', '市级', '市级巾帼文明岗'],
    ]);
  });
});

describe('recipients and categories', () => {
  const text = [
    '和平镇中心小学创建文明校园工作汇报',
    '　　今年，我校语文组被评为市级“优秀教研组”，我校陈老师获评区级“优秀班主任”，学校团支部书记刘芳荣获“全市优秀团干部”称号。',
    '　　2019年，学校荣获全区中小学运动会团体一等奖。家长们为学校送来锦旗3面、感谢信12封。',
    '　　我镇王庄村被评为省级“卫生村”。',
    '二〇二〇年十二月',
  ].join('\n');
  const [doc] = importText(text);

  it('tells the unit from a body under it and from a person, and thanks from honors', () => {
    expect(honors(doc)).toEqual(
      expect.arrayContaining([
        { year: 2020, title: '市级“优秀教研组”', recipient: { kind: 'subordinate', name: '语文组' }, category: 'title' },
        { year: 2020, title: '区级“优秀班主任”', recipient: { kind: 'individual', name: '陈老师' }, category: 'title' },
        { year: 2020, title: '全市优秀团干部', recipient: { kind: 'individual', name: '刘芳' }, category: 'title' },
        { year: 2019, title: '全区中小学运动会团体一等奖', recipient: { kind: 'unit' }, category: 'award' },
        // The year is in the sentence before: not carried over, the importer does not guess.
        { year: 'undated', title: '锦旗', recipient: { kind: 'unit' }, category: 'commendation' },
        { year: 'undated', title: '感谢信', recipient: { kind: 'unit' }, category: 'commendation' },
        { year: 'undated', title: '省级“卫生村”', recipient: { kind: 'subordinate', name: '王庄村' }, category: 'title' },
      ]),
    );
  });

  it('warns, with the line, about every honor it does not credit to the unit', () => {
    expect(kinds(doc, 'recipient').map((w) => [w.line, w.text])).toEqual([
      [2, '市级“优秀教研组”'],
      [2, '区级“优秀班主任”'],
      [2, '全市优秀团干部'],
      [4, '省级“卫生村”'],
    ]);
    expect(kinds(doc, 'recipient')[3]?.hint).toContain('王庄村');
  });

  it('writes recipient and category into unit.yaml, with the sentence they came from', () => {
    const yaml = buildEntries([doc!]).find((e) => e.kind === 'unit')?.content ?? '';
    expect(yaml).toContain("recipient:\n      kind: 'individual'\n      name: '陈老师'");
    expect(yaml).toContain("category: 'commendation'");
    expect(yaml).toContain("quote: '我镇王庄村被评为省级“卫生村”。'");
  });
});

describe('web chrome, noise, watermarks and paywalls', () => {
  const text = [
    '您的位置：首页 > 范文大全 > 工作汇报',
    '市图书馆创建文明单位工作汇报',
    '发布时间:2022-03-01  来源:本站原创  点击:1024',
    '　　市图书馆现有馆舍面积2.4万平方米，藏书120万册。全年接待读者86万人次。http://www.wenmi114.com',
    'W* p; d! R% 7^ ]m :q K~',
    '　　图书馆开展“书香进万家”活动，送书下乡2万册……（本文省略1236字，开通VIP会员可阅读全文）',
    '相关推荐',
    '文化馆创建文明单位汇报',
    '博物馆精神文明建设总结',
  ].join('\n');
  const [doc] = importText(text);

  it('removes them, says what was removed and where, and flags the cut as truncation', () => {
    const removed = doc?.removals.filter((r) => ['web-debris', 'noise', 'watermark', 'paywall'].includes(r.op)).map((r) => [r.op, r.line]);
    expect(removed).toEqual([
      ['web-debris', 1],
      ['web-debris', 3],
      ['watermark', 4],
      ['noise', 5],
      ['paywall', 6],
      ['web-debris', 7],
      ['web-debris', 8],
      ['web-debris', 9],
    ]);
    expect(kinds(doc, 'truncated').map((w) => w.line)).toEqual([6]);
    expect(kinds(doc, 'truncated')[0]?.hint).toContain('约1236字');
    const body = doc?.blocks.map((b) => b.piece.text).join('\n') ?? '';
    expect(body).not.toMatch(/www|VIP|点击|推荐|W\*/);
    expect(body).toContain('全年接待读者86万人次。');
  });

  it('keeps a web address that belongs to the report', () => {
    const [own] = importText('　　中心开通了门户网站（www.lzgjj.gov.cn），群众可在网上查询。');
    expect(own?.removals.some((r) => r.op === 'watermark')).toBe(false);
  });

  it('is lossless', () => lossless(text, importText(text)));
});

describe('pages holding several articles', () => {
  const text = [
    '社区文明创建工作总结范文（精选2篇）',
    '【篇一】',
    '长青社区创建文明社区工作总结',
    '　　长青社区现有居民2100户。社区投入创建经费5万元。',
    '【篇二】',
    '东湖社区文明创建汇报',
    '　　东湖社区地处城区东部，社区党委被评为区级“先进基层党组织”。',
    '范文三：',
    '西城社区创建工作总结',
    '　　西城社区现有网格8个。',
  ].join('\n');
  const docs = importText(text);

  it('splits at every marker form and drops the collection title', () => {
    expect(docs.map((d) => d.title?.text)).toEqual(['长青社区创建文明社区工作总结', '东湖社区文明创建汇报', '西城社区创建工作总结']);
    expect(docs.map((d) => d.unit?.name)).toEqual(['长青社区', '东湖社区', '西城社区']);
    expect(docs[0]?.removals.find((r) => r.line === 1)).toMatchObject({ op: 'collection-title' });
  });

  it('is lossless', () => lossless(text, importText(text)));
});

describe('placeholder forms and stripped numbers', () => {
  const [doc] = importText(
    [
      '**县人民检察院创建工作汇报',
      '　　###检察院于20xx年被评为市级文明单位，检察长***同志亲自抓创建。',
      '　　院机关占地约万平方米，辐射周边约公里，服务群众达人。',
      '　　全院干警约120人，占地面积3500平方米。',
    ].join('\n'),
  );

  it('flags **, ###, 20xx and *** as placeholders, with lines', () => {
    expect(kinds(doc, 'placeholder').map((w) => [w.line, w.text])).toEqual([
      [1, '**'],
      [2, '###'],
      [2, '20xx年'],
      [2, '***'],
    ]);
  });

  it('flags qualifiers whose number was taken out, and not the figures that are whole', () => {
    expect(kinds(doc, 'missing-number').map((w) => [w.line, /^“([^”]+)”缺少数字/.exec(w.hint)?.[1]])).toEqual([
      [3, '约万平方米'],
      [3, '约公里'],
      [3, '达人'],
    ]);
  });
});

describe('Traditional script', () => {
  const text = [
    '雙流區第一人民醫院創建文明單位工作匯報',
    '　　本院現有職工860人。2017年，醫院被評為「省級文明單位」，全年投入創建經費30萬元。',
    '二〇一八年十月',
  ].join('\n');
  const [doc] = importText(text);

  it('reads the unit, honors and amounts in Simplified', () => {
    expect(doc?.title?.text).toBe('双流区第一人民医院创建文明单位工作汇报');
    expect(doc?.unit?.name).toBe('双流区第一人民医院');
    expect(doc?.honors[0]).toMatchObject({ year: 2017, kind: 'title', level: '省级', title: '文明单位' });
    expect(doc?.amounts[0]).toMatchObject({ text: '30万元', value: 300000, kind: '创建经费' });
    expect(kinds(doc, 'encoding')[0]?.hint).toContain('繁体');
  });

  it('records every converted character and rebuilds the Traditional original', () => {
    expect(doc?.substitutions.filter((s) => s.op === 'traditional').slice(0, 3)).toEqual([
      { op: 'traditional', line: 1, col: 0, from: '雙', to: '双' },
      { op: 'traditional', line: 1, col: 2, from: '區', to: '区' },
      { op: 'traditional', line: 1, col: 7, from: '醫', to: '医' },
    ]);
    lossless(text, importText(text));
  });

  it('leaves Simplified text alone', () => {
    const [plain] = importText('乾隆年间建成的书院，现为县级文物保护单位。');
    expect(plain?.substitutions).toEqual([]);
  });
});

describe('half-width punctuation', () => {
  const text = ['科技馆工作汇报', '　　科技馆现有职工35人,其中党员12名.全年接待观众3,500人次,开放时间为9:00至17:00!', '　　举办"科普进校园"活动(共20场).'].join(
    '\n',
  );
  const [doc] = importText(text);

  it('makes marks between Chinese characters full width and leaves numbers and times alone', () => {
    expect(doc?.blocks.map((b) => b.piece.text)).toEqual([
      '科技馆现有职工35人，其中党员12名。全年接待观众3,500人次，开放时间为9:00至17:00！',
      '举办“科普进校园”活动（共20场）。',
    ]);
  });

  it('reports each change as an artifact with its line and column', () => {
    const artifacts = kinds(doc, 'artifact');
    expect(artifacts.map((w) => [w.line, w.text])).toEqual([
      [2, ',→，'],
      [2, '.→。'],
      [2, ',→，'],
      [2, '!→！'],
      [3, '"→“'],
      [3, '"→”'],
      [3, '(→（'],
      [3, ')→）'],
      [3, '.→。'],
    ]);
    expect(artifacts[0]?.hint).toContain('第13列');
  });

  it('is lossless', () => lossless(text, importText(text)));
});

describe('.docx tables and the closing date', async () => {
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
  const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
  const bytes = await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph('康宁养老服务中心创建文明单位工作汇报'),
            new Paragraph('　　中心现有床位300张，入住老人246名。所获荣誉见下表。'),
            new Table({
              rows: [
                row(['授予单位', '荣誉称号', '获得时间', '获得者']),
                row(['民政部', '全国“敬老文明号”', '2019年12月', '本单位']),
                row(['省民政厅', '省级优秀护理员', '2020年', '张丽']),
                row(['区文明委', '区级文明单位', '2017年', '']),
              ],
            }),
            new Table({ rows: [row(['项目', '2020年', '2021年']), row(['服务老人（人次）', '8600', '9400'])] }),
            new Paragraph({ children: [] }),
            new Paragraph('康宁养老服务中心　二〇二一年十二月三十日'),
          ],
        },
      ],
    }),
  );
  const source = await readDocx(new Uint8Array(bytes));
  const [doc] = importLines(source, 'docx', 'kang-ning.docx');

  it('reads honors from a table in any column order, with year, level, recipient and category', () => {
    expect(doc?.honors.map((h) => [h.year, h.kind, h.level, h.title, h.recipient, h.line])).toEqual([
      [2019, 'honor', '全国', '全国“敬老文明号”', { kind: 'unit' }, 4],
      [2020, 'honor', '省级', '省级优秀护理员', { kind: 'individual', name: '张丽' }, 5],
      [2017, 'title', '区级', '文明单位', { kind: 'unit' }, 6],
    ]);
  });

  it('reads figures from a table of numbers, labelled by row and column', () => {
    expect(doc?.figures.filter((f) => f.label.startsWith('服务老人')).map((f) => [f.label, f.value, f.unit])).toEqual([
      ['服务老人（2020年）', 8600, '人次'],
      ['服务老人（2021年）', 9400, '人次'],
    ]);
  });

  it('finds the date in the closing line after the signing unit', () => {
    expect(doc?.date).toMatchObject({ iso: '2021-12-30', source: 'signature' });
  });
});

describe('kinds of money, rates and parts', () => {
  const text = [
    '清风镇党政机关创建文明单位工作汇报',
    '　　今年镇机关投入创建经费6万多元。积极向上争取项目，投资800多万元的清风大桥已经完工。',
    '　　镇机关每月出资500元聘请保洁员一名。机关干部为受灾群众捐款1.8万元。',
    '　　全年共筹集帮扶资金20万元，其中县财政补助12万元，镇自筹8万元。全镇实现农业总产值3.2亿元。',
    '二〇二一年十一月',
  ].join('\n');
  const [doc] = importText(text);
  const amount = (t: string) => doc?.amounts.find((a) => a.text === t);

  it('proposes a kind and a period for each amount, with the reason', () => {
    expect(doc?.amounts.map((a) => [a.text, a.kind, a.period, a.partOf ?? null])).toEqual([
      ['6万多元', '创建经费', null, null],
      ['800多万元', '争取项目', null, null],
      ['500元', '其他', '每月', null],
      ['1.8万元', '捐款捐物', null, null],
      ['20万元', '帮扶资金', null, null],
      ['12万元', '争取项目', null, '20万元'],
      ['8万元', '帮扶资金', null, '20万元'],
      ['3.2亿元', null, null, null],
    ]);
    expect(amount('500元')?.reason).toContain('“每月”');
    expect(amount('800多万元')?.reason).toContain('争取');
    expect(amount('3.2亿元')?.reason).toContain('产值');
  });

  it('warns, with the line, where it is unsure', () => {
    expect(kinds(doc, 'money').map((w) => [w.line, w.text])).toEqual([
      [2, '800多万元'],
      [3, '500元'],
      [3, '1.8万元'],
      [4, '12万元'],
    ]);
    expect(kinds(doc, 'money')[0]?.hint).toContain('写在前一分句');
    expect(kinds(doc, 'money')[1]?.hint).toContain('不计入总数');
    expect(kinds(doc, 'money')[2]?.hint).toContain('不是单位的创建投入');
  });

  it('writes kind, period, partOf and the sentence into unit.yaml; the sentence is in the report as written', () => {
    const entries = buildEntries([doc!]);
    const yaml = entries.find((e) => e.kind === 'unit')?.content ?? '';
    const report = entries.find((e) => e.kind === 'report')?.content ?? '';
    expect(yaml).toContain("amount: '500元'\n    kind: '其他'\n    period: '每月'");
    // The whole gets an id; its parts name it (the content model's partOf).
    expect(yaml).toContain("amount: '20万元'\n    kind: '帮扶资金'\n    period: null\n    id: 'jin-e-5'");
    expect(yaml.match(/partOf: 'jin-e-5'/g)).toHaveLength(2);
    expect(yaml).not.toContain('3.2亿元');
    for (const a of doc?.amounts ?? []) expect(report).toContain(a.quote);
    for (const h of doc?.honors ?? []) expect(report).toContain(h.quote);
  });
});
