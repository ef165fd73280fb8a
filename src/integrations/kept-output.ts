// A republish keeps the output folder instead of emptying it (Vite's emptyOutDir is off in
// astro.config.mjs): Astro then leaves each unchanged page where it is rather than copying it
// back from the cache, one file after another. In exchange this integration does what emptying
// did: it removes every file the new build does not publish (src/domain/stale-files.ts), and it
// empties the folder first whenever it no longer holds exactly what the last build left there.
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepFileSync } from '../build-cache';
import { holdsUnchanged, staleFiles, type Listing } from '../domain/stale-files';

export interface KeptOutput {
  integration: AstroIntegration;
  /** Marks a folder of the output (relative path, ending in `/`) as published by this build without being written again. */
  keep(folder: string): void;
  /** Work that still writes into the output folder after its hook returned (the search index): the clean-up waits for it. */
  waitFor(work: Promise<void>): void;
}

export interface KeptOutputOptions {
  cacheDir: string;
  /**
   * Folders (relative, ending in `/`) that another integration publishes and prunes itself (the
   * photos, src/integrations/photos.ts): they are neither listed nor cleaned here, so their
   * thousands of files cost a republish no second walk.
   */
  ownedElsewhere?: readonly string[];
}

/** Must come last among the integrations: its clean-up runs after every other one has written. */
export function keptOutput({ cacheDir, ownedElsewhere = [] }: KeptOutputOptions): KeptOutput {
  const record = join(cacheDir, 'showcase', 'output-listing.json');
  const keptFolders = new Set<string>();
  const pending: Promise<void>[] = [];
  let outDir = '';
  let before: Listing = new Map();
  return {
    keep: (folder) => keptFolders.add(folder),
    waitFor: (work) => {
      // A hook in between may fail first: this failure then waits here rather than going unhandled.
      work.catch(() => {});
      pending.push(work);
    },
    integration: {
      name: 'showcase:kept-output',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
        'astro:build:start': ({ logger }) => {
          keptFolders.clear();
          pending.length = 0;
          before = listing(outDir, ownedElsewhere);
          if (before.size === 0) return;
          const last = readRecord(record, ownedElsewhere);
          if (last?.outDir === outDir && holdsUnchanged(last.files, before)) return;
          logger.info('发布目录不是上次构建留下的原样，先清空再完整发布');
          empty(outDir);
          before = new Map();
        },
        'astro:build:done': async ({ assets, logger }) => {
          await Promise.all(pending);
          const published = new Set([...assets.values()].flat().map((url) => relativePath(outDir, fileURLToPath(url))));
          const after = new Map(listing(outDir, ownedElsewhere));
          const stale = staleFiles(before, after, (path) => published.has(path) || [...keptFolders].some((folder) => path.startsWith(folder)));
          for (const path of stale) {
            rmSync(join(outDir, path), { force: true });
            removeEmptyParents(outDir, dirname(join(outDir, path)));
            after.delete(path);
          }
          keepFileSync(record, JSON.stringify({ outDir, files: Object.fromEntries(after) }));
          if (stale.length > 0) logger.info(`删除了 ${stale.length} 个本次不再发布的文件（已删除或转为草稿的单位、已撤下的照片等）`);
        },
      },
    },
  };
}

function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Every file under the folder but those of folders owned elsewhere (and a `.git` kept beside the site, which emptying also spares). */
function listing(root: string, ownedElsewhere: readonly string[]): Listing {
  const files = new Map<string, string>();
  if (!existsSync(root)) return files;
  const skipped = new Set(['.git/', ...ownedElsewhere]);
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}${entry.name}`;
      if (entry.isDirectory()) {
        if (!skipped.has(`${path}/`)) walk(`${path}/`);
      } else if (entry.isFile() && path !== '.git') {
        const stat = statSync(join(root, path), { bigint: true });
        files.set(path, `${stat.size}:${stat.mtimeNs}`);
      }
    }
  };
  walk('');
  return files;
}

function empty(root: string): void {
  for (const name of readdirSync(root)) {
    if (name !== '.git') rmSync(join(root, name), { recursive: true, force: true });
  }
}

function removeEmptyParents(root: string, folder: string): void {
  for (let current = folder; current.startsWith(root) && current !== root; current = dirname(current)) {
    if (readdirSync(current).length > 0) return;
    rmdirSync(current);
  }
}

/** The last build's listing; files of folders owned elsewhere are left out (an older record may list them). */
function readRecord(file: string, ownedElsewhere: readonly string[]): { outDir: string; files: Listing } | undefined {
  try {
    const { outDir, files } = JSON.parse(readFileSync(file, 'utf8')) as { outDir: string; files: Record<string, string> };
    return { outDir, files: new Map(Object.entries(files).filter(([path]) => !ownedElsewhere.some((folder) => path.startsWith(folder)))) };
  } catch {
    return undefined;
  }
}
