// A report's rendered HTML and its Markdown are kept as files in the build cache, named by the
// report's digest, not in Astro's data store. The store is read whole at every build start and
// bundled into the build; with every report's text in it, it was most of the memory and time
// of a republish. A page reads only the reports it shows.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { buildCacheDir, keepFile, pruneCacheFolder } from '../build-cache';

const folder = (cacheDir: string) => join(cacheDir, 'showcase', 'reports');
const fileOf = (cacheDir: string, digest: string, extension: 'html' | 'md') => join(folder(cacheDir), `${digest}.${extension}`);

export async function keepReportTexts(cacheDir: string, digest: string, texts: { html: string; markdown: string }): Promise<void> {
  await keepFile(fileOf(cacheDir, digest, 'html'), texts.html);
  await keepFile(fileOf(cacheDir, digest, 'md'), texts.markdown);
}

/** Whether the texts of a stored entry are still in the cache (someone may have cleared part of it). */
export function hasReportTexts(cacheDir: string, digest: string): boolean {
  return existsSync(fileOf(cacheDir, digest, 'html')) && existsSync(fileOf(cacheDir, digest, 'md'));
}

/** Texts of reports that are no longer stored go. */
export function pruneReportTexts(cacheDir: string, digests: ReadonlySet<string>): void {
  pruneCacheFolder(folder(cacheDir), (name) => digests.has(name.replace(/\.(html|md)$/, '')));
}

/** The file the loader kept for this entry (the loader and the build share the cache folder). */
const entryFile = (entry: CollectionEntry<'reports'>, extension: 'html' | 'md') => fileOf(buildCacheDir(), String(entry.digest), extension);

/** The entry with its rendered HTML in place, as `render()` from astro:content takes it. */
export async function withReportHtml(entry: CollectionEntry<'reports'>): Promise<CollectionEntry<'reports'>> {
  const html = await readFile(entryFile(entry, 'html'), 'utf8');
  return { ...entry, rendered: { ...entry.rendered, html } };
}

/** The report's Markdown body. */
export async function reportMarkdown(entry: CollectionEntry<'reports'>): Promise<string> {
  return readFile(entryFile(entry, 'md'), 'utf8');
}
