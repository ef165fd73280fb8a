import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Where builds keep what they can reuse: Astro's image cache and data store, and our own
// rendered pictures. Keeping this folder between builds is what makes a republish fast.
export function buildCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['SHOWCASE_CACHE_DIR'] ?? './node_modules/.astro';
}

/** Writes a file into the cache aside and renames it, so a build stopped half-way never leaves half a file to reuse. */
export async function keepFile(file: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}

/** keepFile, at once: for files written where the build must not give way to other work. */
export function keepFileSync(file: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** Removes from a folder of the cache every entry (file or folder) this build did not use. */
export function pruneCacheFolder(folder: string, used: (name: string) => boolean): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (!used(name)) rmSync(join(folder, name), { recursive: true, force: true });
  }
}
