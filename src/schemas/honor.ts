import { z } from 'astro/zod';
import { levelSchema, sectionRefSchema, yearSpanSchema, requiredText } from './common';

/** An honor the unit earned, other than the 文明单位 title itself. */
export const honorSchema = z.object({
  /** 2004, "2007-2010", or undated when the report gives no year. */
  year: yearSpanSchema,
  title: requiredText('荣誉名称', '财政税收工作一等奖'),
  level: levelSchema.optional(),
  issuer: z.string().optional(),
  section: sectionRefSchema.optional(),
  note: z.string().optional(),
});
