// One file, several reports: split at markers (第一篇：…), separator lines, or a new title
// block (a report-like title followed by a greeting or a —— subtitle) after a finished report.
import { parseChineseDate } from '../domain/chinese-date';
import { ENDS_SENTENCE, type CleanLine } from './clean';
import { slicePiece } from './text-map';
import type { Piece, Removal } from './types';

export interface RawDocument {
  lines: CleanLine[];
  /** The title written after a 第N篇 marker, if any. */
  markerTitle: Piece | null;
  /** First and last source line. */
  firstLine: number;
  lastLine: number;
}

/** 第一篇：…, 第2篇, 篇一：…, 【篇二】…, 范文三: … */
const MARKER =
  /^((?:[【[［]\s*)?(?:第[一二三四五六七八九十百零〇\d]{1,4}[篇份]|篇[一二三四五六七八九十\d]{1,3}|范文[一二三四五六七八九十\d]{1,3})(?:\s*[】\]］])?[\s:：、.．]*)(.*)$/;
/** A page's collection title: …（精选2篇）, 【精选3篇】, (通用5篇), …汇报2篇, 合集. */
const COLLECTION =
  /[（(【[]\s*(?:精选|通用|优选|汇总|最新|热门|推荐|优秀)?\s*[\d一二三四五六七八九十]+\s*篇\s*[）)】\]]|(?<=[\u4e00-\u9fff])(?:精选|通用)?[\d一二三四五六七八九十]+\s*篇\s*$|(?:范文|汇编|合集|大全)\s*$/;
/** A 简报's distribution footer: 报：…, 送：…, 抄送：…, 发：…, （共印20份）. */
export const FOOTER = /^(?:(?:主?报|送|抄送|抄报|发|分送)[:：]|[（(]\s*共印[\d一二三四五六七八九十百]+份\s*[)）]$)/;
const GREETING = /^(?:尊敬的|各位领导|同志们|下午好|上午好|大家好)/;
const SUBTITLE = /^[—\-－]{2}/;
const TITLE_WORDS = /汇报|总结|报告|材料|解说词|事迹|申报|经验|做法|交流|发言|讲话|情况/;

export function isTitleLike(text: string): boolean {
  const t = text.trim();
  return (
    t.length >= 4 &&
    t.length <= 60 &&
    !/[。！？!?；;]/.test(t.slice(0, -1)) &&
    !/[。；;]$/.test(t) &&
    TITLE_WORDS.test(t) &&
    !/^[（(]?[一二三四五六七八九十\d]+[、．.)）]/.test(t)
  );
}

export function splitDocuments(lines: readonly CleanLine[], separators: readonly number[], removals: Removal[]): RawDocument[] {
  const docs: RawDocument[] = [];
  let current: CleanLine[] = [];
  let markerTitle: Piece | null = null;
  const seps = [...separators];

  const close = () => {
    if (current.length > 0 || markerTitle) {
      const first = markerTitle?.spans[0]?.line ?? current[0]?.line ?? 0;
      docs.push({ lines: current, markerTitle, firstLine: first, lastLine: current.at(-1)?.line ?? first });
    }
    current = [];
    markerTitle = null;
  };

  lines.forEach((cl, i) => {
    const marker = cl.style?.table ? null : MARKER.exec(cl.piece.text);
    if (marker) {
      // Text before the first marker that is only a short collection title is not a report.
      if (docs.length === 0 && !markerTitle && current.length > 0 && current.length <= 2 && current.every((c) => !ENDS_SENTENCE.test(c.piece.text))) {
        for (const c of current)
          removals.push({
            op: COLLECTION.test(c.piece.text) ? 'collection-title' : 'marker',
            line: c.line,
            col: c.piece.spans[0]?.col ?? 0,
            text: c.piece.text,
          });
        current = [];
      }
      close();
      const prefix = marker[1] ?? '';
      removals.push({ op: 'marker', line: cl.line, col: cl.piece.spans[0]?.col ?? 0, text: prefix });
      const rest = slicePiece(cl.piece, prefix.length);
      markerTitle = rest.text.trim() === '' ? null : rest;
      return;
    }
    while (seps.length > 0 && (seps[0] ?? Infinity) < cl.line) {
      const sep = seps.shift() ?? 0;
      // A 简报's rules set off its masthead and contents (no sentence yet) and its 报/送 footer:
      // one document, not several.
      const masthead = current.every((c) => !ENDS_SENTENCE.test(c.piece.text));
      const nextSep = seps[0] ?? Infinity;
      const footer = lines.slice(i).filter((l) => l.line > sep && l.line < nextSep);
      if (current.length > 0 && !masthead && !(footer.length > 0 && footer.every((l) => FOOTER.test(l.piece.text.trim())))) close();
    }
    if (current.length >= 8 && startsNewReport(lines, i, current)) close();
    current.push(cl);
  });
  close();
  return docs;
}

/** A new title block: a title-like line after a finished report, followed by a greeting, subtitle or second title line. */
function startsNewReport(lines: readonly CleanLine[], i: number, current: readonly CleanLine[]): boolean {
  const line = lines[i];
  if (!line || line.style?.table) return false;
  if (line.style?.heading === 0 && current.some((c) => c.style?.heading === undefined)) return true;
  if (!isTitleLike(line.piece.text)) return false;
  const prev = current.at(-1);
  const prevText = prev?.piece.text ?? '';
  const finished = ENDS_SENTENCE.test(prevText) || parseChineseDate(prevText) !== null;
  if (!finished) return false;
  const next = lines.slice(i + 1, i + 4).map((l) => l.piece.text);
  return next.some((t) => GREETING.test(t) || SUBTITLE.test(t) || isTitleLike(t));
}
