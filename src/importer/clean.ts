// Line-level clean-up: indents, trailing spaces, blank lines and page debris.
//
// LOSSLESS GUARANTEE (for the whole importer, checked by reconstructLines in lossless.ts):
// every character of every decoded source line ends up either in a kept piece (whose spans
// give its line and column) or in exactly one Removal (op, line, col, text). Sorting a line's
// kept runs and removals by column and concatenating them gives back the line exactly, for
// every line. Nothing is rewritten in place: the only changes are removals and the line
// breaks between joined lines (recorded as 'line-break' removals of "\n" on the earlier line's
// end). Markdown syntax and masks added when writing entries are outside this model and are
// reported as warnings instead.
import { findQuantities } from '../domain/quantity';
import { concatPieces, locate, pieceOf, slicePiece } from './text-map';
import type { LineStyle, Piece, Removal, RemovalOp, SourceLine } from './types';
import {
  findInlineDebris,
  isMetaLine,
  isNavigationLine,
  isNoiseLine,
  isSiteFooter,
  isSiteNotice,
  isWeChatChrome,
  RELATED_INLINE,
  RELATED_LIST,
} from './web-debris';

export interface CleanLine {
  line: number;
  piece: Piece;
  style?: LineStyle;
  /** The line started with an indent (full-width spaces or 2+ spaces): a paragraph start. */
  indented: boolean;
}

export interface CleanResult {
  lines: CleanLine[];
  removals: Removal[];
  /** Lines that were separators (-----): document boundaries. */
  separators: number[];
}

const LEADING_WS = /^[\s\u3000\u00a0\ufeff]+/;
const TRAILING_WS = /[\s\u3000\u00a0\ufeff]+$/;

