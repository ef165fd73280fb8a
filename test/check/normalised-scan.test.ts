// Personal data typed the way Chinese documents are: full-width, split, with invisible
// characters pasted from web pages; found, and reported at the original's offsets.
import { describe, expect, it } from 'vitest';
import { findPii } from '../../src/domain/pii';
import { scanView } from '../../src/domain/scan-view';

const at = (text: string) =>
  findPii(text).map((f) => ({ kind: f.kind, text: f.text, original: text.slice(f.index, f.index + f.text.length), masked: f.masked }));

describe('scanView', () => {
  it('folds full-width digits, ideographic spaces and zero-width characters, remembering the origin', () => {
    const original = '电话：１５９\u3000２８７６\u200b５４３２。';
    const view = scanView(original);
    expect(view.text).toBe('电话:15928765432。');
    expect(original[view.origin[view.text.indexOf('2')] ?? -1]).toBe('２');
  });

  it('does not fold decimals or glue words to numbers', () => {
    expect(scanView('0.35亿元，共 12 户').text).toBe('0.35亿元,共 12 户');
  });
});

describe('findPii on the normalised view', () => {
  it.each([
    ['full-width mobile', '联系人手机１５９２８７６５４３２，', '15928765432'],
    ['mobile split by irregular spaces', '联系 159 2876 54 32 即可', '15928765432'],
    ['mobile with a zero-width space', '请拨打159\u200b2876\u200d5432咨询', '15928765432'],
    ['mobile with an ideographic space and a full-width dash', '电话：159\u30002876－5432', '15928765432'],
    ['mobile with a soft hyphen and NBSP', '手机159\u00ad2876\u00a05432', '15928765432'],
  ])('%s', (_name, text, digits) => {
    const [found, ...rest] = at(text);
    expect(rest).toEqual([]);
    expect(found?.kind).toBe('mobile');
    // The reported text is the original's, so the editor finds it with 查找.
    expect(found?.text).toBe(found?.original);
    expect(found?.text.normalize('NFKC').replace(/\D/g, '')).toBe(digits);
    expect(found?.masked).toBe(`${digits.slice(0, 3)}****${digits.slice(7)}`);
  });

  it('finds an ID number in full-width digits with a full-width check letter, and split in groups', () => {
    // 44030619850215002? : a valid GB 11643 number built for this test.
    const id = validId('440306198502150');
    const fullWidth = [...id].map((c) => (c === 'X' ? 'Ｘ' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
    expect(at(`身份证：${fullWidth}。`)).toMatchObject([{ kind: 'id-number', text: fullWidth }]);
    const grouped = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    expect(at(`身份证号 ${grouped} 已登记`)).toMatchObject([{ kind: 'id-number', text: grouped }]);
  });

  it('keeps two listed numbers apart instead of gluing them', () => {
    expect(at('电话 0830-2345678 15928765432').map((f) => f.kind)).toEqual(['landline', 'mobile']);
  });

  it('an amount is not a phone number', () => {
    expect(findPii('累计投入15928765432元用于改造')).toEqual([]);
    expect(findPii('资金￥15928765432已到位')).toEqual([]);
    expect(findPii('完成13900001111万元产值')).toEqual([]);
  });
});

describe('aid recipients in report phrasings', () => {
  const names = (text: string) =>
    findPii(text)
      .filter((f) => f.kind === 'aid-recipient')
      .map((f) => [f.text, f.masked]);

  it.each([
    ['结对帮扶对象、村民黄玉兰同志家中', '黄玉兰', '黄某某'],
    ['慰问困难职工——退休工人邓建华师傅', '邓建华', '邓某某'],
    ['走访低保户中的孤老郑福生老人', '郑福生', '郑某某'],
    ['向特困户残疾人罗小军一家送去慰问金', '罗小军', '罗某某'],
    ['谢光明同志是我局结对帮扶的困难户', '谢光明', '谢某某'],
    ['覃秀梅系本村建档立卡贫困户', '覃秀梅', '覃某某'],
    ['看望了彭桂香等3户低保户', '彭桂香', '彭某某'],
  ])('%s', (text, name, masked) => {
    expect(names(text)).toEqual([[name, masked]]);
  });

  it('a name masked by a single 某 is still a name; fully masked ones are the published form', () => {
    expect(names('帮扶对象韩某芳老人')).toEqual([['韩某芳', '韩某某']]);
    expect(names('特困户卢建某一家')).toEqual([['卢建某', '卢某某']]);
    expect(names('帮扶对象韩某某老人，特困户卢某一家')).toEqual([]);
  });

  it.each([
    '在王书记同志带领下，帮扶困难户12户',
    '帮扶对象实现稳定增收',
    '困难群众的住房问题得到解决',
    '慰问困难党员，发放慰问金',
    '党委书记张明同志主持会议，研究帮扶对象名单',
  ])('no name in: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

/** Completes 17 digits with their GB 11643 check character. */
function validId(first15: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = `${first15}21`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return body + '10X98765432'[sum % 11];
}
