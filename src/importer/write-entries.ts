// Writes entries under the content root. Never overwrites an existing file unless forced.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { containment, DUPLICATE_THRESHOLD, shingles } from './duplicates';
import type { Entry } from './emit';

export interface WriteOutcome {
  entry: Entry;
  path: string;
  status: 'written' | 'skipped-exists' | 'skipped-same-report' | 'overwritten' | 'dry-run';
  /** For skipped-same-report: the existing file with the same report. */
  existing?: string;
}

/** An existing report in the unit's folder with (nearly) the same text, under another name. */
async function sameReport(path: string, content: string): Promise<string | null> {
  const dir = dirname(path);
  if (!existsSync(dir)) return null;
  const mine = shingles(body(content));
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.md') || name === basename(path)) continue;
    const other = shingles(body(await readFile(join(dir, name), 'utf8')));
    if (containment(mine, other) >= DUPLICATE_THRESHOLD) return join(dir, name);
  }
  return null;
}

function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

export async function writeEntries(entries: readonly Entry[], root: string, options: { force: boolean; dryRun: boolean }): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = [];
  for (const entry of entries) {
    const path = join(root, entry.path);
    const exists = existsSync(path);
    // The same report already published under another file name (e.g. hand-curated report.md).
    const same = entry.kind === 'report' && !options.force ? await sameReport(path, entry.content) : null;
    if (same) {
      outcomes.push({ entry, path, status: 'skipped-same-report', existing: same });
      continue;
    }
    if (options.dryRun) {
      outcomes.push({ entry, path, status: exists && !options.force ? 'skipped-exists' : 'dry-run' });
      continue;
    }
    if (exists && !options.force) {
      outcomes.push({ entry, path, status: 'skipped-exists' });
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, entry.content, 'utf8');
    outcomes.push({ entry, path, status: exists ? 'overwritten' : 'written' });
  }
  return outcomes;
}

/** Units already in the content folder: name → folder, read from each units/<folder>/unit.yaml. */
export async function existingUnits(root: string): Promise<Map<string, string>> {
  const units = new Map<string, string>();
  const dir = join(root, 'units');
  if (!existsSync(dir)) return units;
  for (const folder of await readdir(dir)) {
    const file = join(dir, folder, 'unit.yaml');
    if (!existsSync(file)) continue;
    const name = /^name:\s*['"]?(.+?)['"]?\s*$/m.exec(await readFile(file, 'utf8'))?.[1];
    if (name) units.set(name, folder);
  }
  return units;
}
