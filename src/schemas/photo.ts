import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { partialDateSchema, sectionRefSchema } from './common';

/** A photo beside the unit's profile; the file path is relative to unit.yaml. */
export const photoSchema = ({ image }: SchemaContext) =>
  z.object({
    file: image(),
    /** Shown under the photo and used as its alt text. */
    caption: z.string().min(1, '每张照片都需要说明文字（caption），它也是读屏软件读出的替代文本'),
    date: partialDateSchema.optional(),
    section: sectionRefSchema.optional(),
    /** Identifiable people are shown. */
    people: z.boolean().default(false),
    /** Those people agreed to publication (个人信息保护法). */
    consent: z.boolean().default(false),
  });
