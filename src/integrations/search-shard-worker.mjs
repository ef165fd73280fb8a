// Indexes search shards in a worker thread of its own (src/integrations/search-index.ts).
// Pagefind's Node API drives one indexing process per module instance, and that process
// indexes on one core: a worker each, with its own instance, lets shards be indexed side by
// side. Plain JavaScript because a worker thread runs outside Vite, as Node finds the file.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/**
 * @typedef {{ id: number, pages: { url: string, file: string }[], outputPath: string }} ShardJob
 * @typedef {{ id: number, errors: string[] }} ShardDone
 */

parentPort?.on('message', (/** @type {ShardJob | 'stop'} */ job) => {
  if (job === 'stop') {
    void pagefind.close().then(() => parentPort?.close());
    return;
  }
  indexShard(job).then(
    (errors) => parentPort?.postMessage(/** @type {ShardDone} */ ({ id: job.id, errors })),
    (error) => parentPort?.postMessage(/** @type {ShardDone} */ ({ id: job.id, errors: [error instanceof Error ? error.message : String(error)] })),
  );
});

/** @param {ShardJob} job */
async function indexShard({ pages, outputPath }) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return errors;
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: readFileSync(page.file, 'utf8') });
    if (added.errors.length > 0) return [`${page.url}: ${added.errors.join('; ')}`];
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) return written.errors;
  await index.deleteIndex();
  // Pagefind's process keeps what it allocated for a shard: ended after each one, it never holds
  // more than one shard's worth while Astro still holds the whole build beside it.
  await pagefind.close();
  return [];
}
