// A republish keeps the output folder instead of emptying it (Vite's emptyOutDir is off in
// astro.config.mjs): Astro then leaves each unchanged page where it is rather than copying it
// back from the cache, one file after another. In exchange this integration does what emptying
// did: it removes every file the new build does not publish (src/domain/stale-files.ts), and it
// empties the folder first whenever it no longer holds exactly what the last build left there.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { holdsUnchanged, staleFiles, type Listing } from '../domain/stale-files';

export interface KeptOutput {
  integration: AstroIntegration;
  /** Marks a folder of the output (relative path, ending in `/`) as published by this build without being written again. */
  keep(folder: string): void;
}

export interface KeptOutputOptions {
  cacheDir: string;
  /**
   * Folders (relative, ending in `/`) whose files are named by what they hold (the photos,
   * src/domain/photo-variants.ts): a file's name is its signature, so thousands of them are
   * listed without a look at each.
   */
  namedByContent?: readonly string[];
}

/** Must come last among the integrations: its clean-up runs after every other one has written. */
export function keptOutput({ cacheDir, namedByContent = [] }: KeptOutputOptions): KeptOutput {
  const record = join(cacheDir, 'showcase', 'output-listing.json');
  const keptFolders = new Set<string>();
  let outDir = '';
  let before: Listing = new Map();
  return {
    keep: (folder) => keptFolders.add(folder),
    integration: {
      name: 'showcase:kept-output',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
        'astro:build:start': ({ logger }) => {
          keptFolders.clear();
          before = listing(outDir, namedByContent);
          if (before.size === 0) return;
          const last = readRecord(record);
          if (last?.outDir === outDir && holdsUnchanged(last.files, before)) return;
          logger.info('发布目录不是上次构建留下的原样，先清空再完整发布');
          empty(outDir);
          before = new Map();
        },
        'astro:build:done': ({ assets, logger }) => {
          const published = new Set([...assets.values()].flat().map((url) => relativePath(outDir, fileURLToPath(url))));
          const after = new Map(listing(outDir, namedByContent));
          const stale = staleFiles(before, after, (path) => published.has(path) || [...keptFolders].some((folder) => path.startsWith(folder)));
          for (const path of stale) {
            rmSync(join(outDir, path), { force: true });
            removeEmptyParents(outDir, dirname(join(outDir, path)));
            after.delete(path);
          }
          mkdirSync(dirname(record), { recursive: true });
          writeFileSync(record, JSON.stringify({ outDir, files: Object.fromEntries(after) }));
          if (stale.length > 0) logger.info(`删除了 ${stale.length} 个本次不再发布的文件（已删除或转为草稿的单位、已撤下的照片等）`);
        },
      },
    },
  };
}

function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Every file under the folder (but a `.git` kept beside the site, which emptying also spares). */
function listing(root: string, namedByContent: readonly string[]): Listing {
  if (!existsSync(root)) return new Map();
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relativePath(root, join(entry.parentPath, entry.name));
    if (path === '.git' || path.startsWith('.git/')) continue;
    if (namedByContent.some((folder) => path.startsWith(folder))) {
      files.set(path, 'named');
      continue;
    }
    const stat = statSync(join(root, path), { bigint: true });
    files.set(path, `${stat.size}:${stat.mtimeNs}`);
  }
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

function readRecord(file: string): { outDir: string; files: Listing } | undefined {
  try {
    const { outDir, files } = JSON.parse(readFileSync(file, 'utf8')) as { outDir: string; files: Record<string, string> };
    return { outDir, files: new Map(Object.entries(files)) };
  } catch {
    return undefined;
  }
}
