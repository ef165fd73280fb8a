import { describe, expect, it } from 'vitest';
import { describeBound, findQuantities, formatAmount, parseQuantity, QUANTITY_UNITS, type Bound } from '../../src/domain/quantity';

describe('parseQuantity', () => {
  it.each<[string, number, string, Bound]>([
    ['10.5万元', 105000, '元', 'exact'],
    ['4万多元', 40000, '元', 'at-least'],
    ['近万元', 10000, '元', 'at-most'],
    ['100余万元', 1000000, '元', 'at-least'],
    ['1000多万元', 10000000, '元', 'at-least'],
    ['74.69亿元', 7469000000, '元', 'exact'],
    ['0.35万元', 3500, '元', 'exact'],
    ['1.234567万元', 12345.67, '元', 'exact'],
    ['3千元', 3000, '元', 'exact'],
    ['3千万元', 30000000, '元', 'exact'],
    ['一千多万元', 10000000, '元', 'at-least'],
    ['两万元', 20000, '元', 'exact'],
    ['十余万元', 100000, '元', 'at-least'],
    ['万余元', 10000, '元', 'at-least'],
    ['二十余人', 20, '人', 'at-least'],
    ['百余人', 100, '人', 'at-least'],
    ['上万人', 10000, '人', 'at-least'],
    ['3,500元', 3500, '元', 'exact'],
    ['3，500元', 3500, '元', 'exact'],
    ['1,234,567元', 1234567, '元', 'exact'],
    ['2,300余人次', 2300, '人次', 'at-least'],
    ['10%', 10, '%', 'exact'],
    ['95%', 95, '%', 'exact'],
    ['12.5％', 12.5, '%', 'exact'],
    ['百分之九十五', 95, '%', 'exact'],
    ['约50人', 50, '人', 'about'],
    ['大约50人', 50, '人', 'about'],
    ['50人左右', 50, '人', 'about'],
    ['约300多人', 300, '人', 'about'],
    ['100万以上', 1000000, '', 'at-least'],
    ['140元以上', 140, '元', 'at-least'],
    ['60岁以上', 60, '岁', 'at-least'],
    ['不足百人', 100, '人', 'at-most'],
    ['不到20户', 20, '户', 'at-most'],
    ['不超过5万元', 50000, '元', 'at-most'],
    ['逾千人', 1000, '人', 'at-least'],
    ['超过3000人次', 3000, '人次', 'at-least'],
    ['48人', 48, '人', 'exact'],
    ['48名', 48, '名', 'exact'],
    ['20.5平方公里', 20.5, '平方公里', 'exact'],
    ['1200平方米', 1200, '平方米', 'exact'],
    ['3千米', 3, '千米', 'exact'],
    ['5公里', 5, '公里', 'exact'],
    ['2万平方米', 20000, '平方米', 'exact'],
    ['3个月', 3, '个月', 'exact'],
    ['１０．５万元', 105000, '元', 'exact'],
    ['48', 48, '', 'exact'],
    ['两万', 20000, '', 'exact'],
    ['  48人 ', 48, '人', 'exact'],
  ])('%s → %d %s %s', (text, value, unit, bound) => {
    expect(parseQuantity(text)).toEqual({ text: text.trim(), value, unit, bound });
  });

  it.each([['万元'], ['亿元'], ['元'], [''], ['2004年'], ['110kv'], ['48人左右的'], ['十二五规划'], ['3-5万元']])('%s is not one quantity', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe('findQuantities', () => {
  const pick = (prose: string, options?: { units?: readonly string[] }) =>
    findQuantities(prose, options).map((q) => [q.text, q.index, q.value, q.unit, q.bound]);

  it.each<[string, Array<[string, number, number, string, Bound]>]>([
    [
      '投资10.5万元，在学堂村新建1个二星级旅游公厕',
      [
        ['10.5万元', 2, 105000, '元', 'exact'],
        ['1个', 15, 1, '个', 'exact'],
      ],
    ],
    ['2004年被评为市级文明单位', []],
    ['2003年——2006年连续三年', []],
    ['新建110kv变电站1座', [['1座', 10, 1, '座', 'exact']]],
    ['G318国道', []],
    [
      '全年培训2,300余人次，覆盖95%的职工',
      [
        ['2,300余人次', 4, 2300, '人次', 'at-least'],
        ['95%', 15, 95, '%', 'exact'],
      ],
    ],
    [
      '筹资4万多元，又争取近万元',
      [
        ['4万多元', 2, 40000, '元', 'at-least'],
        ['近万元', 10, 10000, '元', 'at-most'],
      ],
    ],
    ['累计投入一千多万元', [['一千多万元', 4, 10000000, '元', 'at-least']]],
    ['投资100万以上', [['100万以上', 2, 1000000, '', 'at-least']]],
    [
      '约50人参加，其中党员20人左右',
      [
        ['约50人', 0, 50, '人', 'about'],
        ['20人左右', 11, 20, '人', 'about'],
      ],
    ],
    // 签约 and 附近 are words of their own, not bound markers.
    [
      '签约3个项目，附近2个村受益',
      [
        ['3个', 2, 3, '个', 'exact'],
        ['2个', 9, 2, '个', 'exact'],
      ],
    ],
    ['节约3万元', [['3万元', 2, 30000, '元', 'exact']]],
    // Ordinals and set phrases.
    ['第一个获得表彰，第3期培训', []],
    ['推行一村一品、一次性告知', []],
    ['建成三个示范点', [['三个', 2, 3, '个', 'exact']]],
    ['投资万元', []],
    ['完成1.5亿元', [['1.5亿元', 2, 150000000, '元', 'exact']]],
  ])('%s', (prose, expected) => {
    expect(pick(prose)).toEqual(expected);
  });

  it('reports the exact text at the index, including full-width digits', () => {
    const prose = '共投入１２万元';
    const [q] = findQuantities(prose);
    expect(q).toEqual({ text: '１２万元', index: 3, value: 120000, unit: '元', bound: 'exact' });
    expect(prose.slice(q?.index, (q?.index ?? 0) + (q?.text.length ?? 0))).toBe('１２万元');
  });

  it('scans with a custom unit list', () => {
    expect(pick('栽种300棵树，摆放50盆花', { units: ['盆'] })).toEqual([['50盆', 10, 50, '盆', 'exact']]);
  });
});

describe('QUANTITY_UNITS', () => {
  it('lists longer units before their prefixes', () => {
    const at = (u: string) => QUANTITY_UNITS.indexOf(u);
    expect(at('人次')).toBeLessThan(at('人'));
    expect(at('平方米')).toBeLessThan(at('米'));
    expect(at('千米')).toBeLessThan(at('米'));
    expect(at('平方公里')).toBeLessThan(at('公里'));
  });

  it.each(['元', '人次', '人', '名', '亩', '平方米', '平方公里', '千米', '公里', '米', '%', '个', '次', '户', '件', '份', '项', '所', '村', '头', '盆', '艘'])(
    'includes %s',
    (unit) => {
      expect(QUANTITY_UNITS).toContain(unit);
    },
  );

  it('does not include date words', () => {
    expect(QUANTITY_UNITS).not.toContain('年');
    expect(QUANTITY_UNITS).not.toContain('月');
  });
});

describe('formatAmount', () => {
  it.each([
    [105000, '元', '10.5万元'],
    [7469000000, '元', '74.69亿元'],
    [3500, '元', '3500元'],
    [40000, '元', '4万元'],
    [16930000, '元', '1693万元'],
    [12345, '元', '1.23万元'],
    [99999999, '元', '1亿元'],
    [100000000, '元', '1亿元'],
    [10000, '', '1万'],
    [0.5, '%', '0.5%'],
    [95, '%', '95%'],
    [12500, '%', '12500%'],
    [48, '人', '48人'],
    [23000, '人次', '2.3万人次'],
    [0, '元', '0元'],
  ])('%d %s → %s', (value, unit, expected) => {
    expect(formatAmount(value, unit)).toBe(expected);
  });
});

describe('describeBound', () => {
  it.each<[number, string, Bound, string]>([
    [105000, '元', 'exact', '10.5万元'],
    [40000, '元', 'at-least', '不少于4万元'],
    [10000, '元', 'at-most', '不超过1万元'],
    [50, '人', 'about', '约50人'],
  ])('%d %s %s → %s', (value, unit, bound, expected) => {
    expect(describeBound({ value, unit, bound })).toBe(expected);
  });
});
