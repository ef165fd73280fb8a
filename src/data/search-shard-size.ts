// Read by both the search page and the indexer (which runs in the Astro config, so this file
// imports nothing of the site).
import { PAGES_PER_SHARD } from '../domain/search-shards';

/**
 * Pages per shard; SHOWCASE_SEARCH_SHARD_SIZE overrides it so that tests can search a small
 * site split into several shards, as a large one is.
 */
export function searchShardSize(env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env['SHOWCASE_SEARCH_SHARD_SIZE']);
  return Number.isInteger(size) && size > 0 ? size : PAGES_PER_SHARD;
}
