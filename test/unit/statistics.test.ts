import { describe, expect, it } from 'vitest';
import { countBy, countPerYear, totalBy, staffByMeasure } from '../../src/domain/statistics';
import type { Quantity } from '../../src/domain/quantity';

describe('countBy', () => {
  it('lists ordered keys first, zeros included, then the rest by count', () => {
    const rows = ['市级', '县级', '市级', '其他', '其他', '其他', '新'];
    expect(countBy(rows, (r) => r, ['全国', '省级', '市级', '县级'])).toEqual([
      { key: '全国', count: 0 },
      { key: '省级', count: 0 },
      { key: '市级', count: 2 },
      { key: '县级', count: 1 },
      { key: '其他', count: 3 },
      { key: '新', count: 1 },
    ]);
  });
});

describe('countPerYear', () => {
  it('fills the gaps between the first and last year with zeros', () => {
    expect(countPerYear([2003, 2005, 2005])).toEqual([
      { key: 2003, count: 1 },
      { key: 2004, count: 0 },
      { key: 2005, count: 2 },
    ]);
  });
  it('is empty for no years', () => expect(countPerYear([])).toEqual([]));
});

describe('totalBy', () => {
  const q = (value: number, bound: Quantity['bound'], unit = '元'): Quantity => ({ text: '', value, unit, bound });
  it('sums per key with bounds and sorts by the floor, largest first', () => {
    const rows = [
      { unit: 'A', amount: q(40000, 'at-least') },
      { unit: 'B', amount: q(105000, 'exact') },
      { unit: 'A', amount: q(10000, 'at-most') },
      { unit: 'B', amount: q(15000, 'exact') },
      { unit: 'C', amount: q(48, 'exact', '人') },
    ];
    const totals = totalBy(
      rows,
      (r) => r.unit,
      (r) => r.amount,
    );
    expect(totals.map((t) => [t.key, t.total.low, t.total.high])).toEqual([
      ['B', 120000, 120000],
      ['A', 40000, null],
    ]);
  });
});

describe('staffByMeasure', () => {
  it('compares only like with like: each measure its own rows, largest first', () => {
    const groups = staffByMeasure([
      {
        unit: 'XX镇',
        staff: [
          { measure: '在岗职工', count: 48 },
          { measure: '党员', count: 34 },
        ],
      },
      {
        unit: '鱼塘镇',
        staff: [
          { measure: '机关干部', count: 40 },
          { measure: '党员', count: 30 },
        ],
      },
      { unit: '公积金中心', staff: [{ measure: '在编职工', count: 61 }] },
      { unit: '甲镇', staff: [{ measure: '在岗职工', count: 52 }] },
    ]);
    expect(groups.map((g) => g.measure)).toEqual(['在岗职工', '在编职工', '机关干部', '党员']);
    expect(groups[0]?.rows.map((r) => [r.unit, r.figure.count])).toEqual([
      ['甲镇', 52],
      ['XX镇', 48],
    ]);
    expect(groups.find((g) => g.measure === '在编职工')?.rows.map((r) => r.unit)).toEqual(['公积金中心']);
  });
});
