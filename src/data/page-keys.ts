// Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code
// are unchanged is copied from the last build instead of rendered. A key is a digest of exactly
// what the page shows, and of the site settings every page shows (title, base, snapshot).
import { createHash } from 'node:crypto';
import { siteConfig } from '../site.config';
import type { UnitView } from './site-data';

/** The key of a page that shows `shown`: plain data, Maps and Sets included. */
export function pageKey(...shown: unknown[]): string {
  const hash = createHash('sha256').update(JSON.stringify(siteConfig));
  for (const part of shown) hash.update('\0').update(JSON.stringify(part, plainValue) ?? 'undefined');
  return hash.digest('base64url');
}

function plainValue(_key: string, value: unknown): unknown {
  if (isImage(value)) return imageIdentity(value);
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  if (typeof value === 'function') throw new TypeError('pageKey: a page key cannot cover a function');
  return value;
}

type ImportedImage = ImageMetadata & { clone: ImageMetadata };

/** An imported image (Astro's proxy over its metadata), told without reading through the proxy. */
function isImage(value: unknown): value is ImportedImage {
  return typeof value === 'object' && value !== null && 'src' in value && 'format' in value && 'width' in value && 'height' in value;
}

/**
 * An image as a key sees it: its URL (named by the file's content hash) and size, read from the
 * hidden `clone`. Reading the image itself would mark its original as used, and Astro would then
 * publish the original (with its EXIF) beside the WebP copies.
 */
function imageIdentity(image: ImportedImage): { image: string; width: number; height: number } {
  const { src, width, height } = image.clone;
  return { image: src, width, height };
}

const factsKeys = new WeakMap<readonly UnitView[], string>();

/**
 * The key of a page that shows facts from across the site (home, statistics, honor roll, open
 * data…): every unit's facts, titles, figures and report outlines, and not a report's text,
 * which such pages never show (it is read only through src/data/report-text-files.ts). So an
 * edit of a report's wording re-renders none of them, unless it moves a quoted sentence.
 */
export function factsKey(units: readonly UnitView[]): string {
  let key = factsKeys.get(units);
  if (key === undefined) {
    key = pageKey(
      // The unit's digest and each report entry's change with the report's text: left out.
      units.map((unit) => ({
        ...unit,
        digest: undefined,
        reports: unit.reports.map((report) => ({ ...report, entry: undefined, data: report.entry.data, metadata: report.entry.rendered?.metadata })),
      })),
    );
    factsKeys.set(units, key);
  }
  return key;
}

/** getStaticPaths of a route that stands for one page of facts from across the site (`[...index]`). */
export function factsPage(units: readonly UnitView[]) {
  return [{ params: { index: undefined }, cacheKey: factsKey(units) }];
}
