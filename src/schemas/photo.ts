import { z } from 'astro/zod';
import { partialDateSchema, sectionRefSchema } from './common';

/**
 * The photo's file, relative to unit.yaml (./photos/xx.jpg). The gate checks the file itself
 * (src/check/checks/photos.ts); the build publishes it as WebP (src/integrations/photos.ts).
 */
export const photoFileSchema = z.string().min(1, '写出照片文件的位置，如 ./photos/ban-gong-lou.jpg');

/** A photo beside the unit's profile. */
export const photoSchema = z.object({
  file: photoFileSchema,
  /** Shown under the photo and used as its alt text. */
  caption: z.string().min(1, '每张照片都需要说明文字（caption），它也是读屏软件读出的替代文本'),
  date: partialDateSchema.optional(),
  section: sectionRefSchema.optional(),
  /** Identifiable people are shown. */
  people: z.boolean().default(false),
  /** Those people agreed to publication (个人信息保护法). */
  consent: z.boolean().default(false),
});
