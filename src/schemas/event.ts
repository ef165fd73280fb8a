import { z } from 'astro/zod';
import { partialDateSchema, sectionRefSchema } from './common';

/** Something that happened, as precisely dated as the source allows. */
export const eventSchema = z.object({
  date: partialDateSchema,
  title: z.string().min(1),
  section: sectionRefSchema.optional(),
});
