// The honor roll (荣誉榜) as pages: one section per level, and a page per level so that a
// province-sized roll stays readable. The roll holds the units' 文明单位 titles and their own
// 称号 and 奖项; honors of villages and people, and thanks (锦旗), are listed apart.
import { addHonorCounts, HONOR_GROUP_LABELS, type HonorCounts } from '../domain/honor-kinds';
import { buildHonorRoll, type RollLevel } from '../domain/honor-roll';
import { sortNewestFirst } from '../domain/honors';
import { slugify } from '../domain/slug';
import { rollEntries, type HonorGroup, type RollEntry } from './aggregates';
import { href } from './paths';
import type { UnitView } from './site-data';

/** Above this many entries the roll's index lists levels with counts and links to level pages. */
export const ROLL_SPLIT_AT = 400;

export interface RollLevelView extends RollLevel<RollEntry> {
  label: string;
  anchor: string;
  pageHref: string;
  slug: string;
}

export interface ApartList {
  group: Exclude<HonorGroup, 'own'>;
  anchor: string;
  label: string;
  entries: RollEntry[];
}

export interface HonorRollView {
  /** Entries on the roll: title steps and the units' own honors. */
  count: number;
  /** 文明单位 title steps on the roll. */
  titleCount: number;
  /** Honor counts of all units, the same as on the home page and in the open data. */
  counts: HonorCounts;
  split: boolean;
  levels: RollLevelView[];
  /** Honors of subordinate bodies and people, and commendations: listed, never counted as the units'. */
  apart: ApartList[];
}

export const honorsHref = () => href('honors/');

const APART: { group: ApartList['group']; anchor: string; label: string }[] = [
  { group: 'subordinate', anchor: 'xia-shu', label: HONOR_GROUP_LABELS.subordinate },
  { group: 'individual', anchor: 'ge-ren', label: HONOR_GROUP_LABELS.individual },
  { group: 'commendation', anchor: 'biao-yang', label: HONOR_GROUP_LABELS.commendations },
];

export function honorRollView(units: readonly UnitView[]): HonorRollView {
  const all = rollEntries(units);
  const entries = all.filter((entry) => entry.group === 'own');
  const levels = buildHonorRoll(entries).map((group) => {
    const label = group.level ?? '未注明级别';
    const slug = group.level ? slugify(group.level) : 'wei-zhu-ming';
    return { ...group, label, slug, anchor: slug, pageHref: href(`honors/${slug}/`) };
  });
  const apart = APART.map((list) => ({ ...list, entries: sortNewestFirst(all.filter((entry) => entry.group === list.group)) })).filter(
    (list) => list.entries.length > 0,
  );
  return {
    count: entries.length,
    titleCount: entries.filter((entry) => entry.type === 'title').length,
    counts: addHonorCounts(units.map((unit) => unit.honorCounts)),
    split: entries.length > ROLL_SPLIT_AT,
    levels,
    apart,
  };
}
