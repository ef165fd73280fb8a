import { z } from 'astro/zod';

/**
 * A reviewed exception to a publishing check: this exact text is known and may be published.
 * e.g. { kind: placeholder, text: XX, reason: 原文已匿名化，单位同意保持 }.
 */
export const acknowledgementSchema = z.object({
  kind: z.enum(['placeholder', 'pii'], { error: () => '应为 placeholder 或 pii' }),
  /** The exact text the check reported. */
  text: z.union([z.string().min(1), z.number()]).transform(String),
  /** Who decided and why; kept for the record. */
  reason: z.string().min(2, '请写明理由，例如：原文已匿名化；本人已书面同意（2024年3月）'),
});
