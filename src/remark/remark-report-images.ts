// Second line of defence for images in reports (the gate, src/check, refuses them first):
// a draft report, or any report of a draft unit, keeps no image, so no draft photo (with its
// GPS data, its file name) is ever copied into the site; an image that is SVG or leads out of
// the unit's folder is dropped. Runs before Astro collects a Markdown file's images.
import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { insideFolder } from '../check/read-source';

export function remarkReportImages() {
  return (tree: Root, file: VFile) => {
    if (typeof file.path !== 'string' || !file.path) return;
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const unitDir = dirname(file.path);
    const draft = frontmatter['draft'] === true || unitIsDraft(unitDir);
    const definition = definitions(tree);
    visit(tree, (node, index, parent) => {
      if (node.type !== 'image' && node.type !== 'imageReference') return undefined;
      const url = node.type === 'image' ? node.url : definition(node.identifier)?.url;
      if (!draft && url !== undefined && publishable(url, unitDir)) return undefined;
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

function publishable(url: string, unitDir: string): boolean {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(url)) return true; // not a local file: left to the sanitizer and the CSP
  let path: string;
  try {
    path = resolve(unitDir, decodeURI(url.replace(/[?#].*$/, '')));
  } catch {
    return false;
  }
  return !/^\.svgz?$/i.test(extname(path)) && insideFolder(path, unitDir);
}

function unitIsDraft(unitDir: string): boolean {
  try {
    const text = readFileSync(resolve(unitDir, 'unit.yaml'), 'utf8');
    // No key can be `draft` without the word: most units are parsed no second time (1.5 s at 1 000 units).
    if (!text.includes('draft')) return false;
    const data = parse(text, { maxAliasCount: 100 }) as { draft?: unknown } | null;
    return data?.draft === true;
  } catch {
    return false;
  }
}
