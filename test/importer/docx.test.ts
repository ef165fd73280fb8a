// A .docx built in the test: title, Word headings, paragraphs, a bullet list and a table.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../src/importer/emit';
import { reconstructLines } from '../../src/importer/lossless';
import { readDocx } from '../../src/importer/read-docx';
import { importLines } from './helpers';

async function makeDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '青山街道社区卫生服务中心创建文明单位工作汇报', heading: HeadingLevel.TITLE }),
          new Paragraph('　　青山街道社区卫生服务中心现有职工56人，其中党员21名。2015年被评为区级文明单位。'),
          new Paragraph({ text: '一、基本情况', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('中心投入约30万元改造候诊区，服务居民3.2万人次。'),
          new Paragraph({ text: '（一）优化服务', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '开设家庭医生签约服务', bullet: { level: 0 } }),
          new Paragraph({ text: '设立老年人绿色通道', bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [cell('年份'), cell('投入'), cell('用途')] }),
              new TableRow({ children: [cell('2018'), cell('12万元'), cell('设备更新')] }),
            ],
          }),
          new Paragraph({ text: '二、下一步打算', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('继续加强队伍建设，联系电话13812345678。'),
          new Paragraph('二〇一九年十二月'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('.docx', async () => {
  const lines = await readDocx(await makeDocx());
  const [doc] = importLines(lines, 'docx', 'report.docx');

  it('numbers paragraphs, keeps headings, lists and table rows', () => {
    expect(lines.map((l) => [l.line, l.style ?? null])).toEqual([
      [1, { heading: 0 }],
      [2, null],
      [3, { heading: 1 }],
      [4, null],
      [5, { heading: 2 }],
      [6, { list: 'unordered' }],
      [7, { list: 'unordered' }],
      [8, { table: ['年份', '投入', '用途'], tableStart: true }],
      [9, { table: ['2018', '12万元', '设备更新'] }],
      [10, { heading: 1 }],
      [11, null],
      [12, null],
    ]);
  });

  it('reads title, sections, date, figures and personal data', () => {
    expect(doc?.title?.text).toBe('青山街道社区卫生服务中心创建文明单位工作汇报');
    expect(doc?.sections.map((s) => [s.title, s.depth, s.children.map((c) => c.title)])).toEqual([
      ['一、基本情况', 1, ['（一）优化服务']],
      ['二、下一步打算', 1, []],
    ]);
    expect(doc?.date?.iso).toBe('2019-12');
    expect(doc?.unit).toMatchObject({ name: '青山街道社区卫生服务中心', kind: '医院' });
    // 现有职工 names no measure (on post or on the payroll?): it stays a labelled figure.
    expect(doc?.unitFigures.staff.map((s) => [s.measure, s.count])).toEqual([['党员', 21]]);
    expect(doc?.unitFigures.other).toContainEqual(expect.objectContaining({ label: '职工', value: '56人' }));
    expect(doc?.honors).toContainEqual(expect.objectContaining({ year: 2015, level: '区级', kind: 'title' }));
    expect(doc?.warnings.filter((w) => w.kind === 'pii').map((w) => w.line)).toEqual([11]);
  });

  it('writes lists and tables as Markdown and masks the phone number', () => {
    const report = buildEntries([doc!]).find((e) => e.kind === 'report')?.content ?? '';
    expect(report).toContain('- 开设家庭医生签约服务');
    expect(report).toContain('| 年份 | 投入 | 用途 |\n| --- | --- | --- |\n| 2018 | 12万元 | 设备更新 |');
    // Rendered as 138****5678; the asterisks are escaped so Markdown shows them as written.
    expect(report).toContain('138\\*\\*\\*\\*5678');
    expect(report).not.toContain('13812345678');
    expect(report).toContain("source: 'report.docx 第1篇，第1–12段'");
  });

  it('is lossless', () => {
    const rebuilt = reconstructLines([doc!]);
    for (const l of lines) expect(rebuilt.get(l.line)).toBe(l.text);
  });
});
