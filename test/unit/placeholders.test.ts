import { expect, it } from 'vitest';
import { findPlaceholders } from '../../src/domain/placeholders';

it.each([
  { text: '感谢到XX镇验收', found: ['XX'], year: [false] },
  { text: '自XX年以来连续四年', found: ['XX'], year: [true] },
  { text: '截至20××年11月', found: ['20××'], year: [true] },
  { text: '负责人×××同志', found: ['×××'], year: [false] },
  { text: '全角ＸＸ县', found: ['ＸＸ'], year: [false] },
  { text: '“xxxx”重要思想', found: ['xxxx'], year: [false] },
  { text: '德公积金发[XX]05号', found: ['XX'], year: [false] },
  { text: '110kv变电站和XXL号与Xbox', found: [], year: [] },
  { text: '特困户陈某某老人', found: [], year: [] },
  { text: '2005年成功创建', found: [], year: [] },
])('$text', ({ text, found, year }) => {
  const result = findPlaceholders(text);
  expect(result.map((p) => p.text)).toEqual(found);
  expect(result.map((p) => p.year)).toEqual(year);
  for (const p of result) expect(text.slice(p.index, p.index + p.text.length)).toBe(p.text);
});
