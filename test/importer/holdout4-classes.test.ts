// The classes the fourth held-out batch (test/fixtures/importer/holdout4) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { reconstructLines } from '../../src/importer/lossless';
import { toSourceLines } from '../../src/importer/decode';
import { importText } from './helpers';

const headings = (d: AnalyzedDocument | undefined) => d?.blocks.filter((b) => b.role === 'heading').map((b) => b.piece.text) ?? [];

describe('a part counter alone on its line, its title on the next', () => {
  const text = [
    '柳林街道创建市级文明街道工作汇报',
    '第一部分',
    '主要措施',
    '一、抓好班子建设',
    '街道党工委每季度专题研究一次创建工作，形成了一级抓一级的责任链条。',
    '第二部分',
    '今后努力方向',
    '街道将继续巩固创建成果，推动创建工作常态长效。',
  ].join('\n');
  const [doc] = importText(text);

  it('is one heading at the top depth, counter and title joined by a full-width space', () => {
    expect(headings(doc)).toEqual(['第一部分　主要措施', '一、抓好班子建设', '第二部分　今后努力方向']);
    expect(doc?.sections.map((s) => [s.depth, s.title])).toEqual([
      [1, '第一部分　主要措施'],
      [1, '第二部分　今后努力方向'],
    ]);
  });

  it('is lossless', () => {
    const rebuilt = reconstructLines(importText(text));
    for (const l of toSourceLines(text)) expect(rebuilt.get(l.line) ?? '').toBe(l.text);
  });

  it('keeps the run-in form working', () => {
    const [d] = importText(['城关小学创建文明校园汇报', '第一部分　学校概况', '城关小学创办于1958年，现有学生900人。'].join('\n'));
    expect(headings(d)).toEqual(['第一部分　学校概况']);
  });
});
