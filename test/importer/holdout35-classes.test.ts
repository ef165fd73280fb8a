// The classes the thirty-fifth held-out batch (test/fixtures/importer/holdout35) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, reportText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.category, h.recipient.kind, h.recipient.name ?? null]) ?? [];

describe('thanks after a clause telling a person’s honor', () => {
  it('went to the unit, not to the person honored', () => {
    const [d] = importText(
      reportText('江安县税务局创建市级文明单位工作汇报', [
        '办税服务厅2022年被评为“全省税务系统青年文明号”，纳税服务科科长李春梅被评为“全市三八红旗手”，收到纳税人送来的锦旗9面、表扬信14封。',
      ]),
    );
    const thanks = honors(d).filter((h) => h[2] === 'commendation');
    expect(thanks).toEqual([
      ['undated', '锦旗', 'commendation', 'unit', null],
      ['undated', '表扬信', 'commendation', 'unit', null],
    ]);
  });
});

describe('a 测评 grade', () => {
  it('is no honor', () => {
    const [d] = importText(
      reportText('江安县图书馆创建市级文明单位工作汇报', ['馆里2018年被命名为县级文明单位。2023年度全县文明单位年度测评成绩为优秀。现将创建情况汇报如下：']),
    );
    expect(honors(d).map((h) => h[1])).not.toContainEqual(expect.stringContaining('测评'));
  });
});
