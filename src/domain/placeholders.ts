// Anonymising placeholders left in a text: XX镇, ×××, ＸＸ, 20××, “xxxx”重要思想.
// 某某 is not one: it is how a name is masked on purpose (陈某某). Neither are the masked
// numbers the gate itself recommends (510***********1239, 138****8000), Markdown emphasis
// (***重点***) or an xx inside a web address (/units/xx-zhen/).
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { findInView } from './scan-view';

export interface Placeholder {
  text: string;
  index: number;
  /** It stands for a year (20××, XX年): the item cannot be dated. */
  year: boolean;
}

const PLACEHOLDER = /(?:19|20)[×xXＸｘ＊*]{2}(?=年|\b|[^\dA-Za-z])|(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|[×＊]{2,}|\*{3,}|[○◯]{2,}/g;
/** Web addresses: a Markdown link target, an autolink, a bare URL or a site path. */
const URL_SPAN =
  /\]\([^)\s]*\)|<[a-z][a-z0-9+.-]*:[^>\s]*>|\b(?:https?|ftp):\/\/[^\s)）>\]"'，。]+|(?<![\w/])\/(?:units|timeline|honors|boards|present|share|data)\/[^\s)）\]"'，。]*/gi;

export function findPlaceholders(text: string): Placeholder[] {
  return findInView(text, findInText);
}

function findInText(text: string): Placeholder[] {
  const matches = [...text.matchAll(PLACEHOLDER)];
  if (matches.length === 0) return [];
  const urls = [...text.matchAll(URL_SPAN)].map((m) => [m.index, m.index + m[0].length] as const);
  let emphasis: Set<number> | undefined;
  return matches
    .filter((match) => {
      const start = match.index;
      const end = start + match[0].length;
      if (urls.some(([s, e]) => start >= s && end <= e)) return false;
      if (/^[×＊*]+$/.test(match[0])) {
        // A masked number: 510***********1239, 138****8000, 6222×××××0128.
        if (/\d$/.test(text.slice(0, start)) && /^\d/.test(text.slice(end))) return false;
        if (/^\*+$/.test(match[0])) {
          emphasis ??= emphasisDelimiters(text);
          if ([...match[0]].every((_, i) => emphasis?.has(start + i))) return false;
        }
      }
      return true;
    })
    .map((match) => ({
      text: match[0],
      index: match.index,
      year: /^(?:19|20)/.test(match[0]) || text.startsWith('年', match.index + match[0].length),
    }));
}

/** Offsets of the `*` that Markdown reads as emphasis marks (***重点*** is bold italic, not a mask). */
function emphasisDelimiters(text: string): Set<number> {
  const offsets = new Set<number>();
  const walk = (node: Root | Root['children'][number]) => {
    if ((node.type === 'emphasis' || node.type === 'strong') && node.position) {
      const { start, end } = node.position;
      const inner = node.children;
      const first = inner[0]?.position?.start.offset ?? end.offset ?? 0;
      const last = inner.at(-1)?.position?.end.offset ?? start.offset ?? 0;
      for (let i = start.offset ?? 0; i < first; i += 1) offsets.add(i);
      for (let i = last; i < (end.offset ?? 0); i += 1) offsets.add(i);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromMarkdown(text));
  return offsets;
}
