import { z } from 'astro/zod';
import { inferHonorCategory } from '../domain/honor-kinds';
import { HONOR_CATEGORIES, HONOR_RECIPIENT_KINDS } from '../domain/vocabulary';
import { levelSchema, quoteSchema, sectionRefSchema, yearSpanSchema, requiredText } from './common';

/** Who earned the honor: the unit itself (default), a body under it, or a named person. */
export const recipientSchema = z.object({
  /** unit (the unit itself), subordinate (我镇王庄村, a 窗口) or individual (张老师). */
  kind: z.enum(HONOR_RECIPIENT_KINDS, { error: () => '获得者类别应为 unit（本单位）、subordinate（下属单位，如某村、某窗口）或 individual（个人）' }),
  /** The village, 窗口 or person named in the report: 王庄村. */
  name: z.string().min(1).optional(),
});

/**
 * An honor named in the report, other than the 文明单位 title itself. Only the unit's own
 * 称号 and 奖项 count as its 荣誉; a village's or a person's honor and a 锦旗 are listed apart.
 */
export const honorSchema = z
  .object({
    /** 2004, "2007-2010", or undated when the report gives no year. */
    year: yearSpanSchema,
    title: requiredText('荣誉名称', '财政税收工作一等奖'),
    level: levelSchema.optional(),
    issuer: z.string().optional(),
    /** Who earned it; the unit itself unless written otherwise. */
    recipient: recipientSchema.default({ kind: 'unit' }),
    /**
     * title (称号), award (奖项) or commendation (表扬: 锦旗, 感谢信, 表扬信, never counted as an
     * honor). Left out, it is inferred from the title (inferHonorCategory).
     */
    category: z.enum(HONOR_CATEGORIES, { error: () => '类别应为 title（称号）、award（奖项）或 commendation（表扬，如锦旗、感谢信）' }).optional(),
    section: sectionRefSchema.optional(),
    note: z.string().optional(),
    quote: quoteSchema.optional(),
  })
  .transform((honor) => ({ ...honor, category: honor.category ?? inferHonorCategory(honor.title) }));
