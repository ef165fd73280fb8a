// Runs a real `astro build` of a content folder into a fresh output folder, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

const root = resolve(import.meta.dirname, '../..');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * A fresh output folder inside the project: Astro stages prerendered chunks in the output folder
 * when it lies under the working directory, and in one shared ./.astro/.prerender otherwise,
 * where builds running side by side would delete each other's chunks.
 */
export function freshOutDir(): string {
  const parent = join(root, 'node_modules/.cache');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'showcase-dist-'));
}

export function astroBuild(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const outDir = freshOutDir();
  // Each build gets its own cache folder so parallel builds of different content do not share a data store.
  const cacheDir = mkdtempSync(join(tmpdir(), 'showcase-cache-'));
  const result = spawnSync(process.execPath, [astroBin, 'build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      SHOWCASE_CONTENT_DIR: contentDir,
      SHOWCASE_OUT_DIR: outDir,
      SHOWCASE_CACHE_DIR: cacheDir,
      NO_COLOR: '1',
      ...env,
    },
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
