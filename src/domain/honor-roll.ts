// The honor roll: honors and titles grouped by level (全国 first), then by year, newest first.
import { compareNumbers } from './compare';
import { yearSpanSortKey, type YearSpan } from './year-span';
import { LEVELS, levelRank, type Level } from './vocabulary';

export interface RollEntry {
  level?: Level | undefined;
  year: YearSpan;
}

export interface RollYear<T> {
  /** Null for entries whose year is not known. */
  year: YearSpan | null;
  entries: T[];
}

export interface RollLevel<T> {
  /** Null for honors whose level the source does not state. */
  level: Level | null;
  count: number;
  years: RollYear<T>[];
}

/** 县级 and 区级 share a rank; each keeps its own group so the roll says what the source says. */
export function buildHonorRoll<T extends RollEntry>(entries: readonly T[]): RollLevel<T>[] {
  const levels: (Level | null)[] = [...LEVELS].sort((a, b) => levelRank(a) - levelRank(b));
  levels.push(null);
  return levels
    .map((level) => {
      const ofLevel = entries.filter((entry) => (entry.level ?? null) === level);
      return { level, count: ofLevel.length, years: groupByYear(ofLevel) };
    })
    .filter((group) => group.count > 0);
}

function groupByYear<T extends RollEntry>(entries: readonly T[]): RollYear<T>[] {
  const groups = new Map<string, RollYear<T>>();
  const sorted = [...entries].sort((a, b) => compareNumbers(yearSpanSortKey(b.year), yearSpanSortKey(a.year)));
  for (const entry of sorted) {
    const key = entry.year.kind === 'undated' ? 'undated' : JSON.stringify(entry.year);
    const group = groups.get(key) ?? { year: entry.year.kind === 'undated' ? null : entry.year, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()];
}
