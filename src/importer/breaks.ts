// Line breaks lost in copying: a heading, greeting or new paragraph run into the same line
// after a space ("一、围绕组织落实 确保组织领导到位", "……材料 尊敬的各位领导: 下午好!").
// A space inside Chinese prose that marks no lost break is a stray one and is removed.
import { parseChineseDate } from '../domain/chinese-date';
import { numberingOf } from './outline';
import { slicePiece } from './text-map';
import type { Piece, Removal } from './types';

const GAP = /[ \t\u3000\u00a0]+/g;
const SENTENCE_END = /[。！？!?]["”’」』）)]*$/;
const GREETING = /^(?:尊敬的|各位领导|各位来宾|同志们|下午好|上午好|晚上好|大家好)/;
const GREETING_LINE = /^(?:尊敬的|各位)[^。]{0,20}[:：]$/;
/** Characters that continue a sentence; a text starting with one is not a new paragraph. */
export const CONTINUES = /^[的了地得和与及并或而但、，,。；;：:”’」』）)%％]/;
/** Characters a heading does not end with. */
const DANGLING = /[的了和与及并在对把将为被向从等、，,是每各]$/;
const ASCII_ALNUM = /[A-Za-z0-9]/;
const CJK = /[^\x00-\x7f]/;

/** Pieces that carry a complete sentence or are long: body text. */
export function isBodyLike(text: string): boolean {
  return text.length >= 15 || /[。！？!?；;]/.test(text);
}

/** A short phrase that can be an unnumbered heading: 确保创建经费到位. */
export function isBareHeading(text: string, maxLength = 20): boolean {
  return (
    text.length >= 4 &&
    text.length <= maxLength &&
    !/[，,、：:；;。！？!?“”"]/.test(text) &&
    !DANGLING.test(text) &&
    !/^[一二三四五六七八九十]是/.test(text) &&
    parseChineseDate(text) === null
  );
}

export interface BrokenPiece {
  piece: Piece;
  /** The piece was split off as a heading run into the following text. */
  heading: boolean;
}

export function splitLostBreaks(piece: Piece, removals: Removal[]): BrokenPiece[] {
  const out: BrokenPiece[] = [];
  let rest = piece;
  let afterHeading = false;
  // Scan gaps left to right; after a split, continue in the remainder.
  for (;;) {
    const decision = nextGap(rest, afterHeading);
    if (!decision) break;
    const { start, end, action, headingStart } = decision;
    afterHeading = decision.heading === true;
    const at = slicePiece(rest, start, end);
    removals.push({ op: 'space', line: at.spans[0]?.line ?? 0, col: at.spans[0]?.col ?? 0, text: rest.text.slice(start, end) });
    if (action === 'remove') {
      rest = joinAround(rest, start, end);
      continue;
    }
    const before = slicePiece(rest, 0, start);
    if (headingStart !== undefined && headingStart > 0) {
      out.push({ piece: slicePiece(before, 0, headingStart), heading: false }, { piece: slicePiece(before, headingStart), heading: afterHeading });
    } else {
      out.push({ piece: before, heading: afterHeading });
    }
    rest = slicePiece(rest, end);
  }
  out.push({ piece: rest, heading: false });
  return out.filter((p) => p.piece.text !== '');
}

function joinAround(piece: Piece, start: number, end: number): Piece {
  const left = slicePiece(piece, 0, start);
  const right = slicePiece(piece, end);
  return { text: left.text + right.text, spans: [...left.spans, ...right.spans.map((s) => ({ ...s, at: s.at + left.text.length }))] };
}

interface GapDecision {
  start: number;
  end: number;
  action: 'break' | 'remove';
  /** Where a heading run into the end of the text before the gap starts. */
  headingStart?: number;
  /** The text before the gap ends with a heading. */
  heading?: boolean;
}

function nextGap(piece: Piece, afterHeading: boolean): GapDecision | null {
  const text = piece.text;
  const bodyLike = isBodyLike(text.replace(GAP, ''));
  for (const match of text.matchAll(GAP)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start === 0 || end >= text.length) continue;
    const left = text[start - 1] ?? '';
    const right = text[end] ?? '';
    if (ASCII_ALNUM.test(left) && ASCII_ALNUM.test(right)) continue;
    // "奋进新征程 | 长岭县…纪实": a bar between spaces joins the parts of one title.
    if (/[|｜]/.test(left) || /[|｜]/.test(right)) continue;
    const lead = text.slice(0, start);
    const after = text.slice(end);
    if (isCoupletHeading(lead, after)) continue;
    const lastEnd = Math.max(...['。', '！', '？', '!', '?'].map((c) => lead.lastIndexOf(c)));
    const tailStart = lastEnd + 1;
    const tail = lead.slice(tailStart).replace(/^["”’」』）)]+/, '');
    const numbered = numberingOf(lead);
    // "第一部分　学校基本情况", "1. 阵地建设。…": the space after a bare counter belongs to its line.
    if (numbered && numbered.length >= lead.length) continue;
    // "①2018年 全省…先进集体": an entry of a dated list (its year, a space, what was given), one line.
    if (numbered && /^\s*(?:(?:19|20)\d{2}|(?:19|20)?[XxＸｘ×＊*]{2,4})\s*年(?:\d{1,2}月)?$/.test(lead.slice(numbered.length))) continue;

    if (SENTENCE_END.test(lead) || GREETING_LINE.test(lead)) return { start, end, action: 'break' };
    if (GREETING.test(after) || (numberingOf(after) && !CONTINUES.test(after)) || parseChineseDate(after) !== null) {
      return { start, end, action: 'break' };
    }
    if (numbered && lastEnd < 0 && lead.length <= 45 && !CONTINUES.test(after)) return { start, end, action: 'break', heading: true };
    // A sub-heading right after a heading split off this line may have commas.
    if (afterHeading && lastEnd < 0 && lead.length <= 40 && !DANGLING.test(lead) && isBodyLike(after) && !CONTINUES.test(after)) {
      return { start, end, action: 'break', heading: true };
    }
    if (isBareHeading(tail) && isBodyLike(after) && !CONTINUES.test(after)) {
      return tailStart > 0
        ? { start, end, action: 'break', headingStart: lead.length - tail.length, heading: true }
        : { start, end, action: 'break', heading: true };
    }
    if (bodyLike && CJK.test(left) && CJK.test(right)) return { start, end, action: 'remove' };
  }
  return null;
}

/**
 * "一、强化政治引领 锻造忠诚队伍": a numbered heading written as two parallel phrases of the same
 * length, a space between them and nothing after: one heading, not a heading and its child.
 */
function isCoupletHeading(lead: string, after: string): boolean {
  const counter = numberingOf(lead);
  if (!counter || /[ \t\u3000\u00a0]/.test(after)) return false;
  const first = lead.slice(counter.length);
  const phrase = /^[\u4e00-\u9fff]{4,8}$/;
  // ("党建引领 把方向": a phrase of four and one of three, as a seven-character couplet is written.)
  return phrase.test(first) && (phrase.test(after) || /^[\u4e00-\u9fff]{3}$/.test(after)) && Math.abs(first.length - after.length) <= 1;
}
