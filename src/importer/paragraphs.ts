// Items into blocks: headings (numbered, run into their text, or bare), paragraphs joined
// across broken lines, greetings, signatures, lists and tables.
import { parseChineseDate } from '../domain/chinese-date';
import { CONTINUES, isBareHeading, isBodyLike } from './breaks';
import { ENDS_SENTENCE } from './clean';
import type { Item } from './items';
import { numberingOf, type Numbering } from './outline';
import { FOOTER } from './split';
import { concatPieces, pieceOf, slicePiece } from './text-map';
import type { Block, Piece, Removal } from './types';

const GREETING = /^(?:尊敬的|各位领导|各位来宾|同志们|下午好|上午好|晚上好|大家好)/;
/** （2022年6月） on a line of its own. */
const DATELINE = /^[（(]\s*[^（）()]{6,16}\s*[)）]$/;
const HARD_END = /[。！？!?][”’」』）)"]*/;
const DANGLING = /[的了和与及并在对把将为被向从等、，,是每各]$/;
const ORG_WORD =
  '(?:镇|乡|街道|村|社区|局|委|办|院|校|中心|公司|厂|林场|农场|牧场|渔场|茶场|所|站|队|馆|管理段|养护段|工务段|机务段|电务段|车务段|储备库|粮库|监狱|合作社|机关|政府|党委|支部|集团|银行|协会|医院|学校|小学|中学|大学|学院|幼儿园|委员会|居委会|联合会|分行|支行|部|处)';
/** A signing body's name: 湖阳县烟草专卖局, or with its second name in brackets, …局（分公司）. */
const ORG_END = new RegExp(`${ORG_WORD}(?:[（(][\u4e00-\u9fff]{0,6}${ORG_WORD}[)）])?$`);
/** A date at the end of a closing line, a placeholder year allowed: 20××年12月. */
const CLOSING_DATE =
  /(?:(?:19|20)\d{2}|(?:19|20)[XxＸｘ×＊*]{2}|[〇○零一二三四五六七八九OＯ]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[XxＸｘ×＊*]{1,2})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[XxＸｘ×＊*]{1,2})[日号])?$/;
/** A signing name anonymised away: ×××, XX, ＊＊. */
const PLACEHOLDER_NAME = /^[XxＸｘ×＊*]{2,4}$/;
/**
 * The title of a part run into its text with no stop between them, as PDF copies have it
 * ("第一部分　学校基本情况红星中学始建于…", "…创建成效2019年12月，…"): the longest title, up to 16 characters, ending in a
 * word that closes such titles.
 */
const PART_TITLE_END = '(?:情况|概况|简介|简况|做法|措施|举措|成效|成绩|亮点|特色|经验|体会|打算|设想|思路|目标|问题|不足|工作)';
// Its text may open with a date: "第三部分　创建成效2019年12月，…".
const PART_TITLE = new RegExp(`^[\\u4e00-\\u9fff、]{0,14}${PART_TITLE_END}(?=[\\u4e00-\\u9fff]|(?:19|20)\\d{2}\\s*年)`);
const PART_TITLE_ALONE = new RegExp(`^[\\u4e00-\\u9fff、]{0,14}${PART_TITLE_END}$`);

export interface LayoutHints {
  /** Width of wrapped lines when the text was copied from a PDF (most lines equally long). */
  wrapWidth: number | null;
  /** Paragraph starts are marked by indents. */
  indentedParagraphs: boolean;
}

/** Width as a PDF lays text out: ASCII letters and digits are half as wide as Chinese. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\x20-\x7e]/.test(ch) ? 0.5 : 1;
  return w;
}

/** Detects PDF-style wrapping: many lines of (nearly) the same length. */
export function layoutHints(items: readonly Item[]): LayoutHints {
  const lengths = items
    .map((i) => i.lineLength ?? visualWidth(i.piece.text))
    .filter((n) => n >= 10)
    .map(Math.round);
  const counts = new Map<number, number>();
  for (const n of lengths) for (const d of [-1, 0, 1]) counts.set(n + d, (counts.get(n + d) ?? 0) + 1);
  let best = 0;
  let width = 0;
  for (const [n, c] of counts) if (c > best || (c === best && n > width)) [best, width] = [c, n];
  const wrapWidth = best >= Math.max(4, lengths.length * 0.3) ? width + 1 : null;
  const indented = items.filter((i) => i.indented).length;
  return { wrapWidth, indentedParagraphs: indented >= Math.max(3, items.length * 0.15) };
}

