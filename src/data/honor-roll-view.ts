// The honor roll (荣誉榜) as pages: one section per level, and a page per level so that a
// province-sized roll stays readable.
import { buildHonorRoll, type RollLevel } from '../domain/honor-roll';
import { slugify } from '../domain/slug';
import { rollEntries, type RollEntry } from './aggregates';
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

export interface HonorRollView {
  count: number;
  split: boolean;
  levels: RollLevelView[];
}

export const honorsHref = () => href('honors/');

export function honorRollView(units: readonly UnitView[]): HonorRollView {
  const entries = rollEntries(units);
  const levels = buildHonorRoll(entries).map((group) => {
    const label = group.level ?? '未注明级别';
    const slug = group.level ? slugify(group.level) : 'wei-zhu-ming';
    return { ...group, label, slug, anchor: slug, pageHref: href(`honors/${slug}/`) };
  });
  return { count: entries.length, split: entries.length > ROLL_SPLIT_AT, levels };
}
