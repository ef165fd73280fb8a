// One page of every kind in a built site: each top-level section's index and its first page
// one level down, so a new kind of page is covered without editing the tests.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// data/ holds the open-data files and one page (数据下载), which is covered like any other.
const SKIP = new Set(['_astro', 'pagefind']);

export function pageTypes(dist: string): string[] {
  const paths = ['/', '/404.html'];
  for (const top of readdirSync(dist).sort()) {
    const dir = join(dist, top);
    if (SKIP.has(top) || !statSync(dir).isDirectory()) continue;
    if (existsSync(join(dir, 'index.html'))) paths.push(`/${top}/`);
    const first = readdirSync(dir)
      .sort()
      .find((child) => existsSync(join(dir, child, 'index.html')));
    if (first) paths.push(`/${top}/${first}/`);
  }
  return paths;
}