export function buildBlocks(items: readonly Item[], removals: Removal[], hints: LayoutHints, paywalls: readonly Removal[] = []): Block[] {
  const blocks: Block[] = [];
  let para: Piece | null = null;
  let lastItem: Item | null = null;
  // An appendix after the 落款 (附件：…荣誉一览表 and its table) is the report's again.
  const appendixAt = appendixAfterSignature(items);
  const signatureFrom = signatureStart(items, appendixAt);
  const bulletin = bulletinLines(items);
  // The last value of each counter family that headed a part: 一、 then 二、…
  const headingValues = new Map<string, number>();
  const flush = () => {
    if (para) blocks.push({ role: 'paragraph', piece: para });
    para = null;
  };
  // An indented first line is full two characters early: the indent takes their place.
  const full = (item: Item | null) =>
    hints.wrapWidth !== null && item !== null && (item.lineLength ?? item.piece.text.length) + (item.indented ? 2 : 0) >= hints.wrapWidth - 2;

  let skip = -1;
  let scanned = 0;
  items.forEach((item, i) => {
    if (i === skip) return;
    for (; scanned < blocks.length; scanned += 1) {
      const b = blocks[scanned];
      const n = b?.role === 'heading' ? numberingOf(b.piece.text) : null;
      if (n) headingValues.set(n.family, n.value);
    }
    const t = item.piece.text;
    const next = items[i + 1];
    if (item.style?.table) {
      flush();
      const prev = blocks.at(-1);
      if (prev?.role === 'table' && prev.rows && !item.style.tableStart) {
        prev.rows.push(item.style.table);
        prev.rowLines?.push(item.piece.spans[0]?.line ?? 0);
        prev.piece = concatPieces(prev.piece, item.piece);
      } else blocks.push({ role: 'table', piece: item.piece, rows: [item.style.table], rowLines: [item.piece.spans[0]?.line ?? 0] });
      lastItem = item;
      return;
    }
    if (item.style?.heading !== undefined) {
      flush();
      blocks.push({ role: 'heading', piece: item.piece, depth: Math.max(1, item.style.heading) });
      lastItem = item;
      return;
    }
    if (item.style?.list) {
      flush();
      blocks.push({ role: 'list-item', piece: item.piece, ordered: item.style.list === 'ordered' });
      lastItem = item;
      return;
    }
    if ((DATELINE.test(t) && parseChineseDate(t.replace(/[\s（）()]/g, '')) !== null) || bulletin.has(i)) {
      flush();
      blocks.push({ role: 'dateline', piece: item.piece });
      lastItem = item;
      return;
    }
    if (i >= signatureFrom && i < appendixAt) {
      flush();
      blocks.push({ role: 'signature', piece: item.piece });
      return;
    }
    if (GREETING.test(t) && t.length <= 24) {
      flush();
      blocks.push({ role: 'greeting', piece: item.piece });
      lastItem = item;
      return;
    }
    // "**二、…**", "【三、…，…】": a counted heading alone on its line in bold marks or black
    // brackets; the marks are removed and the counter ranks it.
    const marked = MARKED_HEADING.exec(t);
    const markedNumbering = marked ? numberingOf(marked[3] ?? '') : null;
    if (marked && (marked[2] === '**') === (marked[4] === '**') && markedNumbering && !/[。；;！？!?]/.test(marked[3] ?? '') && i < signatureFrom) {
      flush();
      const [lead = '', open = '', inner = ''] = marked.slice(1);
      const from = lead.length + open.length;
      for (const [at, text] of [
        [lead.length, open],
        [from + inner.length, marked[4] ?? ''],
      ] as const) {
        const mark = slicePiece(item.piece, at, at + text.length);
        removals.push({ op: 'marker', line: mark.spans[0]?.line ?? 0, col: mark.spans[0]?.col ?? 0, text });
      }
      blocks.push({ role: 'heading', piece: slicePiece(item.piece, from, from + inner.length), family: markedNumbering.family });
      lastItem = item;
      return;
    }
    // "【基本情况】": a bracketed title alone on its line heads a part, above any counter.
    if (BRACKET_HEADING.test(t.trim())) {
      flush();
      blocks.push({ role: 'heading', piece: item.piece, family: 'bracket' });
      lastItem = item;
      return;
    }
    const numbering = numberingOf(t);
    // "第一部分" alone on its line and its title on the next ("基本做法"): one heading,
    // the line break shown as a full-width space (inserted, so the source stays as it was).
    if (numbering?.family === 'part' && numbering.length >= t.trimEnd().length && next && i + 1 < signatureFrom && isPartTitleLine(next)) {
      flush();
      const end = item.piece.spans.at(-1);
      if (end) removals.push({ op: 'line-break', line: end.line, col: end.col + (t.length - end.at), text: '\n' });
      const space = /\s$/.test(t) ? [] : [pieceOf('　', 0)];
      blocks.push({ role: 'heading', piece: concatPieces(item.piece, ...space, next.piece), family: numbering.family });
      lastItem = next;
      skip = i + 1;
      return;
    }
    // "①2018年 全省…先进集体（省气象局）": an entry of a dated list, a line of its own, no heading.
    if (numbering && DATED_ENTRY.test(t.slice(numbering.length)) && !(para && !ENDS_SENTENCE.test(para.text) && full(lastItem))) {
      flush();
      blocks.push({ role: 'paragraph', piece: item.piece });
      lastItem = item;
      return;
    }
    // "四、家园共育" after a paragraph cut short (a paywall note taken out mid-sentence): the next
    // counter of the headings' own sequence heads a part, whatever the line before it.
    const nextInSequence = numbering !== null && numbering.family === 'cn' && headingValues.get(numbering.family) === numbering.value - 1;
    if (numbering && (nextInSequence || !(para && !ENDS_SENTENCE.test(para.text) && full(lastItem)))) {
      const split = runIn(item.piece, numbering, next);
      if (split) {
        flush();
        blocks.push({ role: 'heading', piece: split.heading, family: numbering.family });
        para = split.body;
        // "二、改善就医体验（一）优化服务流程。": the first heading under it run in on the same line.
        const nested = split.body && split.nested ? numberingOf(split.body.text) : null;
        const inner = split.body && nested ? runIn(split.body, nested, next) : null;
        if (inner && nested) {
          blocks.push({ role: 'heading', piece: inner.heading, family: nested.family });
          para = inner.body;
        }
        lastItem = item;
        return;
      }
    }
    // "附：学校近年所获主要荣誉", "附件2：…情况表": an appendix's heading, at the top of the outline.
    if (APPENDIX_HEADING.test(t.trim()) && (!para || ENDS_SENTENCE.test(para.text)) && (i < signatureFrom || i === appendixAt)) {
      flush();
      blocks.push({ role: 'heading', piece: item.piece, family: 'appendix' });
      lastItem = item;
      return;
    }
    // "■ 建设城市书房" over a paragraph: a bullet before a short bare phrase heads what follows (a
    // list of honors or figures goes on with another bullet). The bullet is a marker, removed.
    const bullet = /^[●•■◆▲★☆◎○□▪◇►][\s\u3000]*/.exec(t);
    if (
      bullet &&
      i < signatureFrom &&
      next &&
      !next.style &&
      !BULLET_LINE.test(next.piece.text.trim()) &&
      isBodyLike(next.piece.text) &&
      isBareHeading(t.slice(bullet[0].length).trim(), 16)
    ) {
      flush();
      const mark = slicePiece(item.piece, 0, bullet[0].length);
      removals.push({ op: 'marker', line: mark.spans[0]?.line ?? 0, col: mark.spans[0]?.col ?? 0, text: bullet[0] });
      blocks.push({ role: 'heading', piece: slicePiece(item.piece, bullet[0].length) });
      lastItem = item;
      return;
    }
    if (item.headingHint) {
      flush();
      blocks.push({ role: 'heading', piece: item.piece });
      lastItem = item;
      return;
    }
    if (para) {
      const current: Piece = para;
      // A paywall note taken out at the end of the line cut the paragraph there: the 落款 after it is no wrapped tail.
      const tail = current.spans.at(-1);
      const tailEnd = tail ? tail.col + (current.text.length - tail.at) : -1;
      const cutByPaywall = tail !== undefined && paywalls.some((r) => r.op === 'paywall' && r.line === tail.line && r.col >= tailEnd);
      const ended = ENDS_SENTENCE.test(current.text) || cutByPaywall;
      // Where paragraphs start with an indent, a line without one continues the paragraph.
      // A counter after a finished sentence (…主要有：/ 1.…；/ 2.…) starts a list item, never a wrapped line.
      // An honors list one per line with the year first ("2019年　全省…"), under a lead-in that
      // ends with ：: each line is an item of its own, and so is an indented line after the last one.
      const lastYearItem = lastItem !== null && YEAR_FIRST_LINE.test(lastItem.piece.text.trim());
      const yearItem = (YEAR_FIRST_LINE.test(t.trim()) && (ended || lastYearItem)) || (lastYearItem && item.indented);
      // A bulleted list ("● 省级“绿色社区”（省级）"): each bullet starts an item, and the line after the
      // last one starts anew when it is indented or the bullet line was not wrapped.
      const lastBullet = lastItem !== null && BULLET_LINE.test(lastItem.piece.text.trim());
      const bulletItem = BULLET_LINE.test(t.trim()) || (lastBullet && (item.indented || !full(lastItem)));
      // A 申报表's labelled lines ("单位名称：…" / "创建时间：…"): each line is a field of its own.
      const labelItem = LABEL_LINE.test(t.trim()) && lastItem !== null && LABEL_LINE.test(lastItem.piece.text.trim());
      const listItem = (ended && numbering !== null) || yearItem || bulletItem || labelItem;
      const wrapped =
        !listItem &&
        ((full(lastItem) && !(hints.indentedParagraphs && item.indented)) || (hints.indentedParagraphs && !item.indented && !isTitleOrHeadingLike(t)));
      if ((!ended && !yearItem && !bulletItem && !labelItem) || wrapped) {
        const glued = !wrapped ? gluedHeading(current, item) : null;
        if (glued) {
          para = glued.before;
          flush();
          blocks.push({ role: 'heading', piece: glued.heading });
          para = item.piece;
        } else {
          const end = current.spans.at(-1);
          if (end) removals.push({ op: 'line-break', line: end.line, col: end.col + (current.text.length - end.at), text: '\n' });
          para = concatPieces(current, item.piece);
        }
        lastItem = item;
        return;
      }
      flush();
    }
    if (
      // A bullet starts a list's item, never a heading.
      !BULLET_LINE.test(t.trim()) &&
      isStandaloneHeading(t, next, blocks.at(-1)) &&
      !(hints.indentedParagraphs && (item.indented || (next && !next.indented && !numberingOf(next.piece.text)))) &&
      // A PDF copy's line that runs to the wrap width is a paragraph going on, not a heading
      // ("首先，我代表全院…检查指" / "导表示热烈欢迎！").
      !(full(item) && next && !numberingOf(next.piece.text) && !CONTINUES.test(t)) &&
      // "第一部分 基本情况 临川县…挂牌成" / "立，整合…": the text after a heading split off its line at a
      // gap, its last word broken across the line end, is a paragraph however short the line.
      !(
        items[i - 1]?.headingHint &&
        items[i - 1]?.piece.spans.at(-1)?.line === item.piece.spans[0]?.line &&
        next &&
        !next.indented &&
        !next.style &&
        /^[\u4e00-\u9fff]{1,2}[，,、；;]/.test(next.piece.text) &&
        !ENDS_SENTENCE.test(t)
      ) &&
      // "首先，我代表…，对各位领导": a line opening with a connective and its comma starts a sentence.
      !(/^(?:首先|其次|再次|最后|同时|此外|另外|总之|因此|近年来|多年来)[，,]/.test(t.trim()) && next && !numberingOf(next.piece.text))
    ) {
      blocks.push({ role: 'heading', piece: item.piece });
    } else {
      para = item.piece;
    }
    lastItem = item;
  });
  flush();
  return blocks;
}

