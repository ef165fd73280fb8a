// The one content pipeline. Both collections load from one reading of the content folder: the
// publishing gate (src/check) reads, parses and checks it once, and the loaders store what it
// parsed. An error stops the build before a page is written; drafts never enter the store.
// Entries whose files did not change keep their stored (and rendered) form from the last build;
// a report's texts are kept beside the store, in the cache folder.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { fileCheckCache } from '../check/check-cache';
import { formatCheckResult } from '../check/format';
import { sentencesOf } from '../check/report-texts';
import type { CheckedUnit } from '../check/context';
import { DEFAULT_OPTIONS, validateContent, type ValidatedContent } from '../check/run-check';
import { quoteSentenceIds, quotesIn } from '../domain/quote-sentences';
import { byReportOrder } from '../domain/report-order';
import { hasReportTexts, keepReportTexts, pruneReportTexts } from '../data/report-text-files';
import { writePhotoManifest, type PhotoManifest } from '../photos/photo-manifest';
import { readPhotoSources, type PhotoReading } from '../photos/photo-source';
import { progressEvery } from '../build-progress';
import { storedPhotoMetadata, storedPhotoSignatures, storedPhotoSources } from '../photos/stored-photos';

export interface ContentPipelineOptions {
  contentDir: string;
  /** Where check results are kept between builds (the build cache folder). */
  cacheDir: string;
}

export interface ContentPipeline {
  units: Loader;
  reports: Loader;
}

export function contentPipeline({ contentDir, cacheDir }: ContentPipelineOptions): ContentPipeline {
  // The two loaders of one sync share one run of the gate: the n-th call of each gets the n-th run.
  const runs = new Map<number, Promise<ValidatedContent>>();
  const calls = { units: 0, reports: 0 };
  const validated = (collection: keyof typeof calls, context: LoaderContext): Promise<ValidatedContent> => {
    const generation = (calls[collection] += 1);
    const shared = runs.get(generation);
    if (shared) {
      runs.delete(generation);
      return shared;
    }
    const run = gate(contentDir, cacheDir, context);
    runs.set(generation, run);
    return run;
  };
  const loader = (collection: keyof typeof calls, store: (context: LoaderContext, content: ValidatedContent) => Promise<void>): Loader => ({
    name: `showcase-${collection}`,
    load: async (context) => {
      await store(context, await validated(collection, context));
      watchContent(contentDir, context, async () => store(context, await gate(contentDir, cacheDir, context)));
    },
  });
  return {
    units: loader('units', (context, content) => storeUnits(context, content, cacheDir)),
    reports: loader('reports', (context, content) => storeReports(context, content, cacheDir)),
  };
}

/**
 * `astro dev` while editing content: any change under the content folder checks and stores the
 * collection again. A mistake is shown in the terminal, and the last good content stays.
 */
