import { z } from 'astro/zod';

/**
 * A reviewed exception to a publishing check: this one occurrence is known and may be
 * published. It is pinned by `digest`, which `showcase check` prints for each occurrence: it
 * covers the text in that sentence of that file of that unit only, so a placeholder added
 * later, or a unit copied from this folder, needs a review of its own.
 * e.g. { kind: placeholder, text: XX, sentence: "2005年成功创建为XX县文明单位。", digest: "3f9c0a1b2d4e", reason: 原文已匿名化 }.
 */
export const acknowledgementSchema = z.object({
  kind: z.enum(['placeholder', 'pii'], { error: () => '应为 placeholder 或 pii' }),
  /** The exact text the check reported. */
  text: z.union([z.string().min(1), z.number()]).transform(String),
  /** The sentence it stands in, as the check printed it: for the reader of unit.yaml (the digest pins it). Default: none. */
  sentence: z.string().optional().default(''),
  /** The occurrence's digest, as the check printed it (12 hexadecimal characters). */
  digest: z
    .union([z.string(), z.number()], { error: () => '缺少 digest：运行 npm run check:content，把提示中这一处的“登记格式”整行复制过来（其中有 digest）' })
    .transform(String)
    .pipe(z.string().regex(/^[0-9a-f]{12}$/, '应为检查提示中的 12 位 digest，加引号照抄，如 "3f9c0a1b2d4e"')),
  /** Who decided and why; kept for the record. */
  reason: z.string().min(2, '请写明理由，例如：原文已匿名化；本人已书面同意（2024年3月）'),
});
