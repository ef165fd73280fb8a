// The outline of a report: which counters (第一部分, 一、, （一）, 1．, (1), ①) start headings,
// how deep each family sits, the anchor ids the site will give them, and numbering gaps.
import { sectionSlug } from '../domain/slug';
import type { Block, SectionNode, Warning } from './types';
import { lineOf } from './text-map';

export type Family = 'part' | 'cn' | 'cn-paren' | 'num' | 'num-paren' | 'circled';

/** Outline families, highest first. */
const FAMILIES: ReadonlyArray<{ family: Family; re: RegExp }> = [
  { family: 'part', re: /^第([一二三四五六七八九十百零〇\d]{1,3})(?:部分|章|编)[\s、:：.．]*/ },
  // "六、2023年工作打算": a year may follow the counter, another figure may not.
  { family: 'cn', re: /^([一二三四五六七八九十]{1,3})\s*[、．.](?!(?!(?:19|20)\d{2}\s*年)[\d一二三四五六七八九十])\s*/ },
  { family: 'cn-paren', re: /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）][、．.\s]*/ },
  // "1.2017年，被评为…": a counter before a year, not a decimal.
  { family: 'num', re: /^(\d{1,2})\s*(?:[．、]|\.(?!\d)|\.(?=(?:19|20)\d{2}\s*年))\s*/ },
  { family: 'num-paren', re: /^(?:[（(]\s*(\d{1,2})\s*[)）]|(\d{1,2})[)）])\s*/ },
  { family: 'circled', re: /^([①-⑳])\s*/ },
];

const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export interface Numbering {
  family: Family;
  rank: number;
  value: number;
  /** Length of the counter with its punctuation and spaces. */
  length: number;
  label: string;
}

export function numberingOf(text: string): Numbering | null {
  for (const [rank, { family, re }] of FAMILIES.entries()) {
    const match = re.exec(text);
    if (!match) continue;
    const raw = match[1] ?? match[2] ?? '';
    const value = family === 'circled' ? raw.charCodeAt(0) - 0x2460 + 1 : /^\d+$/.test(raw) ? Number(raw) : cnValue(raw);
    if (value === null) continue;
    return { family, rank, value, length: match[0].length, label: match[0].trim() };
  }
  return null;
}

function cnValue(s: string): number | null {
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? (CN_DIGITS[m[1]] ?? 0) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] ?? 0) : 0);
  if (s.length === 1) return CN_DIGITS[s] ?? null;
  return null;
}

/**
 * Gives headings their Markdown depth (2–4), ids and section membership, demotes headings
 * too deep for the site, and reports numbering gaps. Mutates and returns the blocks.
 */
