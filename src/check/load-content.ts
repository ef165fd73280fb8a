// Reads the content folder as files, without Astro: the check runs before the build and must
// see every file, including ones the build would stop at.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface SourceFile {
  /** Path relative to the working directory, for messages. */
  file: string;
  text: string;
}

export interface LoadedYaml extends SourceFile {
  doc: Document;
  data: unknown;
  /** 1-based line of a field path such as ['honors', 2, 'section']. */
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

export interface LoadedReport extends SourceFile {
  frontmatter: LoadedYaml | null;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
}

export interface LoadedUnit {
  folder: string;
  dir: string;
  /**
   * Changes whenever anything in the unit's folder does: the texts, and the size and time of
   * every other file (photos). Unchanged units reuse their check results.
   */
  digest: string;
  unit: LoadedYaml | null;
  reports: LoadedReport[];
}

export function loadContent(contentDir: string): LoadedUnit[] {
  const unitsDir = join(contentDir, 'units');
  if (!existsSync(unitsDir)) return [];
  return readdirSync(unitsDir)
    .filter((name) => !name.startsWith('.') && statSync(join(unitsDir, name)).isDirectory())
    .sort()
    .map((folder) => {
      const dir = join(unitsDir, folder);
      const unitFile = join(dir, 'unit.yaml');
      const unit = existsSync(unitFile) ? loadYaml(display(unitFile), readFileSync(unitFile, 'utf8')) : null;
      const reports = readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => loadReport(display(join(dir, name)), readFileSync(join(dir, name), 'utf8')));
      return { folder, dir, digest: folderDigest(dir, [unit, ...reports]), unit, reports };
    });
}

function folderDigest(dir: string, texts: readonly (SourceFile | null)[]): string {
  const hash = createHash('sha256').update(display(dir));
  for (const source of texts) if (source) hash.update(`\0${source.file}\0${source.text}`);
  for (const file of filesUnder(dir)) {
    const stat = statSync(file, { throwIfNoEntry: false });
    hash.update(`\0${relative(dir, file)}\0${stat ? `${stat.size}:${stat.mtimeMs}` : 'missing'}`);
  }
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const display = (path: string) => relative(process.cwd(), path) || path;

export function loadYaml(file: string, text: string, firstLine = 1): LoadedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { file, text, doc, data: doc.errors.length > 0 ? undefined : doc.toJS(), lineOf };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function loadReport(file: string, text: string): LoadedReport {
  const match = FRONTMATTER.exec(text);
  if (!match) return { file, text, frontmatter: null, body: text, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { file, text, frontmatter: loadYaml(file, match[1] ?? '', 2), body: text.slice(match[0].length), bodyLine };
}
