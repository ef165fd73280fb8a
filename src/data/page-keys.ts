// Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code
// are unchanged is copied from the last build instead of rendered. A key is a digest of exactly
// what the page shows, and of the site settings every page shows (title, base, snapshot).
import { createHash } from 'node:crypto';
import { siteConfig } from '../site.config';

/** The key of a page that shows `shown`: plain data, Maps and Sets included. */
export function pageKey(...shown: unknown[]): string {
  const hash = createHash('sha256').update(JSON.stringify(siteConfig));
  for (const part of shown) hash.update('\0').update(JSON.stringify(part, plainValue) ?? 'undefined');
  return hash.digest('base64url');
}

function plainValue(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  if (typeof value === 'function') throw new TypeError('pageKey: a page key cannot cover a function');
  return value;
}
