import { z } from 'astro/zod';
import { STAFF_MEASURES } from '../domain/vocabulary';
import { quantitySchema, quoteSchema, sectionRefSchema } from './common';

/** A head count named by what it counts: 在岗职工 48, 在编职工 61, 机关干部 40, 党员 34. */
export const staffFigureSchema = z.object({
  /** What is counted: 在岗职工, 在编职工, 机关干部, 干部职工 or 党员. Only like is compared with like. */
  measure: z.enum(STAFF_MEASURES, { error: () => `口径应为以下之一：${STAFF_MEASURES.join('、')}（照报告的说法选）` }),
  /** How many: 48. */
  count: z
    .number({ error: () => '人数应为整数，如 48' })
    .int()
    .nonnegative(),
  section: sectionRefSchema.optional(),
  quote: quoteSchema.optional(),
});

const STAFF_HINT = '人数要写明口径，如 staff: [{ measure: 在岗职工, count: 48 }]（口径可选：' + STAFF_MEASURES.join('、') + '）';

/** Key figures of the unit. */
export const figuresSchema = z.object({
  /** Head counts, each with its measure: [{ measure: 在岗职工, count: 48 }, { measure: 党员, count: 34 }]; a single one may be written without the list. */
  staff: z
    .preprocess(
      (value) => (value && typeof value === 'object' && !Array.isArray(value) ? [value] : value),
      z.array(staffFigureSchema, { error: () => STAFF_HINT }),
    )
    .default([]),
  /** No longer read: party members are a staff measure now. Kept so an old file gets told what to write. */
  partyMembers: z.undefined({ error: () => '党员人数请写在 staff 里：staff: [{ measure: 党员, count: 34 }]' }).optional(),
  /** Any other labelled figure: { label: 职能办所, value: 17个 }. */
  other: z
    .array(
      z.object({
        label: z.string().min(1),
        value: quantitySchema,
        section: sectionRefSchema.optional(),
        quote: quoteSchema.optional(),
      }),
    )
    .default([]),
});
