// The classes the fifteenth and sixteenth held-out batches (test/fixtures/importer/holdout15,
// holdout16) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText } from './helpers';

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
