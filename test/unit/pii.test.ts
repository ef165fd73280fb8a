import { describe, expect, it } from 'vitest';
import { findPii, isValidIdNumber, passesLuhn } from '../../src/domain/pii';

describe('isValidIdNumber (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['110105194912310021', false], // wrong check character
    ['110105194913310028', false], // month 13
    ['000105194912310021', false], // no such province
    ['11010519491231002', false], // 17 digits
  ])('%s → %s', (id, valid) => expect(isValidIdNumber(id)).toBe(valid));
});

describe('findPii', () => {
  const kinds = (text: string) => findPii(text).map((f) => [f.kind, f.text, f.masked]);

  it('flags an ID number only when its checksum is valid', () => {
    expect(kinds('身份证号11010519491231002X。')).toEqual([['id-number', '11010519491231002X', '110***********002X']]);
    expect(findPii('编号110105194912310021。')).toEqual([]);
  });

  it('does not flag digits inside longer runs', () => {
    expect(findPii('订单号2019123100001234567891')).toEqual([]);
    expect(findPii('流水号113812345678901')).toEqual([]);
  });

  it.each([
    ['手机13812345678', 'mobile', '138****5678'],
    ['手机 138-1234-5678 联系', 'mobile', '138****5678'],
    ['电话0830-2345678', 'landline', '0830-234****'],
    ['卡号6222021234567890128', 'bank-card', '6222***********0128'],
  ])('%s', (text, kind, masked) => {
    const [finding] = findPii(text);
    expect(finding?.kind).toBe(kind);
    expect(finding?.masked).toBe(masked);
  });

  it('rejects a 16–19 digit number failing Luhn', () => {
    expect(passesLuhn('6222021234567890128')).toBe(true);
    expect(findPii('卡号6222021234567890127')).toEqual([]);
  });

  it.each([
    ['为特困户陈桂珍老人修建住房', '陈桂珍', '陈某某'],
    ['慰问低保户王强，送去米油', '王强', '王某'],
    ['帮扶对象欧阳春花一家', '欧阳春花', '欧阳某某'],
    ['看望了李建国等困难户', '李建国', '李某某'],
  ])('names an aid recipient: %s', (text, name, masked) => {
    const found = findPii(text).filter((f) => f.kind === 'aid-recipient');
    expect(found.map((f) => [f.text, f.masked])).toEqual([[name, masked]]);
  });

  it.each(['救助特困群众和学生', '关心困难群众生活', '帮扶对象的生活得到改善', '特困户共有23户'])('no name in: %s', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('does not flag dates, amounts or document numbers', () => {
    expect(findPii('2006-11-05，投资1000多万元，德公积金发[2010]05号，0.35亿元')).toEqual([]);
  });
});

it('does not flag a name that is already masked', () => {
  expect(findPii('为年迈8旬的特困户陈某某老人修建住房')).toEqual([]);
  expect(findPii('帮扶对象王某家中')).toEqual([]);
  expect(findPii('为特困户陈桂珍老人修建住房').map((f) => f.masked)).toEqual(['陈某某']);
});
