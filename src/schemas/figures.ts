import { z } from 'astro/zod';
import { quantitySchema } from './common';

/** Key figures of the unit. */
export const figuresSchema = z.object({
  /** 在岗职工 */
  staff: z.number().int().nonnegative().optional(),
  /** 党员 */
  partyMembers: z.number().int().nonnegative().optional(),
  /** Any other labelled figure: { label: 职能办所, value: 17个 }. */
  other: z.array(z.object({ label: z.string().min(1), value: quantitySchema })).default([]),
});
