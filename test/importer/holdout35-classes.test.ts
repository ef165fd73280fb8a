// The classes the thirty-fifth held-out batch (test/fixtures/importer/holdout35) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, reportText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.category, h.recipient.kind, h.recipient.name ?? null]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period]) ?? [];

describe('money after a sum won from above, told with its own sum', () => {
  it('raised by the unit itself (自筹) for equipment it renewed is works, not the money won', () => {
    const [d] = importText(
      reportText('江安县中医院创建市级文明单位工作汇报', ['积极争取上级专项资金800万元，建成医院新院区，同时自筹约150万元更新彩超、心电图等医疗设备。']),
    );
    expect(amounts(d)).toContainEqual(['约150万元', '基础设施与民生', null]);
  });

  it('put in by the unit in a clause of its own is what it built, not the money won', () => {
    const [d] = importText(
      reportText('石门乡人民政府创建县级文明单位工作汇报', ['近三年共争取上级补助资金2600余万元，实施村级道路硬化工程，全乡累计投入美丽乡村建设资金540万元。']),
    );
    expect(amounts(d)).toContainEqual(['540万元', '基础设施与民生', null]);
  });

  it('still gives works told right after 争取, with no sum of its own before, the money won', () => {
    const [d] = importText(reportText('石门乡人民政府创建县级文明单位工作汇报', ['积极向上争取项目，投资600多万元新建乡卫生院。']));
    expect(amounts(d)).toContainEqual(['600多万元', '争取项目', null]);
  });
});

describe('the staff’s own giving at a rate', () => {
  it('人均每月捐助 by the staff is a donation per head per month', () => {
    const [d] = importText(reportText('江安县人民医院创建市级文明单位工作汇报', ['全院医务人员人均每月捐助留守儿童30元。']));
    expect(amounts(d)).toEqual([['30元', '捐款捐物', '每人每月']]);
  });

  it('每人每年结对资助 by the officers is a donation per head per year, not the unit’s aid', () => {
    const [d] = importText(reportText('江安县公安局创建市级文明单位工作汇报', ['民警每人每年结对资助困难学生不少于800元。']));
    expect(amounts(d)).toEqual([['不少于800元', '捐款捐物', '每人每年']]);
  });
});

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

describe('anti-copy noise glued to a line’s end', () => {
  it('is removed as noise, and the line is not taken for a cut-off text', () => {
    const [d] = importText(
      reportText('江安县人民医院创建市级文明单位工作汇报', ['医院组织党员为敬老院送去米面油等物品折合2万余元。+ k" R! p# 8; Z* ]', '医院将继续做好创建工作。']),
    );
    expect(d?.removals.filter((r) => r.op === 'noise')).toHaveLength(1);
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });
});

describe('money the unit raised itself after money won', () => {
  it('never takes the 争取 told before it', () => {
    const [d] = importText(reportText('江安县中医院创建市级文明单位工作汇报', ['争取中央预算内资金2000万元，同时自筹300万元。']));
    expect(amounts(d).find((a) => a[0] === '300万元')?.[1]).not.toBe('争取项目');
  });
});
