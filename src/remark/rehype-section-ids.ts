// Gives every heading of a report a stable ASCII id and a visible link to itself, so a
// reviewer can share /units/<slug>/#<section>. The id is the pinyin of the heading's first
// clause (numbering stripped); `{#custom-id}` at the end of a heading sets it explicitly.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { sectionSlug } from '../domain/slug';

export interface SectionIdOptions {
  /** Heading levels are shifted down by this much so report sections nest under the page's own headings. */
  shift?: number;
}

const HEADING = /^h([1-6])$/;
const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

export function rehypeSectionIds(options: SectionIdOptions = {}) {
  const shift = options.shift ?? 1;
  return (tree: Root) => {
    const used = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      const match = HEADING.exec(node.tagName);
      if (!match) return;
      const depth = Math.min(6, Number(match[1]) + shift);
      node.tagName = `h${depth}`;
      const id = uniqueId(takeExplicitId(node) ?? sectionSlug(toString(node)), used);
      node.properties = { ...node.properties, id };
      node.children.push({
        type: 'element',
        tagName: 'a',
        // No text child: Astro collects heading text for the table of contents, and the
        // mark is drawn by CSS instead.
        properties: { className: ['section-link'], href: `#${id}`, ariaLabel: '本节链接' },
        children: [],
      });
    });
  };
}

/** Removes a trailing `{#id}` from the heading's last text node and returns the id. */
function takeExplicitId(heading: Element): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = EXPLICIT_ID.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  return match[1];
}

function uniqueId(base: string, used: Map<string, number>): string {
  const count = used.get(base) ?? 0;
  used.set(base, count + 1);
  return count === 0 ? base : `${base}-${count + 1}`;
}
