// The RSS feed: the latest honors, titles, events and reports of all units, newest first.
// Items carry a publication date only when the source gives the day; a year alone is said in
// words, never turned into a made-up 1 January.
import { compareWhen, formatWhen } from '../domain/timeline';
import { timelineEntries, type TimelineKind } from './aggregates';
import { absolute } from './share';
import type { UnitView } from './site-data';

/** How many items the feed holds. */
export const FEED_SIZE = 50;

const KIND_LABEL: Record<TimelineKind, string> = {
  honor: '荣誉',
  commendation: '表扬（锦旗、感谢信，不计入荣誉）',
  title: '文明单位称号',
  event: '大事',
  report: '创建材料',
};

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  categories: string[];
  pubDate?: Date;
}

export function feedItems(units: readonly UnitView[], size = FEED_SIZE): FeedItem[] {
  return timelineEntries(units)
    .filter((entry) => entry.when.kind !== 'undated')
    .sort((a, b) => compareWhen(b.when, a.when))
    .slice(0, size)
    .map((entry) => {
      const day = entry.when.kind === 'date' && entry.when.date.day !== undefined ? entry.when.date : null;
      return {
        title: `${entry.unit.shortName}：${entry.text}`,
        link: absolute(entry.href),
        description: `${entry.unit.name}，${formatWhen(entry.when)}，${KIND_LABEL[entry.type]}：${entry.text}`,
        categories: [KIND_LABEL[entry.type]],
        ...(day ? { pubDate: new Date(Date.UTC(day.year, (day.month ?? 1) - 1, day.day)) } : {}),
      };
    });
}
