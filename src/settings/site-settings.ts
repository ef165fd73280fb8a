// The site's settings: site.yaml, validated, with environment overrides for publishing. Errors
// are Chinese sentences naming the line and what to write; nothing here exits or prints.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { fullWidthColonHint, parseYamlSource } from './yaml-source';

/** Host names that only ever stand for "some site": a URL on them leads nowhere. */
const PLACEHOLDER_HOSTS = /(^|\.)example\.(org|com|net)$/i;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const isRealDay = (value: string) => {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};
const dayValue = (value: string) => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return y * 10000 + m * 100 + d;
};

const text = (what: string, example: string) =>
  z
    .string({ error: `应填写${what}，如 ${example}` })
    .trim()
    .min(1, `${what}不能为空，如 ${example}`);

const day = (what: string) =>
  z.string({ error: `${what}应写成 "2024-05-20"（年-月-日，加引号更稳妥）` }).refine(isRealDay, `${what}应是真实的日期，写成 "2024-05-20"（年-月-日）`);

/** The 公示 period: shown as a notice on every page while it lasts (see DOMAIN: 公示). */
export const publicNoticeSchema = z
  .strictObject(
    {
      /** First day of the public notice, "2024-05-20". */
      start: day('公示开始日期 start'),
      /** Last day of the public notice, "2024-05-26". */
      end: day('公示结束日期 end'),
      /** 监督电话: the phone number for objections; default none (then `feedback` is required). */
      phone: text('监督电话 phone', '0830-1234567').optional(),
      /** 意见反馈: where objections go (an address, e-mail or office); default none. */
      feedback: text('意见反馈方式 feedback', '书面意见请寄县文明办（县政府大楼 3 楼）').optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `公示设置中不认识的项：${issue.keys.join('、')}（可用的项：start、end、phone、feedback）`
          : '公示设置 publicNotice 应包含 start、end 和 phone 或 feedback',
    },
  )
  .refine((notice) => dayValue(notice.end) >= dayValue(notice.start), { message: '公示结束日期 end 不能早于开始日期 start', path: ['end'] })
  .refine((notice) => notice.phone !== undefined || notice.feedback !== undefined, {
    message: '公示期间必须公布监督电话 phone 或意见反馈方式 feedback（至少一项）',
    path: ['phone'],
  });

