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
