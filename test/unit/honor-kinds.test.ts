import { describe, expect, it } from 'vitest';
import { addHonorCounts, countHonors, groupHonors, inferHonorCategory, isOwnHonor, type HonorFact } from '../../src/domain/honor-kinds';

describe('inferHonorCategory', () => {
  it.each([
    ['锦旗两面', 'commendation'],
    ['东汽送来的感谢信', 'commendation'],
    ['市民政局表扬信', 'commendation'],
    ['“敬老模范乡镇”荣誉称号', 'title'],
    ['市级先进基层党组织', 'title'],
    ['泸州市义务教育示范乡镇', 'title'],
    ['县级文明窗口', 'title'],
    ['泸州市“十强乡镇”', 'title'],
    ['2004年财政税收工作一等奖', 'award'],
    ['龙马潭区乡镇街目标考核一等奖（连续四年）', 'award'],
    ['“学习实践科学发展观论坛”征文金点子三等奖', 'award'],
    ['全县运动会优秀组织奖', 'award'],
    ['综合目标考核第一名', 'award'],
  ] as const)('%s → %s', (title, category) => {
    expect(inferHonorCategory(title)).toBe(category);
  });
});

const honor = (kind: HonorFact['recipient']['kind'], category: HonorFact['category'], name?: string): HonorFact & { tag: string } => ({
  recipient: { kind, ...(name ? { name } : {}) },
  category,
  tag: `${kind}/${category}`,
});

describe('groups and counts', () => {
  const honors = [
    honor('unit', 'title'),
    honor('unit', 'award', '镇党委'),
    honor('subordinate', 'title', '王庄村'),
    honor('individual', 'award', '张老师'),
    honor('subordinate', 'commendation', '窗口'),
    honor('unit', 'commendation'),
  ];

  it('counts only the unit’s own titles and awards as its honors', () => {
    expect(countHonors(honors)).toEqual({ honors: 2, subordinate: 1, individual: 1, commendations: 2 });
    expect(honors.filter(isOwnHonor).map((h) => h.tag)).toEqual(['unit/title', 'unit/award']);
  });

  it('lists a commendation as a commendation whoever received it, and keeps the order', () => {
    const groups = groupHonors(honors);
    expect(groups.commendations.map((h) => h.tag)).toEqual(['subordinate/commendation', 'unit/commendation']);
    expect(groups.subordinate.map((h) => h.recipient.name)).toEqual(['王庄村']);
    expect(groups.individual.map((h) => h.recipient.name)).toEqual(['张老师']);
  });

  it('adds counts of several units group by group', () => {
    expect(addHonorCounts([countHonors(honors), countHonors([honor('unit', 'title')])])).toEqual({
      honors: 3,
      subordinate: 1,
      individual: 1,
      commendations: 2,
    });
    expect(addHonorCounts([])).toEqual({ honors: 0, subordinate: 0, individual: 0, commendations: 0 });
  });
});
