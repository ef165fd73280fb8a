import { z } from 'astro/zod';
import { partialDateSchema, sectionRefSchema, requiredText } from './common';

/** Something that happened, as precisely dated as the source allows. */
export const eventSchema = z.object({
  date: partialDateSchema,
  title: requiredText('事件', '通过县级文明单位验收'),
  section: sectionRefSchema.optional(),
});
