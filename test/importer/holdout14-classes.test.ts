// The classes the fourteenth held-out batch (test/fixtures/importer/holdout14) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText } from './helpers';

const report = (...body: string[]) => importText(['北河县卫生健康局创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];
const money = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.bound, a.kind, a.period]) ?? [];

describe('money in a table whose unit is only in a header', () => {
  it('proposes no amount for a bare figure under 营业收入（万元）', () => {
    const d = report('二、主要指标', '指标\t2021年\t2022年', '服务人次\t3.1万\t3.4万', '营业收入（万元）\t4310\t4875', '　　各项指标稳步增长。');
    expect(d?.amounts.filter((a) => /^\d+$/.test(a.text))).toEqual([]);
  });
});

describe('what a sum of money is', () => {
  it('reads money handed to people at a rate (补贴, 补助) as aid', () => {
    expect(money(report('对辖区空巢老人每人每月补贴水电费40元。'))).toEqual([['40元', 'exact', '帮扶资金', '每人每月']]);
    expect(money(report('为农村产妇每人补助交通费300元。'))).toEqual([['300元', 'exact', '帮扶资金', '每人']]);
  });

  it('reads money set aside to reward as spent (其他), not as a prize', () => {
    expect(money(report('每季度拿出2000元奖励优秀志愿者。'))).toEqual([['2000元', 'exact', '其他', '每季度']]);
  });

  it('reads a budget for keeping villages clean, and money for facilities, as works', () => {
    expect(money(report('区财政每年安排环境保洁经费45万元，配备保洁员30名。'))).toEqual([['45万元', 'exact', '基础设施与民生', '每年']]);
    expect(money(report('投入约150万元购置消防设施。'))).toEqual([['约150万元', 'about', '基础设施与民生', null]]);
  });

  it('reads 突破 as a lower bound, like 超过', () => {
    expect(money(report('村集体经济收入突破35万元。'))).toEqual([['突破35万元', 'at-least', null, null]]);
  });
});
