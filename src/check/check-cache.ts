// Check results per unit, kept in the build cache folder and keyed by the unit's digest, so a
// republish after a one-unit edit checks one unit. The key also covers the rules themselves
// (the source of src/check, src/domain, src/schemas) and the options: a changed rule or limit
// checks everything again.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepFileSync } from '../build-cache';
import type { CheckOptions } from './context';
import type { BodyOutline } from './report-outline';
import type { Acknowledgement, Finding } from './types';

export interface CachedUnitResult {
  /** Findings of the per-unit rules, before drafts are graded and acknowledgements applied. */
  findings: Finding[];
  /** Each report's outline, in the unit's report order. */
  outlines: BodyOutline[];
  /** What the build reads of each report's front matter, in the same order, so an unchanged one is not parsed again. */
  reports: CachedReportFacts[];
  /** What the rules across units need of unit.yaml, so an unchanged one is not parsed again. */
  unit: CachedUnitFacts;
}

export interface CachedUnitFacts {
  valid: boolean;
  slug: string | null;
  draft: boolean;
  acknowledgements: Acknowledgement[];
}

export interface CachedReportFacts {
  valid: boolean;
  draft: boolean;
  order: number;
}

export interface CheckCache {
  get(digest: string): CachedUnitResult | undefined;
  set(digest: string, result: CachedUnitResult): void;
  /** Writes what this run used; entries of units that no longer exist are dropped. */
  save(): Promise<void>;
}

const FORMAT = 3;

export function fileCheckCache(cacheDir: string, options: CheckOptions): CheckCache {
  const file = join(cacheDir, 'showcase', 'check-results.json');
  const salt = `${FORMAT}|${rulesDigest()}|${JSON.stringify(options)}`;
  const key = (digest: string) => createHash('sha256').update(salt).update(digest).digest('hex');
  const previous = readEntries(file);
  const current = new Map<string, CachedUnitResult>();
  return {
    get(digest) {
      const found = previous.get(key(digest));
      if (found) current.set(key(digest), found);
      return found;
    },
    set(digest, result) {
      current.set(key(digest), result);
    },
    save() {
      // Written whole, then renamed: a build stopped halfway never leaves half a cache.
      keepFileSync(file, JSON.stringify(Object.fromEntries(current)));
      return Promise.resolve();
    },
  };
}

function readEntries(file: string): Map<string, CachedUnitResult> {
  if (!existsSync(file)) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, CachedUnitResult>));
  } catch {
    // A damaged cache is only lost time: check everything again.
    return new Map();
  }
}

let rules: string | undefined;

/** A digest of the source the rules are written in, found beside this file. */
function rulesDigest(): string {
  if (rules !== undefined) return rules;
  const hash = createHash('sha256');
  const src = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const folder of ['check', 'domain', 'schemas']) {
    const dir = join(src, folder);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|js)$/.test(name))
      .sort();
    for (const name of files) hash.update(`${folder}/${name}\0`).update(readFileSync(join(dir, name)));
  }
  rules = hash.digest('hex');
  return rules;
}