export function assignOutline(blocks: Block[], warnings: Warning[]): { blocks: Block[]; sections: SectionNode[] } {
  // Word headings that all carry a counter (Heading 1 “一、…”) among numbered plain paragraphs
  // (“（一）…”): the counters rank them, so （一） goes under 一、 and not beside it.
  const styled = blocks.filter((b) => b.role === 'heading' && !b.family && b.depth !== undefined);
  if (styled.length > 0 && blocks.some((b) => b.role === 'heading' && b.family) && styled.every((b) => numberingOf(b.piece.text))) {
    for (const b of styled) {
      const numbering = numberingOf(b.piece.text);
      if (numbering) b.family = numbering.family;
    }
  }
  const ranks = [...new Set(blocks.filter((b) => b.role === 'heading' && b.family && b.family !== 'appendix').map((b) => rankOf(b.family ?? '')))].sort(
    (a, b) => a - b,
  );
  const docxLevels = [...new Set(blocks.filter((b) => b.role === 'heading' && !b.family && b.depth !== undefined).map((b) => b.depth ?? 0))].sort(
    (a, b) => a - b,
  );
  const depthOfRank = new Map(ranks.map((r, i) => [r, i + 2]));
  const used = new Map<string, number>();
  const sections: SectionNode[] = [];
  const stack: SectionNode[] = [];
  /** The outline rank of each heading on the stack (its counter's depth), which decides nesting. */
  const ranksOnStack: number[] = [];
  const lastValue = new Map<number, { value: number; label: string }>();
  let lastNumberedDepth = 1;
  let currentSection: string | undefined;

  for (const block of blocks) {
    if (block.role !== 'heading') {
      if (currentSection !== undefined) block.section = currentSection;
      continue;
    }
    let depth: number | undefined;
    if (block.family === 'appendix') {
      // An appendix stands beside the report's parts, at the top of its outline.
      depth = 2;
      lastNumberedDepth = depth;
    } else if (block.family) {
      depth = depthOfRank.get(rankOf(block.family));
      if (depth !== undefined) lastNumberedDepth = depth;
    } else if (block.depth !== undefined && docxLevels.length > 0 && block.depth > 0) {
      // A Word heading level, relative to the document's highest body heading.
      depth = docxLevels.indexOf(block.depth) + 2;
    } else {
      depth = Math.min(4, lastNumberedDepth + 1);
    }
    // "第一部分 / 一、 / 1．" where another part has （一）: a counter ranked below the fourth level still heads
    // where it sits in the tree (right under 二、, at the third level).
    const rankDepth = depth;
    const sitsAt = rankDepth !== undefined && rankDepth > 4 && block.family ? ranksOnStack.findLastIndex((r) => r < rankDepth - 1) + 2 : 0;
    if (depth === undefined || (depth > 4 && !(sitsAt >= 2 && sitsAt <= 3))) {
      block.role = 'paragraph';
      delete block.depth;
      if (currentSection !== undefined) block.section = currentSection;
      continue;
    }
    checkGap(block, depth, lastValue, warnings);
    const id = uniqueId(sectionSlug(block.piece.text), used);
    block.id = id;
    block.section = id;
    currentSection = id;
    while (stack.length > 0 && (ranksOnStack.at(-1) ?? 0) >= depth - 1) {
      stack.pop();
      ranksOnStack.pop();
    }
    const parent = stack.at(-1);
    // The depth is where the heading sits in the tree: "二、" then "1." (no "（一）" under this 二、,
    // though another part has one) puts 1. right under 二、.
    const node: SectionNode = { title: block.piece.text, depth: (parent?.depth ?? 0) + 1, id, line: lineOf(block.piece), children: [] };
    block.depth = node.depth + 1;
    if (parent) parent.children.push(node);
    else sections.push(node);
    stack.push(node);
    ranksOnStack.push(depth - 1);
  }
  return { blocks, sections };
}

/** A 【…】 part title stands above every counter (-1); the counters follow in FAMILIES' order. */
function rankOf(family: string): number {
  if (family === 'bracket') return -1;
  return FAMILIES.findIndex((f) => f.family === family);
}

function checkGap(block: Block, depth: number, lastValue: Map<number, { value: number; label: string }>, warnings: Warning[]): void {
  for (const d of [...lastValue.keys()]) if (d > depth) lastValue.delete(d);
  if (!block.family) return;
  const numbering = numberingOf(block.piece.text);
  if (!numbering) return;
  const last = lastValue.get(depth);
  const expected = (last?.value ?? 0) + 1;
  if (numbering.value > expected) {
    warnings.push({
      kind: 'gap',
      line: lineOf(block.piece),
      text: block.piece.text.slice(0, 30),
      hint: last
        ? `编号从“${last.label}”跳到“${numbering.label}”，中间的内容可能缺失，请与原件核对`
        : `本级编号从“${numbering.label}”开始，前面的内容可能缺失，请与原件核对`,
    });
  }
  lastValue.set(depth, { value: numbering.value, label: numbering.label });
}

/** The site's rule (src/remark/rehype-section-ids.ts): repeats get -2, -3… */
function uniqueId(base: string, used: Map<string, number>): string {
  const count = used.get(base) ?? 0;
  used.set(base, count + 1);
  return count === 0 ? base : `${base}-${count + 1}`;
}
