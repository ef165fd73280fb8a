// Gives every sentence of a report an element with a stable id, so a fact's 「见原文」 link
// (/units/<slug>/#s-…) lands on the sentence it was taken from, and CSS `:target` marks it:
// no JavaScript, so it works offline and in print too. The id is a hash of the sentence's
// text (src/domain/sentences.ts), the same function the data pages use to build the links;
// the report's opening paragraphs (before its first heading) are covered like any other.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { createSentenceIds, splitSentences } from '../domain/sentences';

/** Elements whose own inline content is prose: paragraphs, and list items without <p>. */
const BLOCKS = new Set(['p', 'li']);
/** Children that end a list item's own text (a nested list, a paragraph …). */
const BLOCK_CHILD = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'table', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function rehypeSentenceIds() {
  return (tree: Root) => {
    const idFor = createSentenceIds();
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'table' || child.tagName === 'pre' || /^h[1-6]$/.test(child.tagName)) continue;
        if (BLOCKS.has(child.tagName)) {
          // A tight list item holds its text directly; a loose one holds <p>s, handled below.
          const inline = leadingInline(child);
          if (inline > 0) wrapSentences(child, inline, idFor);
        }
        visit(child);
      }
    };
    visit(tree);
  };
}

/** How many of the element's first children are inline content (text and phrasing elements). */
function leadingInline(element: Element): number {
  const index = element.children.findIndex((child) => child.type === 'element' && BLOCK_CHILD.has(child.tagName));
  return index === -1 ? element.children.length : index;
}

/** Wraps each sentence of the element's first `count` children in <span class="sentence" id=…>. */
function wrapSentences(element: Element, count: number, idFor: (sentence: string) => string): void {
  const inline = element.children.slice(0, count);
  const text = toString({ type: 'element', tagName: 'span', properties: {}, children: inline });
  const sentences = splitSentences(text);
  if (sentences.length === 0) return;
  const groups: ElementContent[][] = sentences.map(() => []);
  let offset = 0;
  let current = 0;
  const sentenceAt = (at: number) => {
    while (current + 1 < sentences.length && at >= (sentences[current]?.end ?? 0)) current += 1;
    return current;
  };
  for (const node of inline) {
    const length = node.type === 'text' ? node.value.length : node.type === 'element' ? toString(node).length : 0;
    if (node.type === 'text') {
      // A text node may hold several sentences, or end one and begin the next.
      let from = 0;
      while (from < length) {
        const index = sentenceAt(offset + from);
        const end = Math.min(length, (sentences[index]?.end ?? Infinity) - offset);
        groups[index]?.push({ type: 'text', value: node.value.slice(from, end) });
        from = end > from ? end : length;
      }
    } else {
      // An inline element (link, emphasis) stays whole, in the sentence it begins in.
      groups[sentenceAt(offset)]?.push(node);
    }
    offset += length;
  }
  const spans: ElementContent[] = sentences.map((sentence, index) => ({
    type: 'element',
    tagName: 'span',
    properties: { className: ['sentence'], id: idFor(sentence.text) },
    children: groups[index] ?? [],
  }));
  element.children = [...spans, ...element.children.slice(count)];
}
