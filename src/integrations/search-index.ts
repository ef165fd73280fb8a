// Builds the Pagefind search index over the finished site, in shards of unit pages that the
// search page merges (src/domain/search-shards.ts). A shard is indexed again only when one of
// its pages changed; otherwise its index is copied from the cache folder. Unit pages carry
// data-pagefind-body; their kind, level and years are data-pagefind-filter values. A shard whose
// index the output folder already holds, from the last build, is left where it is. The shards to
// index are indexed side by side, each in a Pagefind process of its own (search-shard-pool.ts).
// Only the first shard published carries Pagefind's runtime; the others, merged by it, carry
// only their index (about 480 KB less each).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { isIndexFile, searchShardFolder, searchShards } from '../domain/search-shards';
import { searchShardSize } from '../data/search-shard-size';
import { keepFileSync, pruneCacheFolder } from '../build-cache';
import { collectGarbage } from '../build-memory';
import { progressEvery } from '../build-progress';
import { indexShards, type ShardJob } from './search-shard-pool';

export interface SearchIndexOptions {
  /** The site's base path ("/" or "/sub/"): the URLs search results link to. */
  base: string;
  /** Where shard indexes are kept between builds. */
  cacheDir: string;
  /** Marks an output folder left as the last build wrote it as still published (src/integrations/kept-output.ts). */
  keep: (folder: string) => void;
  /**
   * Takes the indexing, still under way, so that the hooks after this one (photos, sitemap) run
   * beside it on the main thread while Pagefind indexes in its own processes; whoever takes it
   * waits for it before the output folder is final (src/integrations/kept-output.ts).
   */
  handOver: (work: Promise<void>) => void;
}

export function searchIndex({ base, cacheDir, keep, handOver }: SearchIndexOptions): AstroIntegration {
  return {
    name: 'showcase:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        handOver(publishIndex({ dir, logger, base, cacheDir, keep }));
      },
    },
  };
}

