// The offline package: a built site made to work from a folder without a server, and zipped.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { relativizeCss, relativizeHtml } from './relative-urls';
import { zipArchive } from './zip';

/** Every file under `dir`, as paths relative to it with '/' separators, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Rewrites the site in `siteDir` in place so pages, images and links work through file://.
 * The Content-Security-Policy meta tag goes: browsers give file:// pages an opaque origin,
 * so 'self' would block the site's own stylesheets there. Returns the number of files changed.
 */
export function makeRelative(siteDir: string, base = '/'): number {
  let changed = 0;
  for (const file of listFiles(siteDir)) {
    if (!/\.(html|css)$/.test(file)) continue;
    const path = join(siteDir, file);
    const before = readFileSync(path, 'utf8');
    const after = file.endsWith('.css')
      ? relativizeCss(before, file, base)
      : relativizeHtml(before, file, base).replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
    if (after !== before) {
      writeFileSync(path, after);
      changed += 1;
    }
  }
  return changed;
}

/** Zips `siteDir` into `zipFile`, every path under the folder name `root`. */
export function zipFolder(siteDir: string, zipFile: string, root: string): number {
  const files = listFiles(siteDir);
  writeFileSync(zipFile, zipArchive(files.map((file) => ({ name: `${root}/${file}`, data: readFileSync(join(siteDir, file)) }))));
  return files.length;
}
