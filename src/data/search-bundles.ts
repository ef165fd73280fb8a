// Where the search page finds its index: one Pagefind bundle per shard of unit pages
// (src/integrations/search-index.ts writes them); the first is searched, the rest merged in.
import { searchShardFolder, searchShards } from '../domain/search-shards';
import { searchShardSize } from './search-shard-size';
import { href } from './paths';
import type { UnitView } from './site-data';

export function searchBundles(units: readonly UnitView[]): string[] {
  return [
    ...searchShards(
      units.map((unit) => unit.slug),
      searchShardSize(),
    ).keys(),
  ].map((shard) => href(`pagefind/${searchShardFolder(shard)}/`));
}
