import { describe, expect, it } from 'vitest';
import { CHINESE_NUMERAL_CHARS, parseChineseDigits, parseChineseInteger } from '../../src/domain/chinese-numeral';

describe('parseChineseInteger', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['二', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['百', 100],
    ['一百零五', 105],
    ['一百二十', 120],
    ['一千', 1000],
    ['一千零五十', 1050],
    ['三千五百', 3500],
    ['两万', 20000],
    ['一万二千', 12000],
    ['一万零五', 10005],
    ['十万', 100000],
    ['一百万', 1000000],
    ['千万', 10000000],
    ['三千五百万', 35000000],
    ['一亿', 100000000],
    ['一亿五千万', 150000000],
    ['万亿', 1000000000000],
    ['零', 0],
    ['〇', 0],
    // Colloquial shorthand: a lone digit after a unit is the next lower place.
    ['一百二', 120],
    ['三千五', 3500],
    ['一万二', 12000],
    ['两万五', 25000],
    ['一亿五', 150000000],
    // Financial forms and Arabic digits.
    ['壹佰', 100],
    ['1', 1],
    ['48', 48],
    ['３５', 35],
    ['3千', 3000],
    ['  十二 ', 12],
  ])('%s → %d', (text, expected) => {
    expect(parseChineseInteger(text)).toBe(expected);
  });

  it.each([[''], ['二〇一九'], ['二五'], ['十十'], ['百千'], ['一百零'], ['零五'], ['零十'], ['一万二万'], ['元'], ['十二个'], ['1.5'], ['abc']])(
    '%s is not a counted number',
    (text) => {
      expect(parseChineseInteger(text)).toBeNull();
    },
  );
});

describe('parseChineseDigits', () => {
  it.each([
    ['二〇一九', 2019],
    ['二零零六', 2006],
    ['二○○六', 2006],
    ['一九九八', 1998],
    ['二OO六', 2006],
    ['2006', 2006],
    ['五', 5],
  ])('%s → %d', (text, expected) => {
    expect(parseChineseDigits(text)).toBe(expected);
  });

  it.each([[''], ['二十'], ['两〇〇六'], ['OOOO'], ['二〇一九年']])('%s is null', (text) => {
    expect(parseChineseDigits(text)).toBeNull();
  });
});

describe('CHINESE_NUMERAL_CHARS', () => {
  it('works as a regex character class', () => {
    const run = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'g');
    expect('投资一千多万元，建成两万平方米，二〇一九年'.match(run)).toEqual(['一千', '万', '两万', '二〇一九']);
  });

  it.each([...'〇○零一二两三四五六七八九十百千万亿'])('contains %s', (ch) => {
    expect(CHINESE_NUMERAL_CHARS).toContain(ch);
  });
});
