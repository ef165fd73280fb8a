// The placeholder scan accepts what the gate itself recommends and what Markdown means.
import { expect, it } from 'vitest';
import { findPlaceholders } from '../../src/domain/placeholders';

const found = (text: string) => findPlaceholders(text).map((p) => p.text);

it.each([
  ['a masked ID number, as the PII hint writes it', '身份证号440***********0023已核实'],
  ['a masked mobile number', '联系电话159****5432'],
  ['a masked bank card with ×', '卡号6217××××××××××3391'],
  ['bold italic Markdown', '我们***始终坚持***以人民为中心'],
  ['bold Markdown around a number', '共 ***12*** 项'],
  ['xx in a link to a unit', '详见[兄弟单位的做法](/units/xx-zhen/#zu-zhi-ling-dao)。'],
  ['xx in a bare web address', '原文见 https://www.example.cn/news/xxgk/2019.html 。'],
  ['xx in an autolink', '来源 <https://xx.example.org/a>'],
])('accepts %s', (_name, text) => {
  expect(found(text)).toEqual([]);
});

it.each([
  ['a placeholder next to emphasis', '***重要***：XX镇', ['XX']],
  ['a bare run of asterisks standing for a name', '负责人*** 同志', ['***']],
  ['xx outside the link', '[链接](/units/a/)由xx同志提供', ['xx']],
  ['a full-width placeholder, reported as written', '在ＸＸ村', ['ＸＸ']],
  ['asterisks after a digit but not before one', '编号12*** 号', ['***']],
])('still finds %s', (_name, text, expected) => {
  expect(found(text)).toEqual(expected);
});
