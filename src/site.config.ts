// The one site configuration every page reads. Deployment-specific values may come from
// the environment so one checkout can publish to several hosts.
import { z } from 'astro/zod';

const siteConfigSchema = z.object({
  /** Site title, shown in every page's header and <title>. */
  title: z.string().min(1),
  /** The organizing office, e.g. XX县文明办. */
  office: z.string().min(1),
  /** One line on what the site is. */
  description: z.string().min(1),
  /** Absolute URL where the site is published (canonical links, QR codes). */
  url: z.url(),
  /** Path prefix when the site lives in a sub-folder, e.g. "/showcase". */
  base: z.string().regex(/^\/([\w-]+(\/[\w-]+)*)?$/, 'base 应为 "/" 或 "/子目录"'),
  /** The folder holding units/ (content collections). */
  contentDir: z.string().min(1),
  /**
   * The date the content was frozen for a review (公示期), "2024-05-20" (or "2024-05"). When
   * set, every page, board and handout says 内容截至… so a link shared in a meeting shows what
   * was reviewed. Unset (the default): no stamp.
   */
  snapshotDate: z
    .string()
    .regex(/^\d{4}-\d{1,2}(-\d{1,2})?$/, 'snapshotDate 应写成 "2024-05-20" 或 "2024-05"')
    .optional(),
  /** What the frozen content is for, shown after the date; default 公示期版本. */
  snapshotNote: z.string().min(1).default('公示期版本'),
  /**
   * The 公示 period: its first and last day and the 监督电话 or 意见反馈 contact. When set,
   * every page shows a 公示 banner and /gongshi/ lists the units under 申报. Unset (the
   * default): no banner.
   */
  publicNotice: z
    .object({
      start: z.string().regex(/^\d{4}-\d{1,2}-\d{1,2}$/, '公示开始日期应写成 "2024-05-20"'),
      end: z.string().regex(/^\d{4}-\d{1,2}-\d{1,2}$/, '公示结束日期应写成 "2024-05-26"'),
      contact: z.string().min(1, '请写明监督电话或意见反馈地址'),
    })
    .optional(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export const siteConfig: SiteConfig = siteConfigSchema.parse({
  title: '文明单位创建成果展示',
  office: 'XX县文明办',
  description: '本县各文明单位的创建工作汇报、荣誉、投入与大事记，向社会公开。',
  url: process.env['SHOWCASE_SITE_URL'] ?? 'https://example.org',
  base: process.env['SHOWCASE_BASE'] ?? '/',
  contentDir: process.env['SHOWCASE_CONTENT_DIR'] ?? 'content',
  snapshotDate: process.env['SHOWCASE_SNAPSHOT_DATE'] || undefined,
  snapshotNote: process.env['SHOWCASE_SNAPSHOT_NOTE'] || undefined,
  publicNotice: process.env['SHOWCASE_NOTICE_START']
    ? { start: process.env['SHOWCASE_NOTICE_START'], end: process.env['SHOWCASE_NOTICE_END'] ?? '', contact: process.env['SHOWCASE_NOTICE_CONTACT'] ?? '' }
    : undefined,
});
