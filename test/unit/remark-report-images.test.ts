import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkReportImages } from '../../src/remark/remark-report-images';

/** The image addresses left in a report of a unit whose unit.yaml is `unitYaml`. */
function imagesLeft(unitYaml: string, markdown: string, frontmatter: Record<string, unknown> = {}): string[] {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-images-')), 'unit');
  mkdirSync(dir);
  writeFileSync(join(dir, 'unit.yaml'), unitYaml);
  mkdirSync(join(dir, 'photos'));
  writeFileSync(join(dir, 'photos', 'a.jpg'), 'jpeg');
  const tree: Root = fromMarkdown(markdown);
  const file = new VFile({ path: join(dir, 'report.md'), data: { astro: { frontmatter } } });
  remarkReportImages()(tree, file);
  const urls: string[] = [];
  const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
    if (node.type === 'image' && node.url) urls.push(node.url);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as unknown as { type: string; children?: unknown[] });
  return urls;
}

const report = '活动现场。\n\n![志愿服务](./photos/a.jpg)\n\n![外链](../other/b.jpg)\n';

describe('remarkReportImages', () => {
  it('keeps a published unit’s own images and drops those outside its folder', () => {
    expect(imagesLeft('name: 鱼塘镇\n', report)).toEqual(['./photos/a.jpg']);
  });

  it('drops every image of a draft unit', () => {
    expect(imagesLeft('name: 鱼塘镇\ndraft: true\n', report)).toEqual([]);
  });

  it('reads the word draft in a comment or a value as no draft', () => {
    expect(imagesLeft('name: 鱼塘镇 # not a draft any more\nsummary: 上一稿（draft）已审定\ndraft: false\n', report)).toEqual(['./photos/a.jpg']);
  });

  it('drops every image of a draft report', () => {
    expect(imagesLeft('name: 鱼塘镇\n', report, { draft: true })).toEqual([]);
  });
});
