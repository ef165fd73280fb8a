// The campaign's fixed vocabularies. Order matters: it is the order pages list them in.

/** Levels of a title or honor, highest first. 区级 ranks with 县级. */
export const LEVELS = ['全国', '省级', '市级', '县级', '区级'] as const;
export type Level = (typeof LEVELS)[number];

/** Rank for sorting: lower is higher. */
export function levelRank(level: Level): number {
  return level === '区级' ? LEVELS.indexOf('县级') : LEVELS.indexOf(level);
}

export const UNIT_KINDS = ['党政机关', '事业单位', '企业', '学校', '医院', '社区/村', '其他'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Steps of a 文明单位 title: applied, named, kept on re-examination, warned, revoked, restored. */
export const TITLE_STATUSES = ['申报', '命名', '复查保留', '黄牌警告', '撤销', '恢复', '自动终止'] as const;
export type TitleStatus = (typeof TITLE_STATUSES)[number];

/** Statuses after which the unit holds the title. */
export const HOLDING_STATUSES: readonly TitleStatus[] = ['命名', '复查保留', '黄牌警告', '恢复'];

/**
 * What a sum of money in a report is. Only 创建经费 is the unit's own spending on the
 * campaign; the others are public works it mentions, funds won from higher levels (争取),
 * donations, and aid paid to people or villages. Different kinds are never summed together.
 */
export const INVESTMENT_KINDS = ['创建经费', '基础设施与民生', '争取项目', '捐款捐物', '帮扶资金', '其他'] as const;
export type InvestmentKind = (typeof INVESTMENT_KINDS)[number];

/** How often an amount recurs (每月300元); a one-off amount has no period (null). */
export const RATE_PERIODS = ['每天', '每月', '每季度', '每年', '每人', '每人每月', '每人每年', '每户', '每户每月', '每户每年', '每村', '每次'] as const;
export type RatePeriod = (typeof RATE_PERIODS)[number];

/** Who earned an honor: the unit itself, a body under it (a village, a 窗口), or a person. */
export const HONOR_RECIPIENT_KINDS = ['unit', 'subordinate', 'individual'] as const;
export type HonorRecipientKind = (typeof HONOR_RECIPIENT_KINDS)[number];

/** 称号 (title), 奖项 (award), or 表扬 (commendation: 锦旗, 感谢信, 表扬信), which is no honor. */
export const HONOR_CATEGORIES = ['title', 'award', 'commendation'] as const;
export type HonorCategory = (typeof HONOR_CATEGORIES)[number];

/** Staff figures count different things; only the same measure is compared across units. */
export const STAFF_MEASURES = ['在岗职工', '在编职工', '机关干部', '干部职工', '党员'] as const;
export type StaffMeasure = (typeof STAFF_MEASURES)[number];
