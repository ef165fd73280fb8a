// A file cache for pictures we draw at build time (share cards): keyed by a hash of exactly
// what is drawn, so an unchanged unit costs a file read on the next build, not a render.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCacheDir } from '../../build-cache';

export async function cachedRender(kind: string, key: string, render: () => Promise<Buffer>, dir = join(buildCacheDir(), 'showcase', kind)): Promise<Buffer> {
  const file = join(dir, createHash('sha256').update(key).digest('hex'));
  const hit = await readFile(file).catch(() => null);
  if (hit) return hit;
  const bytes = await render();
  await mkdir(dir, { recursive: true });
  // Written aside and renamed, so a build stopped half-way never leaves a broken picture.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}
