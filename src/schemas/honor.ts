import { z } from 'astro/zod';
import { levelSchema, sectionRefSchema, yearSpanSchema } from './common';

/** An honor the unit earned, other than the 文明单位 title itself. */
export const honorSchema = z.object({
  /** 2004, "2007-2010", or undated when the report gives no year. */
  year: yearSpanSchema,
  title: z.string().min(1),
  level: levelSchema.optional(),
  issuer: z.string().optional(),
  section: sectionRefSchema.optional(),
  note: z.string().optional(),
});
