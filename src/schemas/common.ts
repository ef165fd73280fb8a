import { z } from 'astro/zod';
import { parsePartialDate } from '../domain/partial-date';
import { parseQuantity } from '../domain/quantity';
import { parseYearSpan } from '../domain/year-span';
import { LEVELS } from '../domain/vocabulary';

/** A level: 全国, 省级, 市级, 县级 or 区级. */
export const levelSchema = z.enum(LEVELS, {
  error: () => `应为以下之一：${LEVELS.join('、')}`,
});

/**
 * A date as precise as the source: 2006, "2006-11" or "2006-11-05".
 * YAML turns an unquoted 2006-11-05 into a Date and 2006 into a number; both are accepted.
 */
export const partialDateSchema = z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
  const date = parsePartialDate(value);
  if (!date) {
    ctx.addIssue({
      code: 'custom',
      message: `无法识别的日期 "${String(value)}"：应写成 2006、"2006-11" 或 "2006-11-05"`,
    });
    return z.NEVER;
  }
  return date;
});

/** A year (2004), a year range ("2007-2010") or the word undated (年份不详). */
export const yearSpanSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const span = parseYearSpan(value);
  if (!span) {
    ctx.addIssue({
      code: 'custom',
      message: `无法识别的年份 "${String(value)}"：应写成 2004、"2007-2010"，来源未写明年份时写 undated`,
    });
    return z.NEVER;
  }
  return span;
});

/** A figure as the report writes it, e.g. "4万多元", "近万元", "48人"; kept verbatim and parsed. */
export const quantitySchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = String(value).trim();
  const quantity = parseQuantity(text);
  if (!quantity) {
    ctx.addIssue({
      code: 'custom',
      message: `无法识别的数量 "${text}"：应是数字加单位，如 "10.5万元"、"4万多元"、"近万元"、"48人"`,
    });
    return z.NEVER;
  }
  return quantity;
});

/** The id of a section (heading anchor) in one of the unit's reports, e.g. "wei-rao-zu-zhi-luo-shi". */
export const sectionRefSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '应为报告中某一节的锚点，如 "wei-rao-zu-zhi-luo-shi"（见单位页面各节标题旁的链接）');

/** Required text, with a message that says what to write when it is missing. */
export const requiredText = (what: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `必填：${what}，如 "${example}"` : `应为文字：${what}`) })
    .min(1, `不能为空：${what}，如 "${example}"`);

/**
 * The sentence of the report a fact comes from, copied exactly (a part of one sentence will
 * do). The fact's 「见原文」 link leads to that sentence, and the publishing check fails when
 * the report no longer contains it.
 */
export const quoteSchema = z
  .string({ error: () => '应为原文中的一句话（照抄），如 "2005年，成功创建为县级文明单位。"' })
  .trim()
  .min(4, '原文引语太短：请照抄报告中这一事实所在的整句话，如 "2005年，成功创建为县级文明单位。"');
