import { describe, expect, it } from 'vitest';
import { buildTimeline, type When } from '../../src/domain/timeline';
import { groupForDisplay, whenUnderYear } from '../../src/domain/timeline-display';

const item = (text: string, when: When) => ({ text, when });
const date = (year: number, month?: number, day?: number): When => ({ kind: 'date', date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) } });

describe('groupForDisplay', () => {
  const items = [
    item('成立创建领导小组', date(2005, 3)),
    item('县级文明单位', { kind: 'year', year: 2005 }),
    item('连续四年获一等奖', { kind: 'range', from: 2007, to: 2010 }),
    item('先进集体', { kind: 'undated' }),
    item('召开推进会', date(2005, 11, 5)),
    item('只知年份的大事', date(2006)),
  ];
  const ordered = [...buildTimeline(items).years.flatMap((y) => y.items), ...buildTimeline(items).undated];

  it('puts year-only items of each year apart from those with a month', () => {
    const { years, undated } = groupForDisplay(ordered);
    expect(years.map((y) => y.year)).toEqual([2005, 2006, 2010]);
    expect(years[0]?.yearOnly.map((i) => i.text)).toEqual(['县级文明单位']);
    expect(years[0]?.dated.map((i) => i.text)).toEqual(['成立创建领导小组', '召开推进会']);
    expect(years[1]?.yearOnly.map((i) => i.text)).toEqual(['只知年份的大事']);
    expect(years[2]?.yearOnly.map((i) => i.text)).toEqual(['连续四年获一等奖']);
    expect(undated.map((i) => i.text)).toEqual(['先进集体']);
  });
});

describe('whenUnderYear', () => {
  it('leaves out the year the heading says', () => {
    expect(whenUnderYear(date(2005, 11))).toBe('11月');
    expect(whenUnderYear(date(2005, 11, 5))).toBe('11月5日');
  });
  it('says nothing for a year-only item, and keeps a span', () => {
    expect(whenUnderYear({ kind: 'year', year: 2005 })).toBeNull();
    expect(whenUnderYear(date(2005))).toBeNull();
    expect(whenUnderYear({ kind: 'range', from: 2007, to: 2010 })).toBe('2007—2010年');
  });
});
