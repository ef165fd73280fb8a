import { expect, it } from 'vitest';
import { buildToc } from '../../src/domain/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

it('nests headings under the nearest shallower one', () => {
  const toc = buildToc([h(3, 'a'), h(4, 'a1'), h(4, 'a2'), h(3, 'b'), h(5, 'b-deep'), h(4, 'b1')]);
  expect(toc.map((item) => [item.slug, item.children.map((child) => child.slug)])).toEqual([
    ['a', ['a1', 'a2']],
    ['b', ['b-deep', 'b1']],
  ]);
});

it('leaves out headings deeper than maxDepth', () => {
  const toc = buildToc([h(3, 'a'), h(4, 'a1'), h(5, 'a1x')], 4);
  expect(toc[0]?.children[0]?.children).toEqual([]);
});

it('keeps a document that starts deep', () => {
  expect(buildToc([h(4, 'x'), h(3, 'y')]).map((item) => item.slug)).toEqual(['x', 'y']);
});
