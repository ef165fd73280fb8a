import { z } from 'astro/zod';
import { partialDateSchema, quoteSchema, sectionRefSchema, requiredText } from './common';

/** Something that happened, as precisely dated as the source allows. */
export const eventSchema = z.object({
  /** 2006, "2006-11" or "2006-11-05". */
  date: partialDateSchema,
  /** What happened, in the report's words. */
  title: requiredText('事件', '通过县级文明单位验收'),
  section: sectionRefSchema.optional(),
  quote: quoteSchema.optional(),
});