/** An appendix's heading: 附, 附件, 附录 or 附表 (with its number), a colon and a short title. */
const APPENDIX_HEADING = /^附(?:件|录|表)?\s*[一二三四五六七八九十\d]{0,2}\s*[:：]\s*[^，,。；;：:！？!?]{2,30}$/;

/** A counted heading in bold marks or black brackets alone on its line: **一、…**, 【二、…】. */
const MARKED_HEADING = /^(\s*)(\*\*|【)([^*【】]{3,40}?)(\*\*|】)\s*$/;

/** A part's title in black brackets alone on its line: 【基本情况】, 【存在问题及下步打算】. */
export const BRACKET_HEADING = /^【[^【】[\]，,。；;！？!?：:]{2,20}】$/;

/** A form's labelled line: a short label, a colon, its value (单位名称：…, 联 系 人：…). */
const LABEL_LINE = /^[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,7}[:：][^:：]{1,60}$/;

/** A line of a bulleted list: ●, •, ■, ◆, ▲, ★ … before its text. */
export const BULLET_LINE = /^[●•■◆▲★☆◎○□▪◇►]/;

/** A short line of a list with the year first and no sentence: "2019年　全省“平安单位”". */
const YEAR_FIRST_LINE = /^(?:19|20)\d{2}\s*年度?(?:[\s\u3000]*|[:：]\s*)[^，,。；;：:\s][^，,。；;：:]{1,39}[。；;]?$/;