async function publishIndex({
  dir,
  logger,
  base,
  cacheDir,
  keep,
}: { dir: URL; logger: AstroIntegrationLogger } & Omit<SearchIndexOptions, 'handOver'>): Promise<void> {
  const site = fileURLToPath(dir);
  const started = Date.now();
  const prefix = base.replace(/\/?$/, '/');
  const store = join(cacheDir, 'showcase', 'search');
  const output = join(site, 'pagefind');
  const record = join(cacheDir, 'showcase', 'search-published.json');
  const published = readPublished(record, output);
  const pageOf = (slug: string) => join(site, 'units', slug, 'index.html');
  const slugs = existsSync(join(site, 'units')) ? readdirSync(join(site, 'units')).filter((slug) => existsSync(pageOf(slug))) : [];
  const digests = new PageDigests(join(cacheDir, 'showcase', 'search-pages.json'));
  const used = new Set<string>();
  const jobs: (ShardJob & { key: string })[] = [];
  const publishing: { folder: string; key: string; runtime: boolean }[] = [];
  let reindexing = 0;
  try {
    for (const [shard, members] of searchShards(slugs, searchShardSize())) {
      const pages = members.map((slug) => ({ url: `${prefix}units/${slug}/`, file: pageOf(slug), digest: digests.of(pageOf(slug)) }));
      const key = shardKey(pages.map(({ url, digest }) => `${url}\0${digest}`));
      used.add(key);
      // The search page loads Pagefind's scripts, styles and WebAssembly from the first shard
      // only (src/data/search-bundles.ts); the others publish just their index.
      publishing.push({ folder: searchShardFolder(shard), key, runtime: publishing.length === 0 });
      // Written aside and renamed: a build stopped halfway leaves no half index in the cache.
      if (!existsSync(join(store, key))) jobs.push({ key, pages, outputPath: join(store, `${key}.${process.pid}.tmp`) });
    }
    reindexing = jobs.reduce((sum, job) => sum + job.pages.length, 0);
    if (jobs.length > 0) {
      // Pagefind's processes are about to start beside Astro's: Astro's heap gives back its garbage first.
      collectGarbage();
      let indexed = 0;
      const progress = progressEvery((pages, total) => logger.info(`搜索索引：已索引 ${pages} / ${total} 个页面`));
      for (const job of jobs) rmSync(job.outputPath, { recursive: true, force: true });
      await indexShards(jobs, (job) => {
        renameSync(job.outputPath, join(store, job.key));
        indexed += job.pages.length;
        progress(indexed, reindexing);
      });
    }
    for (const { folder, key, runtime } of publishing) {
      if (published[folder] === publishedAs(key, runtime) && existsSync(join(output, folder))) {
        keep(`pagefind/${folder}/`);
      } else {
        const source = join(store, key);
        rmSync(join(output, folder), { recursive: true, force: true });
        cpSync(source, join(output, folder), { recursive: true, ...(runtime ? {} : { filter: (path: string) => isIndexFile(relative(source, path)) }) });
      }
    }
    digests.save();
    keepFileSync(
      record,
      JSON.stringify({ output, shards: Object.fromEntries(publishing.map(({ folder, key, runtime }) => [folder, publishedAs(key, runtime)])) }),
    );
  } catch (error) {
    throw new AstroError(
      `搜索索引生成失败：${error instanceof Error ? error.message : String(error)}`,
      '重新运行 npm ci 安装 Pagefind，再运行 npm run build。',
    );
  } finally {
    for (const job of jobs) rmSync(job.outputPath, { recursive: true, force: true });
  }
  // Shard indexes this build did not use belong to pages that changed: they go.
  pruneCacheFolder(store, (name) => used.has(name));
  logger.info(`搜索索引：${slugs.length} 个页面，其中 ${reindexing} 个重新索引，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
}

/** What the record says a shard folder holds: its index, and whether Pagefind's runtime came with it (scripts, styles, WebAssembly). */
const publishedAs = (key: string, runtime: boolean) => (runtime ? key : `${key}:index-only`);

/** Names a shard's index by its pages (URL and content digest) and the Pagefind that indexes them. */
function shardKey(pages: readonly string[]): string {
  const hash = createHash('sha256').update(pagefindVersion());
  for (const page of pages) hash.update(`\0${page}`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * The content digest of each published unit page, remembered with the file's size and
 * modification time: a page the build left in place (src/integrations/kept-output.ts) is not
 * read again, so a republish reads only the pages it wrote.
 */
class PageDigests {
  private readonly last: Record<string, { stat: string; digest: string }>;
  private readonly next: Record<string, { stat: string; digest: string }> = {};

  constructor(private readonly file: string) {
    try {
      this.last = JSON.parse(readFileSync(file, 'utf8')) as typeof this.last;
    } catch {
      this.last = {};
    }
  }

  of(page: string): string {
    const info = statSync(page, { bigint: true });
    const stat = `${info.size}:${info.mtimeNs}`;
    const known = this.last[page];
    if (known?.stat === stat) {
      this.next[page] = known;
      return known.digest;
    }
    const digest = createHash('sha256').update(readFileSync(page)).digest('hex');
    this.next[page] = { stat, digest };
    return digest;
  }

  save(): void {
    keepFileSync(this.file, JSON.stringify(this.next));
  }
}

/** Which shard index each folder of the published pagefind/ holds, as the last build left it. */
function readPublished(record: string, output: string): Record<string, string> {
  try {
    const last = JSON.parse(readFileSync(record, 'utf8')) as { output: string; shards: Record<string, string> };
    return last.output === output ? last.shards : {};
  } catch {
    return {};
  }
}

let version: string | undefined;

/** A new Pagefind may write another index format: its version is part of every shard's key. */
function pagefindVersion(): string {
  if (version === undefined) {
    const file = join(process.cwd(), 'node_modules', 'pagefind', 'package.json');
    version = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'unknown';
  }
  return version;
}
