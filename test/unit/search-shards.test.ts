import { describe, expect, it } from 'vitest';
import { isIndexFile, searchShardCount, searchShardOf, searchShards } from '../../src/domain/search-shards';

const slugs = (n: number) => Array.from({ length: n }, (_, i) => `dan-wei-${i}`);

describe('search shards', () => {
  it('grows with the site, fifty pages a shard, up to sixteen', () => {
    expect(searchShardCount(0)).toBe(1);
    expect(searchShardCount(3)).toBe(1);
    expect(searchShardCount(50)).toBe(1);
    expect(searchShardCount(51)).toBe(2);
    expect(searchShardCount(500)).toBe(10);
    expect(searchShardCount(1000)).toBe(16);
    expect(searchShardCount(5000)).toBe(16);
  });

  it('puts every page in exactly one shard, spread evenly enough', () => {
    const shards = searchShards(slugs(1000), 100);
    expect([...shards.values()].flat().sort()).toEqual(slugs(1000).sort());
    expect(shards.size).toBe(10);
    for (const members of shards.values()) expect(members.length).toBeGreaterThan(50);
  });

  it('keeps a unit in its shard when other units are edited or added within the same count', () => {
    const before = searchShardOf('yu-tang-zhen', 10);
    expect(searchShardOf('yu-tang-zhen', 10)).toBe(before);
    const withOne = searchShards([...slugs(950), 'yu-tang-zhen']);
    const withTwo = searchShards([...slugs(960), 'yu-tang-zhen']);
    const shardOf = (shards: Map<number, string[]>) => [...shards].find(([, members]) => members.includes('yu-tang-zhen'))?.[0];
    expect(shardOf(withOne)).toBe(shardOf(withTwo));
  });

  it('lists no empty shard', () => {
    expect([...searchShards(['a']).values()]).toEqual([['a']]);
    expect(searchShards([]).size).toBe(0);
  });

  it("tells a shard's index from Pagefind's runtime, as Pagefind 1.x names its files", () => {
    const index = [
      '',
      'pagefind-entry.json',
      'pagefind.zh-cn_19ecf41424ce1.pf_meta',
      'index/zh-cn_1a2b3c4.pf_index',
      'fragment/zh-cn_9f8e7d6.pf_fragment',
      'filter/zh-cn_5a6b7c8.pf_filter',
      'index',
    ];
    const runtime = [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
      'wasm.unknown.pagefind',
      'wasm.zh-cn.pagefind',
    ];
    expect(index.filter((path) => !isIndexFile(path))).toEqual([]);
    expect(runtime.filter((path) => isIndexFile(path))).toEqual([]);
    expect(isIndexFile('fragment\\zh-cn_9f8e7d6.pf_fragment')).toBe(true);
  });
});
