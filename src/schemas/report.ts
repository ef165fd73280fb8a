import { z } from 'astro/zod';
import { levelSchema, partialDateSchema, requiredText } from './common';

/** A creation report: content/units/<folder>/<name>.md; its ## and ### headings are its sections. */
export const reportSchema = z.object({
  title: requiredText('报告标题', 'XX镇创建县级最佳文明单位工作汇报'),
  subtitle: z.string().optional(),
  /** As precise as the report's signature: 2006, "2006-11". */
  date: partialDateSchema.optional(),
  /** What the report applies for, e.g. { level: 县级, title: 最佳文明单位 }. */
  seeks: z.object({ level: levelSchema, title: z.string().min(1) }).optional(),
  /** Where the text comes from (file, web page), for the record. */
  source: z.string().optional(),
  /** Order among the unit's reports; lower first. */
  order: z.number().int().default(0),
  draft: z.boolean().default(false),
});
