import { z } from 'astro/zod';
import { slugify } from '../domain/slug';
import { UNIT_KINDS } from '../domain/vocabulary';
import { requiredText } from './common';
import { acknowledgementSchema } from './acknowledgement';
import { eventSchema } from './event';
import { figuresSchema } from './figures';
import { honorSchema } from './honor';
import { investmentSchema } from './investment';
import { photoSchema } from './photo';
import { titleSchema } from './title';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A unit's profile: content/units/<folder>/unit.yaml. */
export const unitSchema = z
  .object({
    /**
     * The unit's URL name, frozen once published (links and QR codes point at it).
     * Defaults to the pinyin of shortName; write it out to keep it when the name changes.
     */
    slug: z.string().regex(SLUG, '只能用小写字母、数字和连字符，如 "yu-tang-zhen"').optional(),
    /** Full name: XX镇党政机关. */
    name: requiredText('单位全称', 'XX镇党政机关'),
    /** Short name used in lists and charts: XX镇. */
    shortName: requiredText('单位简称', 'XX镇'),
    kind: z.enum(UNIT_KINDS, { error: () => `应为以下之一：${UNIT_KINDS.join('、')}` }),
    /** Region path from province down: [四川省, 泸州市, 龙马潭区]. */
    region: z.array(z.string().min(1)).min(1, '至少写出所在省或市').max(4),
    /** One or two sentences for the unit's card. */
    summary: z.string().optional(),
    figures: figuresSchema.default({ staff: [], other: [] }),
    /** 文明单位 title history, oldest first. */
    titles: z.array(titleSchema).default([]),
    honors: z.array(honorSchema).default([]),
    events: z.array(eventSchema).default([]),
    investments: z.array(investmentSchema).default([]),
    photos: z.array(photoSchema).default([]),
    /** Checked but never published. */
    draft: z.boolean().default(false),
    /** Reviewed exceptions to the publishing checks (placeholders, personal data). */
    acknowledgements: z.array(acknowledgementSchema).default([]),
  })
  .transform((unit, ctx) => {
    const slug = unit.slug ?? slugify(unit.shortName);
    if (!SLUG.test(slug)) {
      ctx.addIssue({
        code: 'custom',
        path: ['slug'],
        message: `无法从简称 "${unit.shortName}" 生成网址名，请写出 slug，如 "yu-tang-zhen"`,
      });
      return z.NEVER;
    }
    const ids = new Set<string>();
    unit.investments.forEach((investment, index) => {
      if (investment.id === undefined) return;
      if (ids.has(investment.id))
        ctx.addIssue({ code: 'custom', path: ['investments', index, 'id'], message: `id "${investment.id}" 已被前面的一项使用，请另起一个` });
      ids.add(investment.id);
    });
    unit.investments.forEach((investment, index) => {
      if (investment.partOf === undefined) return;
      if (!ids.has(investment.partOf) || investment.partOf === investment.id) {
        const known = [...ids].filter((id) => id !== investment.id);
        ctx.addIssue({
          code: 'custom',
          path: ['investments', index, 'partOf'],
          message: `找不到 id 为 "${investment.partOf}" 的另一笔金额：${known.length > 0 ? `可用的有 ${known.join('、')}` : '先在总的那一笔上写 id，如 id: dui-kou-bang-fu'}`,
        });
      }
    });
    return { ...unit, slug };
  });
