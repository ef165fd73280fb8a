// The search index is built in shards of unit pages, merged in the browser (Pagefind's
// mergeIndex): a republish re-indexes only the shards whose pages changed. A unit stays in its
// shard as long as the number of shards stays the same.
import { createHash } from 'node:crypto';

/** Pages per shard aimed at: re-indexing one shard after an edit takes about a second. */
export const PAGES_PER_SHARD = 50;
/** Every shard is one more request per search: a phone should not make dozens. */
const MAX_SHARDS = 16;

export function searchShardCount(pages: number, pagesPerShard = PAGES_PER_SHARD): number {
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(pages / pagesPerShard)));
}

export function searchShardOf(slug: string, count: number): number {
  return createHash('sha256').update(slug).digest().readUInt32BE(0) % count;
}

/** The slugs of each non-empty shard, by shard number, each sorted. */
export function searchShards(slugs: readonly string[], pagesPerShard = PAGES_PER_SHARD): Map<number, string[]> {
  const count = searchShardCount(slugs.length, pagesPerShard);
  const shards = new Map<number, string[]>();
  for (const slug of [...slugs].sort()) {
    const shard = searchShardOf(slug, count);
    shards.set(shard, [...(shards.get(shard) ?? []), slug]);
  }
  return new Map([...shards].sort(([a], [b]) => a - b));
}

/** The folder of a shard's index under the site's pagefind/ folder. */
export const searchShardFolder = (shard: number) => `s${shard}`;

/**
 * Whether a file of Pagefind's output (path relative to the shard's folder) belongs to the index
 * itself, which a merged shard needs: its entry file, metadata, word index, filters and result
 * fragments; not the runtime (scripts, styles, WebAssembly), which the first shard brings.
 */
export function isIndexFile(path: string): boolean {
  const [top = ''] = path.split(/[\\/]/);
  return top === '' || top === 'pagefind-entry.json' || top.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(top);
}
