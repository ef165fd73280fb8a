// A file cache for pictures we draw at build time (share cards): keyed by a hash of exactly
// what is drawn, so an unchanged unit costs a file read on the next build, not a render.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCacheDir, keepFile } from '../../build-cache';

export async function cachedRender(kind: string, key: string, render: () => Promise<Buffer>, dir = join(buildCacheDir(), 'showcase', kind)): Promise<Buffer> {
  const file = join(dir, createHash('sha256').update(key).digest('hex'));
  const hit = await readFile(file).catch(() => null);
  if (hit) return hit;
  const bytes = await render();
  await keepFile(file, bytes);
  return bytes;
}
