// The "as of" stamp: the date the content was frozen for a review (公示期), shown on every
// page so a link shared in a meeting says which version was reviewed.
import { formatPartialDate, parsePartialDate, toIsoPartial } from './partial-date';

export interface SnapshotStamp {
  /** '2024-05-20', for <time datetime> and <meta>. */
  iso: string;
  /** '内容截至2024年5月20日（公示期版本）'. */
  text: string;
}

/** The stamp for a configured date, or null when none is set; an impossible date throws. */
export function snapshotStamp(date: string | undefined, note: string): SnapshotStamp | null {
  if (date === undefined || date.trim() === '') return null;
  const parsed = parsePartialDate(date);
  if (!parsed) throw new Error(`snapshotDate "${date}" 不是有效日期：应写成 "2024-05-20" 或 "2024-05"`);
  return { iso: toIsoPartial(parsed), text: `内容截至${formatPartialDate(parsed)}（${note}）` };
}
