import { describe, expect, it } from 'vitest';
import { amountMeaning, amountText, formatRate, isSummable, totalOfKind, totalsByKind, type MoneyFact } from '../../src/domain/money';
import { parseQuantity } from '../../src/domain/quantity';
import { formatTotal } from '../../src/domain/totals';
import type { InvestmentKind, RatePeriod } from '../../src/domain/vocabulary';

function fact(kind: InvestmentKind, text: string, extra: { period?: RatePeriod; partOf?: string; id?: string } = {}): MoneyFact & { id?: string } {
  const amount = parseQuantity(text);
  if (!amount) throw new Error(text);
  return { kind, amount, period: extra.period ?? null, ...(extra.partOf ? { partOf: extra.partOf } : {}), ...(extra.id ? { id: extra.id } : {}) };
}

// A town's report: its own budget, public works it mentions, a project won from above, a
// monthly wage, and aid with its parts.
const town = [
  fact('创建经费', '4万多元'),
  fact('基础设施与民生', '10.5万元'),
  fact('基础设施与民生', '100余万元'),
  fact('争取项目', '1000多万元'),
  fact('捐款捐物', '3000多元'),
  fact('其他', '300元', { period: '每月' }),
  fact('其他', '1.5万元'),
  fact('其他', '近万元'),
  fact('帮扶资金', '12万多元', { id: 'bang-fu' }),
  fact('帮扶资金', '3万元', { partOf: 'bang-fu' }),
  fact('帮扶资金', '近3万元', { partOf: 'bang-fu' }),
];

describe('totals by kind', () => {
  it('sums one kind at a time and never mixes kinds', () => {
    const totals = totalsByKind(town);
    expect(totals.map((t) => t.kind)).toEqual(['创建经费', '基础设施与民生', '争取项目', '捐款捐物', '帮扶资金', '其他']);
    expect(formatTotal(totals[0]!.total)).toBe('不少于4万元');
    expect(formatTotal(totals[1]!.total)).toBe('不少于110.5万元');
    expect(formatTotal(totals[2]!.total)).toBe('不少于1000万元');
    // What the old single total would have been: all kinds together.
    const everything = totals.reduce((sum, t) => sum + t.total.low, 0);
    expect(totals[0]!.total.low).toBeLessThan(everything);
  });

  it('keeps bounds: 多 opens the top, 近 adds only to the top', () => {
    const other = totalsByKind(town).find((t) => t.kind === '其他');
    expect(other?.total).toEqual({ unit: '元', low: 15000, high: 25000, approximate: false, count: 2 });
    expect(formatTotal(other!.total)).toBe('1.5万～2.5万元');
  });

  it('shows a rate as a rate and never adds it to a total', () => {
    const other = totalsByKind(town).find((t) => t.kind === '其他');
    expect(other?.rates).toHaveLength(1);
    expect(other?.items).toHaveLength(3);
    expect(other?.total.low).toBe(15000);
    expect(amountText(other!.rates[0]!)).toBe('每月300元');
    expect(amountMeaning(other!.rates[0]!)).toBe('按月计的金额，不计入合计');
  });

  it('does not count a part of a listed amount a second time', () => {
    const aid = totalsByKind(town).find((t) => t.kind === '帮扶资金');
    expect(aid?.total).toMatchObject({ low: 120000, high: null, count: 1 });
    expect(aid?.parts).toHaveLength(2);
    expect(amountMeaning(aid!.parts[0]!, '对口帮扶共计筹集资金')).toBe('是“对口帮扶共计筹集资金”的一部分，不重复相加');
    expect(isSummable(aid!.parts[0]!)).toBe(false);
  });

  it('leaves out kinds without any amount, and a kind of rates only has an empty total', () => {
    expect(totalsByKind([fact('其他', '300元', { period: '每月' })])).toMatchObject([{ kind: '其他', total: { count: 0, low: 0 } }]);
    expect(totalsByKind([])).toEqual([]);
    expect(totalOfKind(town, '创建经费')).toMatchObject({ low: 40000, high: null, count: 1 });
    expect(totalOfKind(town, '帮扶资金').count).toBe(1);
  });
});

describe('formatRate', () => {
  it('puts the period before the amount as written, once', () => {
    expect(formatRate({ text: '300元' }, '每月')).toBe('每月300元');
    expect(formatRate({ text: '约1200元' }, '每人每年')).toBe('每人每年约1200元');
    expect(formatRate({ text: '每月300元' }, '每月')).toBe('每月300元');
  });
});

describe('formatRate per household', () => {
  it('says the household in the period', () => {
    expect(formatRate({ text: '200元' }, '每户每月')).toBe('每户每月200元');
    expect(formatRate({ text: '不少于800元' }, '每户每年')).toBe('每户每年不少于800元');
  });
});
