import { z } from 'astro/zod';
import { quantitySchema, sectionRefSchema, requiredText } from './common';

/** Money put into the creation work, with the amount exactly as the report words it. */
export const investmentSchema = z.object({
  year: z.number().int().min(1900).max(2100).optional(),
  item: requiredText('投入项目', '机关食堂改造'),
  /** "4万多元" (at least), "近万元" (at most), "10.5万元" (exact). */
  amount: quantitySchema,
  section: sectionRefSchema.optional(),
});