/** The title of a part on the line after its bare counter: short, unnumbered, not a sentence. */
function isPartTitleLine(item: Item): boolean {
  const t = item.piece.text.trim();
  if (item.style || t.length < 2 || numberingOf(t)) return false;
  if (PART_TITLE_ALONE.test(t) || (t.length <= 20 && !/[，,。；;：:！!？?]/.test(t) && !/[的了和与及并、]$/.test(t))) return true;
  // "夯实思想根基，凝聚队伍合力": a title of two short phrases, a comma between them and no stop.
  return /^[\u4e00-\u9fff]{4,10}[，,][\u4e00-\u9fff]{4,10}$/.test(t);
}

/** A numbered line as a heading, with the text run into it split off. Null: a numbered paragraph. */
function runIn(piece: Piece, numbering: Numbering, next: Item | undefined): { heading: Piece; body: Piece | null; nested?: boolean } | null {
  const t = piece.text;
  const major = numbering.family === 'part' || numbering.family === 'cn' || numbering.family === 'cn-paren';
  // "二、坚持以患者为中心，改善就医体验（一）优化服务流程。": a counter of the family below run in after
  // the title, with no stop before it, starts the first heading under it.
  if (numbering.family === 'cn' || numbering.family === 'part') {
    const below = /[（(][一二三四五六七八九十]{1,3}[)）]/.exec(t.slice(numbering.length));
    const cut = below ? numbering.length + below.index : -1;
    if (below && cut - numbering.length >= 2 && !/[。！？!?；;：:]/.test(t.slice(0, cut)) && numberingOf(t.slice(cut))?.value === 1) {
      return { heading: slicePiece(piece, 0, cut), body: slicePiece(piece, cut), nested: true };
    }
  }
  if (numbering.family === 'part') {
    // ("第一部分　基本情况东川县…": a space between the counter and the title is the counter's.)
    const head = numbering.length + (/^[\s\u3000]*/.exec(t.slice(numbering.length))?.[0].length ?? 0);
    // The words up to the first stop: a title alone there ("…今后打算，") is not run in.
    const words = /^[^，,。；;：:！!？?]*/.exec(t.slice(head))?.[0] ?? '';
    // "第一部分 领导班子建设（满分15分，自评14.5分）局党组把": a bracket of scores closes the title, its text run on after it.
    const scored = /^[^，,。；;（()）]{2,20}[（(][^（()）]{0,24}\d\s*分[^（()）]{0,12}[)）](?=[\u4e00-\u9fff])/.exec(t.slice(head));
    if (scored) return { heading: slicePiece(piece, 0, head + scored[0].length), body: slicePiece(piece, head + scored[0].length) };
    const title = PART_TITLE_ALONE.test(words) ? null : PART_TITLE.exec(words);
    // Only when a sentence follows: a comma or stop soon after the title.
    // (Or a PDF line that runs on, unbroken, to its hard wrap: "基本情况东川县…于2019年3月由原工".)
    // (Or one whose sentence runs on into the next line: "…工作打算结合测评细则的要" / "求，医院将…".)
    const wrapsOn = /^[\u4e00-\u9fff]{6,}$/.test(t.slice(head + (title?.[0].length ?? 0))) && /^[\u4e00-\u9fff]{1,10}[，,。；;]/.test(next?.piece.text ?? '');
    if (
      title &&
      (/^[^，,。；;]{2,30}[，,。；;]/.test(t.slice(head + title[0].length)) || /^[^，,。；;：:\s]{12,}$/.test(t.slice(head + title[0].length)) || wrapsOn)
    ) {
      const cut = head + title[0].length;
      return { heading: slicePiece(piece, 0, cut), body: slicePiece(piece, cut) };
    }
  }
  // "①实验室能力建设。…②公共卫生服务。…": circled items run on in one paragraph are its list, not headings.
  if (numbering.family === 'circled' && t.length > 40 && /[。！？!?；;][^①-⑳]*[②-⑳]/.test(t.slice(numbering.length))) return null;
  const inner = t.slice(0, -1);
  if (!/[。！？!?；;]/.test(inner) && t.length <= (major ? 50 : 30)) {
    if (!major && !(next && isBodyLike(next.piece.text))) return null;
    // "1. 落实夜班补助，每人每月发放240元。", "2. 为3名职工发放慰问金1.5万元。": a numbered sentence
    // (a comma or a figure in it, a full stop at its end) is a list item, not a heading.
    if (!major && /[，,]|\d/.test(t.slice(numbering.length)) && /[。！？!?]["”’」』）)]*$/.test(t)) return null;
    // "5.服务股被评为省级“青年文明号”；": an item of a list closed by a semicolon, never a heading.
    if (!major && /[；;]["”’」』）)]*$/.test(t)) return null;
    // "1.宣传阵地还不够多。" then "2.…。" at once: sentences of a numbered list with no text of their
    // own under them, not headings (a heading has its body after it).
    if (
      !major &&
      /[。！!]["”’」』）)]*$/.test(t) &&
      next &&
      numberingOf(next.piece.text)?.family === numbering.family &&
      /[。！!；;]["”’」』）)]*$/.test(next.piece.text.trim())
    )
      return null;
    return { heading: piece, body: null };
  }
  if (!major) {
    // "1. 阵地建设。社区投入…": a short title closed by a full stop, then its own text (a quoted word
    // in it, 深化“放管服”改革, is part of the title).
    const title = /^(?:[^，,。；;：:！!？?“”"、\d]|[“"][^“”"，,。；;]{1,8}[”"]){2,12}[。．]/.exec(t.slice(numbering.length));
    if (!title || t.length - numbering.length - title[0].length < 10) return null;
    const cut = numbering.length + title[0].length;
    return { heading: slicePiece(piece, 0, cut), body: slicePiece(piece, cut) };
  }
  const end = HARD_END.exec(t);
  if (!end || end.index + end[0].length > 60 || end.index + end[0].length >= t.length) return null;
  const cut = end.index + end[0].length;
  return { heading: slicePiece(piece, 0, cut), body: slicePiece(piece, cut) };
}

/** "……良好形象。加强对机关干部的目标考核" followed by a new paragraph: a heading glued to the end. */
function gluedHeading(para: Piece, item: Item): { before: Piece; heading: Piece } | null {
  const text = para.text;
  const lastEnd = Math.max(...['。', '！', '？', '!', '?'].map((c) => text.lastIndexOf(c)));
  if (lastEnd < 0) return null;
  let start = lastEnd + 1;
  while (/["”’」』）)]/.test(text[start] ?? '')) start += 1;
  const tail = text.slice(start);
  const commas = (tail.match(/[,，]/g) ?? []).length;
  if (
    tail.length < 4 ||
    tail.length > 30 ||
    commas > 2 ||
    /[、：:；;“”"]/.test(tail) ||
    DANGLING.test(tail) ||
    // "…感谢信87封。心内科主任医师赵国强被评" / "为…": a passive verb cut at the line's end.
    /被[\u4e00-\u9fff]?$/.test(tail) ||
    // "…党员97名。学校先后获得" / "“…”（2016年）、…": a verb waiting for its object ends no heading.
    /(?:获得|荣获|获评|组织|开展|举办|建立|成立|设立|实施|推行|投入|安排|选派|邀请|聘请|购置|修建|新建|建成|先后|还)$/.test(tail) ||
    /^[一二三四五六七八九十]是/.test(tail) ||
    CONTINUES.test(tail) ||
    // "…860张。2024年医院业务总收入6.8亿元，门急" (a PDF line wrapped mid-sentence): a figure with its
    // unit is a sentence's, never a heading's.
    /\d(?:[\d.,，]*\d)?\s*(?:万|亿|千)?(?:元|人次|人|名|张|个|项|次|户|%|％)/.test(tail) ||
    // "…21.6万平方米。2016年被市委市" / "政府命名为…": a sentence opening with its year, or one with a
    // bracket left open ("粮库连续三年（2019—2021"), or a number cut from its unit, is cut by the wrap.
    /^(?:19|20)\d{2}\s*年(?!度?(?:工作|计划|打算|目标|要点|重点|任务|总结))/.test(tail) ||
    /[（(][^）)]*$/.test(tail) ||
    /\d$/.test(tail)
  )
    return null;
  const next = item.piece.text;
  if (next.length < 20 || CONTINUES.test(next)) return null;
  return { before: slicePiece(para, 0, start), heading: slicePiece(para, start) };
}

/** A short line without sentence punctuation: possibly a heading even in an indented layout. */
function isTitleOrHeadingLike(t: string): boolean {
  return t.length <= 25 && !/[，,。；;：:]/.test(t);
}

function isStandaloneHeading(t: string, next: Item | undefined, previous: Block | undefined): boolean {
  if (!next || next.style || !isBodyLike(next.piece.text) || CONTINUES.test(next.piece.text)) return false;
  // "…每年拨付帮扶资金8万" / "元，…": a figure broken from its unit at a PDF line end.
  if (/[\d万千百亿]$/.test(t.trim()) && /^[元万亿%％]/.test(next.piece.text.trim())) return false;
  if (previous && previous.role === 'paragraph' && !ENDS_SENTENCE.test(previous.piece.text)) return false;
  const commas = (t.match(/[,，]/g) ?? []).length;
  // "医院选派23名骨干医师对口支援6家乡镇卫生院，向帮扶村" (a PDF line wrapped mid-sentence): a clause
  // with a count and its measure word, then a comma, is a sentence's start, never a heading.
  if (commas > 0 && /\d\s*(?:名|人|家|个|所|元|项|户|场|次)[^，,]*[，,]/.test(t)) return false;
  return isBareHeading(t, 25) || (t.length <= 30 && commas <= 2 && !/[。！？!?；;、：:]/.test(t) && !DANGLING.test(t) && !/^[一二三四五六七八九十]是/.test(t));
}

/** Index of the first item of the closing signature (date, signing unit), or items.length. */
/**
 * Where an appendix begins after the 落款: a 附件： heading followed only by its table (or short
 * rows with no sentence in them); items.length when there is none.
 */
/** After a counter, a year, then a space and what happened: "2018年 全省…先进集体" (not "一、2023年：打基础"). */
const DATED_ENTRY = /^\s*(?:(?:19|20)\d{2}|(?:19|20)?[XxＸｘ×＊*]{2,4})\s*年度?(?:\d{1,2}月)?[\s\u3000]+(?=\S)[^。；;！？!?]{2,60}$/;
const ISSUE = /第\s*[\d一二三四五六七八九十〇×XxＸ]+\s*期/;
const EDITOR = /编印|编发|主办|印发|编(?:\s|$)/;
const CONTENTS = /^(?:本期要目|本期目录|本期导读|目\s*录|要\s*目)[:：]?$/;

/**
 * A 信息简报's masthead (2023年第2期, …编印 2023年6月30日), its table of contents (本期要目 and
 * the item titles it repeats) and its distribution footer (报：…, 送：…, （共印20份）): lines of
 * the document's head and foot, not its text. Empty unless an issue line or contents opens it.
 */
function bulletinLines(items: readonly Item[]): Set<number> {
  const out = new Set<number>();
  const norm = (t: string) => t.replace(/[\s\u3000]/g, '');
  let i = 0;
  let isBulletin = false;
  for (; i < items.length; i += 1) {
    const t = items[i]?.piece.text.trim() ?? '';
    if (t.length > 60 || ENDS_SENTENCE.test(t)) break;
    if (ISSUE.test(t) && t.length <= 30) isBulletin = true;
    else if (CONTENTS.test(t)) {
      isBulletin = true;
      out.add(i);
      // The contents: numbered titles the bulletin repeats below as its items' headings.
      let k = i + 1;
      while (
        k < items.length &&
        numberingOf(items[k]?.piece.text ?? '') &&
        items.slice(k + 1).some((it) => norm(it.piece.text) === norm(items[k]?.piece.text ?? ''))
      ) {
        out.add(k);
        k += 1;
      }
      i = k;
      break;
    } else if (!(EDITOR.test(t) && t.length <= 40) && !(t.length <= 16 && parseChineseDate(t) !== null)) break;
    out.add(i);
  }
  if (!isBulletin) return new Set();
  for (let k = items.length - 1; k > i && FOOTER.test(items[k]?.piece.text.trim() ?? ''); k -= 1) out.add(k);
  return out;
}

function appendixAfterSignature(items: readonly Item[]): number {
  for (let k = items.length - 1; k >= Math.max(1, items.length - 40); k -= 1) {
    const item = items[k];
    if (!item) break;
    const t = item.piece.text.trim();
    if (!item.style && APPENDIX_HEADING.test(t)) return signatureStart(items, k) < k ? k : items.length;
    if (!item.style?.table && (t.length > 60 || /[。；;！？!?]/.test(t))) break;
  }
  return items.length;
}

function signatureStart(items: readonly Item[], end = items.length): number {
  let start = end;
  for (let k = end - 1; k >= Math.max(0, end - 3); k -= 1) {
    if (items[k]?.style) break;
    const compact = (items[k]?.piece.text ?? '').replace(/\s/g, '');
    const dated = CLOSING_DATE.exec(compact);
    // The date alone, or the signing unit and the date on one line (Word: Shift+Enter).
    const isDate =
      parseChineseDate(compact) !== null || (dated !== null && (dated.index === 0 || (dated.index <= 30 && ORG_END.test(compact.slice(0, dated.index)))));
    // The signing unit after the date ("2024年3月15日" / "…居民委员会") closes the report too.
    // "江北职业技术学院（盖章）": the seal's note after the name.
    const t = (items[k]?.piece.text ?? '').replace(/\s*[（(](?:盖章|公章|章)[)）]\s*$/, '');
    const dateBefore = k === end - 1 && parseChineseDate((items[k - 1]?.piece.text ?? '').replace(/\s/g, '')) !== null;
    const isOrg = ((t.length <= 30 && ORG_END.test(t) && !/[，,。；;]/.test(t)) || PLACEHOLDER_NAME.test(compact)) && (start < end || dateBefore);
    if (isDate || isOrg) start = k;
    else break;
  }
  return start;
}
