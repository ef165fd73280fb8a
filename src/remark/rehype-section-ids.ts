// Gives every heading of a report a stable ASCII id and a visible link to itself, so a
// reviewer can share /units/<slug>/#<section>. The id is the pinyin of the heading's first
// clause (numbering stripped); `{#custom-id}` at the end of a heading sets it explicitly.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSectionIds, splitExplicitId } from '../domain/section-ids';

export interface SectionIdOptions {
  /** Heading levels are shifted down by this much so report sections nest under the page's own headings. */
  shift?: number;
}

const HEADING = /^h([1-6])$/;

export function rehypeSectionIds(options: SectionIdOptions = {}) {
  const shift = options.shift ?? 1;
  return (tree: Root) => {
    const idFor = createSectionIds();
    visit(tree, 'element', (node: Element) => {
      const match = HEADING.exec(node.tagName);
      if (!match) return;
      node.tagName = `h${Math.min(6, Number(match[1]) + shift)}`;
      const id = idFor(toString(node));
      removeExplicitId(node);
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

/** Removes a trailing `{#id}` from the heading's last text node. */
function removeExplicitId(heading: Element): void {
  const last = heading.children.at(-1);
  if (last?.type === 'text') last.value = splitExplicitId(last.value).text;
}
