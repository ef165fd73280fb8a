// A unit's 文明单位 title history and what it holds now.
import { compareNumbers } from './compare';
import type { YearSpan } from './year-span';
import { yearSpanSortKey } from './year-span';
import { HOLDING_STATUSES, levelRank, type Level, type TitleStatus } from './vocabulary';

export interface TitleStep {
  year: YearSpan;
  level: Level;
  title: string;
  status: TitleStatus;
}

/** Oldest first; undated steps follow in their written order (an undated 申报 is usually the latest step). */
export function sortTitleSteps<T extends TitleStep>(steps: readonly T[]): T[] {
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => compareNumbers(sortKey(a.step.year), sortKey(b.step.year)) || a.index - b.index)
    .map(({ step }) => step);
}

const sortKey = (year: YearSpan) => (year.kind === 'undated' ? Infinity : yearSpanSortKey(year));

/**
 * The title the unit holds now: per title and level, the latest step decides (撤销 ends it);
 * among those held, the highest level wins, then 最佳 over plain titles. Null when none is held.
 */
export function currentTitle<T extends TitleStep>(steps: readonly T[]): T | null {
  const latest = new Map<string, T>();
  for (const step of sortTitleSteps(steps)) latest.set(`${step.level}|${step.title}`, step);
  const held = [...latest.values()].filter((step) => HOLDING_STATUSES.includes(step.status));
  held.sort((a, b) => levelRank(a.level) - levelRank(b.level) || Number(b.title.includes('最佳')) - Number(a.title.includes('最佳')));
  return held[0] ?? null;
}
