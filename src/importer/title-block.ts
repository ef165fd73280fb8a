// The title block at the top of a report: main title, —— subtitle, the same title repeated
// or broken over two lines, and the collection label after a 第N篇 marker.
import { isBodyLike } from './breaks';
import { numberingOf } from './outline';
import { BRACKET_HEADING } from './paragraphs';
import { isTitleLike } from './split';
import { concatPieces, slicePiece, sourceRuns } from './text-map';
import type { Item } from './items';
import type { Piece, Removal } from './types';

export interface TitleBlock {
  title: Piece | null;
  subtitle: Piece | null;
  /** Items after the title block. */
  rest: Item[];
}

const SUBTITLE = /^[—\-－─]{1,2}\s*/;
const GREETING = /^(?:尊敬的|各位领导|各位来宾|同志们|下午好|上午好|大家好)/;
const TITLE_END = /(?:材料|汇报|总结|报告|解说词|事迹|纪实|做法|经验|发言|讲话|情况|申报表|介绍)$/;

/** Comparable form: no spaces, punctuation or XX placeholders. */
export function normalizeTitle(text: string): string {
  return text.replace(/[\s\u3000—\-－─:：,，、。.·“”"'‘’《》<>()（）]|[Xx×＊*ＸⅩ]{2,}/g, '');
}

function isTitleItem(item: Item): boolean {
  const t = item.piece.text;
  if (item.style?.table || item.style?.list) return false;
  if (item.style?.heading === 0) return true;
  if (item.style?.heading !== undefined) return isTitleLike(t);
  if (GREETING.test(t) || numberingOf(t) || BRACKET_HEADING.test(t.trim())) return false;
  if (t.length > 60 || /[。；;！!？?]/.test(t)) return false;
  return !isBodyLike(t) || SUBTITLE.test(t) || t.length <= 40;
}

export function readTitleBlock(items: Item[], markerTitle: Piece | null, removals: Removal[]): TitleBlock {
  const block: Item[] = [];
  let i = 0;
  while (i < items.length && block.length < 6) {
    const item = items[i];
    if (!item || !isTitleItem(item)) break;
    // After the first line, a title line names the report (汇报, 总结…), is a —— subtitle, or
    // comes before one; otherwise it is the first section's unnumbered heading.
    const next = items[i + 1];
    const titleish = (t: string) => isTitleLike(t) || SUBTITLE.test(t);
    if (block.length > 0 && !titleish(item.piece.text) && !(next && isTitleItem(next) && titleish(next.piece.text))) break;
    block.push(item);
    i += 1;
  }
  // One removal per source line, so a title broken over two lines is rebuilt line by line.
  const remove = (piece: Piece, op: 'title-repeat' | 'marker') => {
    for (const run of sourceRuns(piece)) removals.push({ op, line: run.line, col: run.col, text: run.text });
  };

  // Subtitle: a line starting with a dash.
  let subtitle: Piece | null = null;
  let subtitleIndex = -1;
  block.forEach((item, k) => {
    if (subtitle === null && SUBTITLE.test(item.piece.text) && item.piece.text.replace(SUBTITLE, '') !== '') {
      const dashes = SUBTITLE.exec(item.piece.text)?.[0] ?? '';
      remove(slicePiece(item.piece, 0, dashes.length), 'marker');
      subtitle = slicePiece(item.piece, dashes.length);
      subtitleIndex = k;
    }
  });
  let candidates = block.filter((_, k) => k !== subtitleIndex).map((item) => item.piece);
  const beforeSubtitle = subtitleIndex < 0 ? -1 : block.slice(0, subtitleIndex).length;
  candidates = mergeBrokenTitles(candidates, [markerTitle, subtitle], removals);

  let title: Piece | null = null;
  if (subtitleIndex >= 0 && beforeSubtitle > 0) {
    const subLine = block[subtitleIndex]?.piece.spans[0]?.line ?? 0;
    title = [...candidates].reverse().find((c) => (c.spans[0]?.line ?? 0) <= subLine) ?? null;
  }
  title ??= candidates[0] ?? null;

  const known = [title, subtitle].filter((p): p is Piece => p !== null).map((p) => normalizeTitle(p.text));
  const extra: Piece[] = [];
  for (const c of candidates) {
    if (c === title) continue;
    if (known.includes(normalizeTitle(c.text)) || (markerTitle && normalizeTitle(markerTitle.text) === normalizeTitle(c.text))) remove(c, 'title-repeat');
    else extra.push(c);
  }
  if (markerTitle) {
    if (title === null) title = markerTitle;
    else if (subtitle === null && !known.includes(normalizeTitle(markerTitle.text))) subtitle = markerTitle;
    else remove(markerTitle, 'marker');
  }
  if (subtitle === null && extra.length > 0) subtitle = extra.shift() ?? null;
  const restItems = items.slice(i);
  // Extra title lines that fit nowhere stay in the body, at its top.
  const kept: Item[] = extra.map((piece) => ({ piece, indented: false, headingHint: false }));
  return { title, subtitle, rest: [...kept, ...restItems] };
}

/** "镇党政机关创建县级最佳文明单位" + "工作汇报材料" is one title broken in two. */
function mergeBrokenTitles(candidates: Piece[], others: Array<Piece | null>, removals: Removal[]): Piece[] {
  const targets = new Set([...candidates, ...others].filter((p): p is Piece => p !== null).map((p) => normalizeTitle(p.text)));
  const out: Piece[] = [];
  for (let k = 0; k < candidates.length; k += 1) {
    const a = candidates[k];
    const b = candidates[k + 1];
    if (!a) continue;
    if (b && !TITLE_END.test(a.text) && TITLE_END.test(b.text) && (b.text.length <= 12 || targets.has(normalizeTitle(a.text + b.text)))) {
      const end = a.spans.at(-1);
      if (end) removals.push({ op: 'line-break', line: end.line, col: end.col + (a.text.length - end.at), text: '\n' });
      out.push(concatPieces(a, b));
      k += 1;
    } else {
      out.push(a);
    }
  }
  return out;
}