/** The git service the editing page (/admin/) signs in to; without it only local-folder editing works. */
export const editingSchema = z.strictObject(
  {
    /** gitea (also Forgejo), gitlab or github. */
    backend: z.enum(['gitea', 'gitlab', 'github'], { error: '编辑设置 editing.backend 应为 gitea、gitlab 或 github' }),
    /** The repository holding this site: owner/name. */
    repo: z
      .string({ error: '编辑设置 editing.repo 应写成 "单位/仓库名"' })
      .regex(/^[\w.-]+\/[\w.-]+$/, '编辑设置 editing.repo 应写成 "单位/仓库名"，如 wmb/showcase'),
    /** The service's address for a self-hosted Gitea or GitLab, e.g. https://git.xx.gov.cn; default none (gitlab.com, github.com). */
    baseUrl: z.url({ protocol: /^https?$/, error: '编辑设置 editing.baseUrl 应是以 https:// 开头的网址' }).optional(),
    /** The branch edits are committed to; default main. */
    branch: z.string().min(1).default('main'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `编辑设置中不认识的项：${issue.keys.join('、')}（可用的项：backend、repo、baseUrl、branch）`
        : '编辑设置 editing 应包含 backend 和 repo',
  },
);

export const siteSettingsSchema = z.strictObject(
  {
    /** Site title, shown in every page's header and <title>. */
    title: text('网站标题 title', '某某县文明单位创建成果展示'),
    /** The organizing office, e.g. 某某县文明办. */
    office: text('主办单位 office', '某某县文明办'),
    /** One line on what the site is; default a general sentence. */
    description: text('网站简介 description', '本县各文明单位的创建成果，向社会公开。').default('各文明单位的创建工作汇报、荣誉、投入与大事记，向社会公开。'),
    /**
     * Absolute URL where the site is published (canonical links, QR codes, sitemap, RSS).
     * Default none: the build then warns, and boards, the handout and the offline package refuse.
     */
    url: z
      .url({ protocol: /^https?$/, error: '网址 url 应以 http:// 或 https:// 开头，如 https://wmb.某某县.gov.cn/' })
      .refine(
        (url) => !URL.canParse(url) || !PLACEHOLDER_HOSTS.test(new URL(url).hostname),
        '网址 url 是示例网址，二维码会指向别人的网站：请填写本网站真正的网址',
      )
      .optional(),
    /** Path prefix when the site lives in a sub-folder, e.g. "/showcase"; default "/". */
    base: z
      .string({ error: '子目录 base 应写成 "/" 或 "/子目录"' })
      .regex(/^\/([\w-]+(\/[\w-]+)*)?\/?$/, '子目录 base 应写成 "/" 或 "/子目录"（只用字母、数字和连字符）')
      .transform((base) => (base.length > 1 ? base.replace(/\/$/, '') : base))
      .default('/'),
    /** The folder holding units/ (content collections); default "content". */
    contentDir: text('内容目录 contentDir', 'content').default('content'),
    /**
     * The date the content was frozen for a review (公示期), "2024-05-20" (or "2024-05"). When
     * set, every page, board and handout says 内容截至… Default none: no stamp.
     */
    snapshotDate: z
      .string({ error: 'snapshotDate 应写成 "2024-05-20" 或 "2024-05"（加引号）' })
      .regex(/^\d{4}-\d{1,2}(-\d{1,2})?$/, 'snapshotDate 应写成 "2024-05-20" 或 "2024-05"')
      .optional(),
    /** What the frozen content is for, shown after the date; default 公示期版本. */
    snapshotNote: text('版本说明 snapshotNote', '公示期版本').default('公示期版本'),
    /** The 公示 period with its contact; default none (no notice). */
    publicNotice: publicNoticeSchema.optional(),
    /** The git service for the editing page (/admin/); default none (local-folder editing only). */
    editing: editingSchema.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `不认识的设置项：${issue.keys.join('、')}（可用的项：title、office、description、url、base、contentDir、snapshotDate、snapshotNote、publicNotice、editing）`
        : 'site.yaml 应是“设置项: 值”的列表，如 title: 某某县文明单位创建成果展示',
  },
);

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type PublicNotice = z.infer<typeof publicNoticeSchema>;
export type EditingSettings = z.infer<typeof editingSchema>;

/** Environment variables that override site.yaml when set and not empty (publishing, tests). */
export const ENV_OVERRIDES = {
  SHOWCASE_SITE_URL: 'url',
  SHOWCASE_BASE: 'base',
  SHOWCASE_CONTENT_DIR: 'contentDir',
  SHOWCASE_SNAPSHOT_DATE: 'snapshotDate',
  SHOWCASE_SNAPSHOT_NOTE: 'snapshotNote',
} as const satisfies Record<string, keyof SiteSettings>;

export type LoadResult = { ok: true; settings: SiteSettings } | { ok: false; message: string };

/** Validates the text of site.yaml (named `file` in messages) with the environment's overrides. */
export function parseSiteSettings(source: string, file: string, env: NodeJS.ProcessEnv = {}): LoadResult {
  const yaml = parseYamlSource(source);
  const colonHint = fullWidthColonHint(source);
  const fail = (lines: string[]) => ({
    ok: false as const,
    message: [`网站设置有误：${file}`, ...lines.map((line) => `  ${line}`), ...(colonHint ? [`  提示：${colonHint}`] : [])].join('\n'),
  });
  if (yaml.problems.length > 0) return fail(yaml.problems.map((p) => `第 ${p.line} 行第 ${p.column} 列：${p.message}`));
  const raw = yaml.value ?? {};
  const input: Record<string, unknown> = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw } : { __notAMap: raw };
  if ('__notAMap' in input) return fail(['应是“设置项: 值”的列表，如 title: 某某县文明单位创建成果展示']);
  for (const [name, key] of Object.entries(ENV_OVERRIDES)) {
    const value = env[name];
    if (value) input[key] = value;
  }
  const result = siteSettingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: result.data };
  return fail(
    result.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const fromEnv = Object.entries(ENV_OVERRIDES).find(([name, key]) => path[0] === key && env[name]);
      const where = fromEnv ? `环境变量 ${fromEnv[0]}` : locationText(yaml.locate(path));
      return `${where}：${issue.message}`;
    }),
  );
}

function locationText(position: { line: number; column: number } | null): string {
  return position ? `第 ${position.line} 行` : '文件';
}

/** Reads and validates the settings file; a missing file is an error that says how to start one. */
export function loadSiteSettings(file: string, env: NodeJS.ProcessEnv = process.env): LoadResult {
  if (!existsSync(file)) {
    return {
      ok: false,
      message: `找不到网站设置文件 ${file}。请在项目文件夹中新建 site.yaml，至少写上：\n  title: 某某县文明单位创建成果展示\n  office: 某某县文明办\n  url: https://网站的正式网址/`,
    };
  }
  return parseSiteSettings(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), file, env);
}

/** Where to set the URL, for every message that needs one. */
export const URL_HINT = '请在 site.yaml 中填写网站的正式网址，例如 url: https://wmb.某某县.gov.cn/（发布时也可用环境变量 SHOWCASE_SITE_URL 指定）';
