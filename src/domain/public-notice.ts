// The 公示 period before units are named: which units are candidates, and how the period
// reads on every page.
import { formatPartialDate, parsePartialDate } from './partial-date';
import { sortTitleSteps, type TitleStep } from './titles';

export interface PublicNotice {
  /** First day of the period, "2024-05-20". */
  start: string;
  /** Last day of the period, "2024-05-26". */
  end: string;
  /** 监督电话: the phone number for objections. */
  phone?: string | undefined;
  /** 意见反馈: where written objections go. */
  feedback?: string | undefined;
}

/** 监督电话 0830-1234567；意见反馈：… — the contacts the settings give, as printed. */
export function noticeContactText(notice: PublicNotice): string {
  return [notice.phone ? `监督电话 ${notice.phone}` : null, notice.feedback ? `意见反馈：${notice.feedback}` : null].filter(Boolean).join('；');
}

/**
 * What a unit is applying for: per title and level, a 申报 that is its latest step (no 命名
 * or other decision after it). The highest such application when there are several; null
 * when the unit applies for nothing.
 */
export function pendingApplication<T extends TitleStep>(steps: readonly T[]): T | null {
  const latest = new Map<string, T>();
  for (const step of sortTitleSteps(steps)) latest.set(`${step.level}|${step.title}`, step);
  const pending = [...latest.values()].filter((step) => step.status === '申报');
  return pending.at(-1) ?? null;
}

/** 公示期：2024年5月20日至2024年5月26日. */
export function noticePeriodText(notice: PublicNotice): string {
  const day = (text: string) => {
    const date = parsePartialDate(text);
    return date ? formatPartialDate(date) : text;
  };
  return `公示期：${day(notice.start)}至${day(notice.end)}`;
}