function watchContent(contentDir: string, context: LoaderContext, reload: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const root = resolve(contentDir);
  watcher.add(root);
  const onChange = (path: string) => {
    if (!resolve(path).startsWith(root)) return;
    reload().then(
      () => logger.info(`已重新读取 ${relative(process.cwd(), path)}`),
      (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
    );
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
}

async function gate(contentDir: string, cacheDir: string, context: LoaderContext): Promise<ValidatedContent> {
  const cache = fileCheckCache(cacheDir, DEFAULT_OPTIONS);
  const report = progressEvery((checked, total) => context.logger.info(`内容检查：已检查 ${checked} / ${total} 个单位`));
  // Astro writes its whole data store 500 ms after the store's last change, and each sync begins
  // by changing the store's metadata: a check longer than that had the store written once in
  // the middle of it and again once the loaders stored (about 0.3 s at 1 000 units). Touching
  // the loader's metadata before each unit puts that first write off until the check is done.
  const progress = (checked: number, total: number) => {
    context.meta.set('check', 'running');
    report(checked, total);
  };
  const content = await validateContent(contentDir, DEFAULT_OPTIONS, cache, progress);
  const { result } = content;
  // Only for proving the second line of defence (sanitizing) in tests; never for publishing.
  const skip = process.env['SHOWCASE_UNSAFE_SKIP_CHECK'] === '1';
  if (result.errors > 0 && !skip) {
    throw new AstroError(
      `发布前检查未通过，网站没有生成。\n\n${formatCheckResult(result)}`,
      '改正上面列出的错误后重新运行 npm run build；单独检查可运行 npm run check:content。',
    );
  }
  if (context.collection === 'units') {
    if (skip) context.logger.warn('SHOWCASE_UNSAFE_SKIP_CHECK=1：发布前检查已跳过，这样生成的网站不得发布。');
    context.logger.info(
      `内容检查通过：${result.units} 个单位、${result.reports} 份报告，${result.warnings} 个警告，${result.acknowledged.length} 处已登记的例外。`,
    );
    for (const finding of result.findings) context.logger.warn(`${finding.file}${finding.line ? `:${finding.line}` : ''} ${finding.message}`);
  }
  return content;
}

/** Published units: valid and not drafts. */
const publishedUnits = (content: ValidatedContent) => content.units.filter((unit) => unit.valid && unit.source.unit && !unit.draft);

/** A unit's reports that are published, in page order (as src/data/site-data.ts shows them). */
const publishedReports = (unit: CheckedUnit) =>
  unit.reports
    .filter((report) => report.valid && !report.draft)
    .sort((a, b) => byReportOrder({ order: a.order, name: a.source.file }, { order: b.order, name: b.source.file }));

/** What a stored unit holds changes now and then (form 2: its photos' digests and sizes, with their files' signatures); see REPORT_FORM. */
const UNIT_FORM = 2;

/** A unit's photo as stored: its entry in unit.yaml. */
interface StoredPhoto {
  file: string;
  people: boolean;
  consent: boolean;
}

async function storeUnits(context: LoaderContext, content: ValidatedContent, cacheDir: string): Promise<void> {
  const { store } = context;
  const kept = new Set<string>();
  const manifest: PhotoManifest = {};
  for (const unit of publishedUnits(content)) {
    const yaml = unit.source.unit!;
    const id = unit.source.folder;
    kept.add(id);
    // The folder's digest: a replaced photo changes the unit as much as an edited unit.yaml.
    const digest = `${UNIT_FORM}:${unit.source.digest}`;
    const filePath = resolve(yaml.file);
    if (!unchanged(store, id, digest)) {
      const data = await context.parseData({ id, data: yaml.data as Record<string, unknown>, filePath });
      // Each quoted fact's sentence, located once here (the folder digest covers the reports):
      // the build keeps this small map rather than every report's sentences.
      const sentenceIds = quoteSentenceIds(
        quotesIn(data),
        publishedReports(unit).map((report) => sentencesOf(report.source)),
      );
      // Each photo's digest and size, read once here: its published files are named by them.
      const readings = await readPhotoSources(
        (data['photos'] as StoredPhoto[]).map((photo) => ({ file: photo.file, path: photoPath(filePath, photo.file) })),
        lastPhotoReadings(store, id),
      );
      store.set({
        id,
        data,
        filePath: rootRelative(context, filePath),
        digest,
        rendered: {
          html: '',
          metadata: { quoteSentenceIds: sentenceIds, ...storedPhotoMetadata(readings) },
        },
      });
    }
    manifest[id] = manifestPhotos(store, id, filePath);
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  writePhotoManifest(cacheDir, manifest);
}

/** A photo's file: its path in unit.yaml is relative to unit.yaml. */
const photoPath = (unitFile: string, file: string) => resolve(dirname(unitFile), file);

/** The stored unit's photos as its last build read them. */
function lastPhotoReadings(store: DataStore, id: string): PhotoReading[] {
  const metadata = store.get(id)?.rendered?.metadata;
  const sources = storedPhotoSources(metadata);
  const signatures = storedPhotoSignatures(metadata);
  return sources.flatMap((source, index) => (signatures[index] === undefined ? [] : [{ signature: signatures[index], source }]));
}

/** The stored unit's photos as the build's photo step needs them (src/photos/photo-manifest.ts). */
function manifestPhotos(store: DataStore, id: string, filePath: string) {
  const entry = store.get(id);
  const photos = (entry?.data['photos'] ?? []) as StoredPhoto[];
  const sources = storedPhotoSources(entry?.rendered?.metadata);
  return photos.map((photo, index) => ({
    path: photoPath(filePath, photo.file),
    source: sources[index]!,
    people: photo.people,
    consent: photo.consent,
  }));
}

/**
 * What a stored report holds changes now and then (its texts moved out to files in form 2);
 * the form is part of each report's digest, so that entries of another form are stored again
 * (Astro keeps an entry whose digest is unchanged).
 */
const REPORT_FORM = 2;

async function storeReports(context: LoaderContext, content: ValidatedContent, cacheDir: string): Promise<void> {
  const { store } = context;
  const kept = new Set<string>();
  const digests = new Set<string>();
  const reports = publishedUnits(content).flatMap((unit) => publishedReports(unit).map((report) => ({ unit, report })));
  const progress = progressEvery((done, total) => context.logger.info(`报告转为网页：已完成 ${done} / ${total} 份`));
  for (const [index, { unit, report }] of reports.entries()) {
    progress(index, reports.length);
    const id = `${unit.source.folder}/${report.source.file.split(/[\\/]/).at(-1)!.replace(/\.md$/, '')}`;
    kept.add(id);
    const digest = context.generateDigest(`${REPORT_FORM}\n${report.source.text}`);
    digests.add(digest);
    const filePath = resolve(report.source.file);
    if (hasReportTexts(cacheDir, digest) && unchanged(store, id, digest)) continue;
    const { html, metadata } = await context.renderMarkdown(report.source.body, { fileURL: pathToFileURL(filePath) });
    // The texts go to files (src/data/report-text-files.ts); the store keeps what every page reads.
    await keepReportTexts(cacheDir, digest, { html, markdown: report.source.body });
    const data = await context.parseData({ id, data: report.source.frontmatter!.data as Record<string, unknown>, filePath });
    store.set({
      id,
      data,
      filePath: rootRelative(context, filePath),
      digest,
      rendered: { html: '', metadata: metadata ?? {} },
      assetImports: metadata?.imagePaths ?? [],
    });
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  pruneReportTexts(cacheDir, digests);
}

/**
 * An entry stored by the last build from the same text is kept as it is (with its rendered
 * HTML); its photos and images must still be handed to this build, as Astro's glob loader does.
 */
function unchanged(store: DataStore, id: string, digest: string): boolean {
  const existing = store.get(id);
  if (existing?.digest !== digest || !existing.filePath) return false;
  // addAssetImports is on the store Astro hands loaders, though not in its public type.
  const assets = store as DataStore & { addAssetImports?: (assets: string[], filePath: string) => void };
  if (existing.assetImports?.length) assets.addAssetImports?.(existing.assetImports, existing.filePath);
  return true;
}

const rootRelative = (context: LoaderContext, path: string) => relative(fileURLToPath(context.config.root), path).split('\\').join('/');
