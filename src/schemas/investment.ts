import { z } from 'astro/zod';
import { INVESTMENT_KINDS, RATE_PERIODS } from '../domain/vocabulary';
import { quantitySchema, quoteSchema, sectionRefSchema, requiredText } from './common';

/** An id other items can name: ASCII, e.g. "dui-kou-bang-fu". */
const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '只能用小写字母、数字和连字符，如 "dui-kou-bang-fu"');

/**
 * A sum of money the report states, with the amount exactly as the report words it and what
 * kind of money it is. Different kinds are never added together.
 */
export const investmentSchema = z.object({
  /** Year the money was spent or raised; leave out when the report does not say. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** What the money was for, in the report's words: 修建XX汽车客运站. */
  item: requiredText('投入项目', '机关食堂改造'),
  /** "4万多元" (at least), "近万元" (at most), "10.5万元" (exact); for a rate the amount per period: "300元". */
  amount: quantitySchema,
  /**
   * 创建经费 (the unit's own creation spending), 基础设施与民生 (public works the report
   * mentions), 争取项目 (funds won from higher levels), 捐款捐物 (staff donations), 帮扶资金
   * (aid to people or villages) or 其他. Required: totals sum one kind only.
   */
  kind: z.enum(INVESTMENT_KINDS, {
    error: (issue) =>
      issue.input === undefined
        ? `必填：资金类别 kind，应为以下之一：${INVESTMENT_KINDS.join('、')}（单位自己的创建经费写“创建经费”）`
        : `资金类别应为以下之一：${INVESTMENT_KINDS.join('、')}`,
  }),
  /** How often the amount recurs (每月300元 → 每月); null (the default) for a one-off amount. A rate is never added to a total. */
  period: z
    .enum(RATE_PERIODS, { error: () => `周期应为以下之一：${RATE_PERIODS.join('、')}；一次性的金额不写 period` })
    .nullable()
    .default(null),
  /** A name for this amount, so that its parts can say `partOf: <id>`. */
  id: idSchema.optional(),
  /** The id of another listed amount this one is part of (共计12万多元，其中…): shown, never added again. */
  partOf: idSchema.optional(),
  /** Why the kind or a value is as it is, shown to readers. */
  note: z.string().optional(),
  section: sectionRefSchema.optional(),
  quote: quoteSchema.optional(),
});