/** Whole-line debris, tried in order. */
const WHOLE_LINE: ReadonlyArray<readonly [RemovalOp, RegExp]> = [
  ['pagination', /^(?:[[【(（]?(?:首页|上一页|下一页|尾页|末页|\d{1,3})[\]】)）]?\s*)*(?:首页|上一页|下一页|尾页|末页)(?:\s*[[【(（]?\d{1,3}[\]】)）]?)*$/],
  ['pagination', /^第\s*\d{1,4}\s*页\s*[,，/／]?\s*(?:共\s*\d{1,4}\s*页)?$/],
  ['pagination', /^共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页$/],
  // A PDF's running head: the unit's name (or the report's), a gap, the page ("湖阳县人民医院    第2页 共3页").
  [
    'pagination',
    /^[^，,。；;！？!?：:]{2,40}?[\s\u3000]{2,}(?:第\s*\d{1,4}\s*页\s*[,，/／]?\s*(?:共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页)$/,
  ],
  ['pagination', /^(?:page\s*)?\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/i],
  ['page-number', /^[—\-–－_~·•]{1,3}\s*\d{1,4}\s*[—\-–－_~·•]{1,3}$/],
  ['page-number', /^\d{1,3}$/],
  // A table of contents at the top of a PDF: 目录 and its entries, each with dot leaders and a page ("一、…………3").
  ['pagination', /^目[\s\u3000]*录$/],
  ['pagination', /^[^。；;！？!?]{2,40}?(?:…{2,}|[.·．]{4,})[\s\u3000]*\d{1,3}$/],
  // A 公众号 post's ornaments: a line of emoji or symbols only (👇👇👇, ✈ ✈ ✈), and the series
  // label over its title (▶ 创建专题｜第3期).
  ['web-debris', /^(?:[\p{Extended_Pictographic}\p{So}\s\u3000]|\ufe0f|\u200d)+$/u],
  ['web-debris', /^[▶►▷➤👉📢📌]\s*[^，,。；;！？!?]{2,30}[｜|]\s*第\s*\d{1,3}\s*期$/u],
  ['separator', /^[-=*_—－─━~·.。…#]{4,}$/],
  [
    'web-debris',
    /^(?:[【[]?(?:打印|打印本页|打印本文|打印此文|关闭|关闭窗口|关闭本页|返回顶部|返回|收藏|分享|分享到|(?:字体|字号)[:：]?\s*大\s*中\s*小)[】\]]?\s*)+$/,
  ],
  [
    'web-debris',
    /^(?:上一篇|下一篇|分享到|扫一扫|相关阅读|相关文章|相关链接|责任编辑|编辑|审核|审校|校对|责编|排版|监制|初审|复审|终审|点击数|浏览次数|阅读次数|来源|发布时间|发布日期)\s*[:：].{0,60}$/,
  ],
  // A site's name and its address alone on a line ("范文网 www.fanwen.com"): a watermark.
  [
    'watermark',
    /^[\u4e00-\u9fffA-Za-z0-9]{0,12}[\s\u3000]*(?:(?:https?:\/\/|www\.)[A-Za-z0-9][A-Za-z0-9./?=&%#_~:-]*|[A-Za-z0-9][A-Za-z0-9-]{1,40}\.(?:com|net|org|cn|cc|top|vip|info|xyz)(?:\.cn)?)\/?$/,
  ],
  // "本文来源:范文网 http://www.fanwen.com/": where the page came from, with its address, alone on a line.
  ['watermark', /^(?:本文|文章)?(?:来源|出处|转载自|来自)\s*[:：]\s*[\u4e00-\u9fffA-Za-z0-9]{0,12}[\s\u3000]*(?:https?:\/\/|www\.)[A-Za-z0-9./?=&%#_~:-]+$/],
  // The font-size bar: 字号:【大 中 小】, [字体：大 中 小].
  ['web-debris', /^[【[]?\s*(?:字号|字体)\s*[:：]?\s*[【[]?\s*大\s*中\s*小\s*[】\]]?\s*[】\]]?$/],
  // (来源:某某网 www.…): a whole line saying where the page came from.
  ['web-debris', /^[（(【[]\s*(?:本文)?(?:来源|出处|转载自|摘自|来自)\s*[:：于]?[^（）()]{0,60}[)）】\]]$/],
  // "文库吧 wenku8.net 收集整理": a site's name and address alone on a line, crediting itself.
  [
    'web-debris',
    /^[\u4e00-\u9fff]{0,8}(?:网|吧|站|库)\s*(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|cn|cc|top|vip|info|xyz)(?:\.cn)?\/?\s*(?:[\u4e00-\u9fff]{0,2}(?:整理|收集|提供|收录|编辑|发布))?$/,
  ],
];

/** The heading of a 公众号 post's list of earlier posts: 往期推荐, ▶ 往期回顾. */
const WECHAT_RELATED = /^(?:[▶►▷➤👉📢📌]\s*)?(?:往期推荐|往期回顾|往期精彩|往期精选|精彩回顾)\s*[:：]?$/u;

/** Whole-line debris that a pattern alone does not describe. */
function lineDebris(core: string): RemovalOp | null {
  if (isNoiseLine(core)) return 'noise';
  if (isMetaLine(core) || isNavigationLine(core) || RELATED_INLINE.test(core) || isSiteNotice(core) || isWeChatChrome(core) || isSiteFooter(core))
    return 'web-debris';
  return null;
}

/** A line that starts another article of a collection page (篇二, 第2篇). */
const ARTICLE_MARKER = /^[【[［]?\s*(?:第[一二三四五六七八九十百零〇\d]{1,4}[篇份]|篇[一二三四五六七八九十\d]{1,3}|范文[一二三四五六七八九十\d]{1,3})/;

/** Pagination glued to the end of a line: "千方1 2 下一页". */
const GLUED_PAGINATION = /[ \t\u3000]*(?:(?:首页|上一页)\s*)?(?:\d{1,3}\s+)*\d{1,3}\s*下一页(?:\s*尾页)?$/;
/** A page number after a space at the end of a line: "坚强的 1". */
const TRAILING_PAGE_NUMBER = /([^\d\sA-Za-z.．,，:：%％])[ \t\u3000]+(\d{1,3})$/;
/** Words after which a number is a reference, not a page number: 表 1, 附件 2. */
const REFERENCE_WORDS = /(?:表|图|附件|附表|第|号|期|篇|章|节|款|条|栋|楼|室|组|队|班)$/;
/** A page number at the start of a line, before Chinese text. */
const LEADING_PAGE_NUMBER = /^(\d{1,3})[ \t\u3000]+(?=[\u4e00-\u9fff“"])/;

/** Sentence-final punctuation (with closing quotes/brackets after it). */
export const ENDS_SENTENCE = /[。！？!?…；;：:]["”’」』）)]*$/;

export function cleanLines(source: readonly SourceLine[]): CleanResult {
  const lines: CleanLine[] = [];
  const removals: Removal[] = [];
  const separators: number[] = [];
  const remove = (op: RemovalOp, line: number, col: number, text: string) => removals.push({ op, line, col, text });
  // Inside a page's related-articles list: its short title lines are links, not report text.
  let related = false;

  source.forEach((src, index) => {
    const raw = src.text;
    if (src.style?.table) {
      lines.push({ line: src.line, piece: pieceOf(raw, src.line), style: src.style, indented: false });
      return;
    }
    const lead = LEADING_WS.exec(raw)?.[0] ?? '';
    const trail = lead.length === raw.length ? '' : (TRAILING_WS.exec(raw)?.[0] ?? '');
    const core = raw.slice(lead.length, raw.length - trail.length);
    if (core === '') {
      remove('blank', src.line, 0, raw);
      return;
    }
    if (lead) remove('indent', src.line, 0, lead);
    if (trail) remove('trailing-space', src.line, raw.length - trail.length, trail);
    const structured = src.style?.heading !== undefined;
    if (!structured && RELATED_LIST.test(core)) {
      related = true;
      remove('web-debris', src.line, lead.length, core);
      return;
    }
    // A 公众号 post's list of earlier posts (▶ 往期推荐, then ▶ 喜报！…): like a related-articles list.
    if (!structured && WECHAT_RELATED.test(core)) {
      related = true;
      remove('web-debris', src.line, lead.length, core);
      return;
    }
    if (related && /^[▶►▷➤👉]/u.test(core) && core.length <= 60 && !/[。；;]/.test(core)) {
      remove('web-debris', src.line, lead.length, core);
      return;
    }
    if (related && core.length <= 40 && !/[。！？!?；;，,]/.test(core) && !ARTICLE_MARKER.test(core)) {
      remove('web-debris', src.line, lead.length, core);
      return;
    }
    related = false;
    const whole = structured ? undefined : WHOLE_LINE.find(([, re]) => re.test(core));
    if (whole) {
      remove(whole[0], src.line, lead.length, core);
      if (whole[0] === 'separator') separators.push(src.line);
      return;
    }
    const debris = structured ? null : lineDebris(core);
    if (debris) {
      remove(debris, src.line, lead.length, core);
      return;
    }
    let piece = pieceOf(core, src.line, lead.length);
    // Watermarks and paywall notes, last first so earlier offsets stay true.
    for (const d of findInlineDebris(piece.text).reverse()) piece = cut(piece, d.start, d.end, d.op, removals);
    // What is left of the line around them.
    const edge = /^[\s\u3000]+|[\s\u3000]+$/.exec(piece.text);
    if (piece.text.trim() === '') {
      if (piece.text !== '') cut(piece, 0, piece.text.length, 'trailing-space', removals);
      return;
    }
    if (edge && edge.index > 0) piece = cut(piece, edge.index, piece.text.length, 'trailing-space', removals);
    // "…折合6万多元.+ y! J# e9 W; D\" [": anti-copy noise glued after a sentence's end is noise too.
    const noise = /(?<=[。！？.!?][”’"）)]*)[ \t\u3000]*[^\u3400-\u9fff。！？]{6,}$/.exec(piece.text);
    if (noise && noise.index > 0 && isNoiseLine(noise[0].trim())) piece = cut(piece, noise.index, piece.text.length, 'noise', removals);
    const glued = GLUED_PAGINATION.exec(piece.text);
    if (glued && glued.index > 0) {
      remove('pagination', src.line, lead.length + glued.index, glued[0]);
      piece = slicePiece(piece, 0, glued.index);
    }
    const trailing = TRAILING_PAGE_NUMBER.exec(piece.text);
    const nextText = (source[index + 1]?.text ?? '').trim();
    // "共有 3" + "个村…": a figure broken over two lines, not a page number.
    if (
      trailing &&
      !REFERENCE_WORDS.test(piece.text.slice(0, trailing.index + 1)) &&
      !startsWithQuantity(`${trailing[2] ?? ''} ${nextText}`, (trailing[2] ?? '').length + 1)
    ) {
      const start = trailing.index + (trailing[1] ?? '').length;
      remove('page-number', src.line, lead.length + start, piece.text.slice(start));
      piece = slicePiece(piece, 0, start);
    }
    // "…全年服务旅客2万人次。👍": an emoji after a sentence's end is a 公众号's ornament; the sentence ends there.
    const ornament = /(?<=[。！？!?][”’」』）)]*)(?:[\p{Extended_Pictographic}\s]|\ufe0f|\u200d)+$/u.exec(piece.text);
    if (ornament) piece = cut(piece, ornament.index, piece.text.length, 'marker', removals);
    const previous = lines.at(-1);
    const leading = LEADING_PAGE_NUMBER.exec(piece.text);
    if (leading && previous && !ENDS_SENTENCE.test(previous.piece.text) && !startsWithQuantity(piece.text, leading[0].length)) {
      remove('page-number', src.line, lead.length, leading[0]);
      piece = slicePiece(piece, leading[0].length);
    }
    const indented = /\u3000|\s{2,}|\t/.test(lead);
    lines.push(src.style ? { line: src.line, piece, style: src.style, indented } : { line: src.line, piece, indented });
  });
  return { lines, removals, separators };
}

/** "3 个村" with a stray space is a figure, not a page number. */
function startsWithQuantity(text: string, numberLength: number): boolean {
  const digits = text.slice(0, numberLength).trim();
  const joined = digits + text.slice(numberLength);
  const first = findQuantities(joined.slice(0, 12))[0];
  return first !== undefined && first.index === 0;
}

/** Removes characters [start, end) of a piece, recording them. */
export function cut(piece: Piece, start: number, end: number, op: RemovalOp, removals: Removal[]): Piece {
  if (end <= start) return piece;
  const at = locate(piece, start);
  removals.push({ op, line: at.line, col: at.col, text: piece.text.slice(start, end) });
  return concatPieces(slicePiece(piece, 0, start), slicePiece(piece, end));
}
