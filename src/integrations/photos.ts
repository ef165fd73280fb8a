// The site's photos, published by the build itself rather than by astro:assets. Astro copies
// every transformed image out of its cache on every build and re-emits every source photo
// through Vite; at 1 000 units × 4 photos that cost a republish about 30 s even when no photo
// changed (bench/results, README "Benchmark"). Here a photo's files are named by its content
// (src/domain/photo-variants.ts): a file already in the output folder is kept as it is, one in
// the cache folder is copied, and only a new one is encoded.
import { availableParallelism } from 'node:os';
import { createReadStream, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import pLimit from 'p-limit';
import { PHOTO_FOLDER, unitPhotoVariants } from '../domain/photo-variants';
import { cachedVariant, publishVariant, type Outcome, type PhotoJob } from '../photos/photo-files';
import { readPhotoManifest, type PhotoManifest } from '../photos/photo-manifest';
import { progressEvery } from '../build-progress';

export interface PhotosOptions {
  cacheDir: string;
}

export function photos({ cacheDir }: PhotosOptions): AstroIntegration {
  const cacheFolder = join(cacheDir, 'showcase', 'photos');
  let outDir = '';
  let base = '/';
  return {
    name: 'showcase:photos',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ logger }) => {
        // The output folder's clean-up leaves this folder alone (src/integrations/kept-output.ts):
        // removing the photo files no longer published is done here.
        await publishPhotos(photoJobs(readPhotoManifest(cacheDir)), join(outDir, PHOTO_FOLDER), cacheFolder, logger);
      },
      // `astro dev`: a photo file is encoded (or read from the cache) when a page first asks for it.
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${PHOTO_FOLDER}/`;
        server.middlewares.use((request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const job = photoJobs(readPhotoManifest(cacheDir)).get(decodeURIComponent(url.slice(prefix.length)));
          if (!job) return next();
          cachedVariant(cacheFolder, job).then(
            ({ path }) => {
              response.setHeader('Content-Type', 'image/webp');
              response.setHeader('Cache-Control', 'no-cache');
              createReadStream(path).pipe(response);
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}

/** Every file to publish, by file name (a photo shared by two units is published once). */
export function photoJobs(manifest: PhotoManifest): Map<string, PhotoJob> {
  const jobs = new Map<string, PhotoJob>();
  for (const photos of Object.values(manifest)) {
    for (const { photo, variant } of unitPhotoVariants(photos)) jobs.set(variant.file, { sourcePath: photo.path, variant });
  }
  return jobs;
}

async function publishPhotos(jobs: Map<string, PhotoJob>, outFolder: string, cacheFolder: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  // One listing of the folder instead of a look at each file: a republish keeps nearly all of
  // them. A file there is whole (each is written aside and renamed into place).
  const present = new Set(filesIn(outFolder));
  const removed = removeUnpublished(outFolder, present, jobs);
  const todo = [...jobs.values()].filter((job) => !present.has(job.variant.file));
  const counts: Record<Outcome, number> = { kept: jobs.size - todo.length, copied: 0, encoded: 0 };
  const limit = pLimit(availableParallelism());
  let done = counts.kept;
  const progress = progressEvery((files, total) => logger.info(`照片：已处理 ${files}/${total} 个文件`));
  await Promise.all(
    todo.map((job) =>
      limit(async () => {
        let outcome: Outcome;
        try {
          outcome = await publishVariant(outFolder, cacheFolder, job);
        } catch (error) {
          throw new Error(`照片 ${job.sourcePath} 无法转换为网页图片：${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
        counts[outcome] += 1;
        done += 1;
        progress(done, jobs.size);
      }),
    ),
  );
  if (jobs.size === 0 && removed.size === 0) return;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(
    `照片：${jobs.size} 个文件，新编码 ${counts.encoded} 个，从缓存复制 ${counts.copied} 个，原样保留 ${counts.kept} 个` +
      `${removed.size > 0 ? `，删除 ${removed.size} 个不再发布的` : ''}，用时 ${seconds} 秒`,
  );
}

/** Removes the files of photos the site no longer shows (a photo taken off, a unit made a draft); returns their names. */
function removeUnpublished(outFolder: string, present: ReadonlySet<string>, published: ReadonlyMap<string, unknown>): Set<string> {
  const removed = new Set<string>();
  for (const name of present) {
    if (published.has(name)) continue;
    rmSync(join(outFolder, name), { force: true, recursive: true });
    removed.add(name);
  }
  return removed;
}

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
