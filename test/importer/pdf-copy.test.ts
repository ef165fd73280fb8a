// Text copied out of a PDF: lines wrapped at a fixed width, indents marking paragraphs, footers.
import { describe, expect, it } from 'vitest';
import { toSourceLines } from '../../src/importer/decode';
import { reconstructLines } from '../../src/importer/lossless';
import { PDF_REPORT } from '../fixtures/importer/texts';
import { importText } from './helpers';

describe('PDF copy-paste', () => {
  const [doc] = importText(PDF_REPORT, 'pdf.txt');
  const paragraphs = doc?.blocks.filter((b) => b.role === 'paragraph').map((b) => b.piece.text) ?? [];

  it('joins wrapped lines into paragraphs, even after a sentence ending at a line end', () => {
    expect(paragraphs[0]).toBe(
      '城东中学始建于1958年，现有教职工186人，其中党员72名，学生2400余名，校园面积65000平方米。学校先后获得市级文明单位、省级绿色学校等荣誉称号。',
    );
    expect(paragraphs).toContain(
      '学校把社会主义核心价值观教育融入课堂，2017年被评为市级文明单位，2018年荣获省级文明校园提名资格。全年开展主题班会320余次，参与学生达1.2万人次。',
    );
  });

  it('finds the outline, removes footers and reads figures split over lines', () => {
    expect(doc?.sections.map((s) => s.title)).toEqual(['一、坚持立德树人', '二、改善办学条件', '三、关爱困难学生']);
    expect(doc?.warnings.filter((w) => w.kind === 'artifact').map((w) => [w.line, w.text])).toEqual([
      [10, '— 1 —'],
      [14, '第 1 页 共 2 页'],
    ]);
    expect(doc?.figures.find((f) => f.text === '1.2万人次')).toMatchObject({ value: 12000, unit: '人次' });
    expect(doc?.amounts.map((a) => [a.text, a.bound])).toEqual([
      ['380万元', 'exact'],
      ['近50万元', 'at-most'],
      ['12万余元', 'at-least'],
    ]);
  });

  it('dates the report from its signature and resolves 近三年', () => {
    expect(doc?.date).toMatchObject({ iso: '2019-12', line: 18 });
    expect(doc?.honors).toContainEqual(expect.objectContaining({ year: 2017, kind: 'title', level: '市级' }));
    expect(doc?.warnings.find((w) => w.kind === 'relative-date')?.hint).toContain('2017—2019年');
    expect(doc?.warnings.find((w) => w.kind === 'pii')).toMatchObject({ line: 16, text: '张明远' });
  });

  it('is lossless', () => {
    const rebuilt = reconstructLines([doc!]);
    for (const l of toSourceLines(PDF_REPORT)) expect(rebuilt.get(l.line) ?? '').toBe(l.text);
  });
});
