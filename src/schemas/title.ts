import { z } from 'astro/zod';
import { TITLE_STATUSES } from '../domain/vocabulary';
import { levelSchema, quoteSchema, sectionRefSchema, yearSpanSchema } from './common';

/** One step in the unit's 文明单位 title history. */
export const titleSchema = z.object({
  /** Year of the step; a range for 连续…年保持; undated when the source hides it. */
  year: yearSpanSchema,
  level: levelSchema,
  /** 文明单位, 最佳文明单位, 文明校园 … */
  title: z.string().min(1),
  status: z.enum(TITLE_STATUSES, {
    error: () => `应为以下之一：${TITLE_STATUSES.join('、')}`,
  }),
  /** 文号 of the naming document, e.g. 泸文明委〔2005〕3号. */
  docNumber: z.string().optional(),
  /** Who named it, e.g. 泸州市委、市政府. */
  issuer: z.string().optional(),
  section: sectionRefSchema.optional(),
  /** Why a value is missing or uncertain, shown to readers. */
  note: z.string().optional(),
  quote: quoteSchema.optional(),
});
