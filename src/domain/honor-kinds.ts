// Who earned an honor and what kind of honor it is. Only the unit's own 称号 and 奖项 are its
// honors: a village's or a person's honor is listed apart, and thanks (锦旗, 感谢信) are
// commendations, not honors at all. Every count of 荣誉 on the site comes from here.
import type { HonorCategory, HonorRecipientKind } from './vocabulary';

const COMMENDATION = /锦旗|感谢信|表扬信|感谢状|牌匾|通报表扬|口头表扬|批示表扬/;
const AWARD = /[一二三四五六七八九十\d]等奖|奖$|奖[（(]|优胜奖|金奖|银奖|铜奖|组织奖/;
const TITLE = /称号|先进|模范|示范|文明|标兵|优秀|十强|百强|卫生|园林|学习型|试点|五好|四好|红旗|达标|星级|平安/;

/**
 * The category an honor's title suggests, when unit.yaml does not say: 锦旗/感谢信/表扬信 are
 * commendations; an ending in 奖 or a prize (一等奖) is an award; 称号, 先进, 模范, 示范, 文明 …
 * make a title; anything else is taken as an award.
 */
export function inferHonorCategory(title: string): HonorCategory {
  if (COMMENDATION.test(title)) return 'commendation';
  if (AWARD.test(title)) return 'award';
  if (TITLE.test(title)) return 'title';
  return 'award';
}

export interface HonorFact {
  recipient: { kind: HonorRecipientKind; name?: string | undefined };
  category: HonorCategory;
}

/** One of the unit's own honors: earned by the unit itself, and a title or an award. */
export const isOwnHonor = (honor: HonorFact) => honor.recipient.kind === 'unit' && honor.category !== 'commendation';

export interface HonorGroups<T> {
  /** The unit's own 称号 and 奖项: the only ones counted as its 荣誉. */
  own: T[];
  /** Earned by a body under the unit (a village, a 窗口). */
  subordinate: T[];
  /** Earned by a named person. */
  individual: T[];
  /** 锦旗, 感谢信, 表扬信: thanks, whoever received them. */
  commendations: T[];
}

/** Splits honors into the four groups, keeping their order. A commendation is never an honor. */
export function groupHonors<T extends HonorFact>(honors: readonly T[]): HonorGroups<T> {
  const groups: HonorGroups<T> = { own: [], subordinate: [], individual: [], commendations: [] };
  for (const honor of honors) {
    if (honor.category === 'commendation') groups.commendations.push(honor);
    else if (honor.recipient.kind === 'unit') groups.own.push(honor);
    else if (honor.recipient.kind === 'subordinate') groups.subordinate.push(honor);
    else groups.individual.push(honor);
  }
  return groups;
}

export interface HonorCounts {
  /** The unit's own 称号 and 奖项. */
  honors: number;
  subordinate: number;
  individual: number;
  commendations: number;
}

export function countHonors(honors: readonly HonorFact[]): HonorCounts {
  const groups = groupHonors(honors);
  return {
    honors: groups.own.length,
    subordinate: groups.subordinate.length,
    individual: groups.individual.length,
    commendations: groups.commendations.length,
  };
}

/** Counts of several units added up, group by group. */
export function addHonorCounts(counts: readonly HonorCounts[]): HonorCounts {
  return counts.reduce(
    (sum, c) => ({
      honors: sum.honors + c.honors,
      subordinate: sum.subordinate + c.subordinate,
      individual: sum.individual + c.individual,
      commendations: sum.commendations + c.commendations,
    }),
    { honors: 0, subordinate: 0, individual: 0, commendations: 0 },
  );
}

/** Chinese labels of the groups, as pages and open data name them. */
export const HONOR_GROUP_LABELS = {
  own: '荣誉（称号与奖项）',
  subordinate: '下属单位获得的荣誉',
  individual: '个人获得的荣誉',
  commendations: '表扬与感谢（锦旗、感谢信等，不计入荣誉）',
} as const;

export const HONOR_CATEGORY_LABELS: Record<HonorCategory, string> = { title: '称号', award: '奖项', commendation: '表扬' };
