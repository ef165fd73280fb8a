// Reads the content folder as files, without Astro: the check runs before the build and must
// see every file, including ones the build would stop at.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, LineCounter, parseDocument } from 'yaml';
import { decodeSource, MAX_YAML_ALIASES, MAX_YAML_BYTES, readUnitFile, SourceError, tooBusyMarkdown, tooDeepMarkdown, tooDeepYaml } from './read-source';

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
  /** Why the file could not be read or parsed safely (then `data` is undefined). */
  problem?: SourceError | undefined;
}

export interface LoadedReport extends SourceFile {
  frontmatter: LoadedYaml | null;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  /** Why the file is refused as it is (encoding, nesting); its body is then left empty. */
  problem?: SourceError;
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
    .filter((name) => !name.startsWith('.') && isFolder(join(unitsDir, name)))
    .sort()
    .map((folder) => {
      const dir = join(unitsDir, folder);
      const unitFile = join(dir, 'unit.yaml');
      const unit = exists(unitFile)
        ? readSource(
            unitFile,
            dir,
            (text) => lazyYaml(display(unitFile), text),
            (problem) => failedYaml(display(unitFile), problem),
          )
        : null;
      const reports = readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => join(dir, name))
        .map((path) =>
          readSource(
            path,
            dir,
            (text) => loadReport(display(path), text),
            (problem) => failedReport(display(path), problem),
          ),
        );
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

/** Reads and decodes a unit's file; a file that cannot be read becomes its problem, never a crash. */
function readSource<T extends { problem?: SourceError | undefined }>(
  path: string,
  dir: string,
  load: (text: string) => T,
  fail: (problem: SourceError) => T,
): T {
  try {
    // GB18030 (Chinese Windows' default) and UTF-16 are decoded here, and the build publishes
    // what was decoded here (src/loaders/content-pipeline.ts): nothing reaches a page garbled.
    return load(decodeSource(readUnitFile(path, dir)).text);
  } catch (error) {
    if (error instanceof SourceError) return fail(error);
    throw error;
  }
}

const exists = (path: string) => existsSync(path) || lstatSync(path, { throwIfNoEntry: false }) !== undefined;
const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
const failedYaml = (file: string, problem: SourceError): LoadedYaml => ({
  file,
  text: '',
  doc: new Document(),
  data: undefined,
  lineOf: () => problem.line,
  problem,
});
// A report's problem is carried by its front matter too, where the schema check reports it.
const failedReport = (file: string, problem: SourceError): LoadedReport => ({
  file,
  text: '',
  frontmatter: failedYaml(file, problem),
  body: '',
  bodyLine: 1,
  problem,
});

const display = (path: string) => relative(process.cwd(), path) || path;

export function loadYaml(file: string, text: string, firstLine = 1): LoadedYaml {
  const deep = tooDeepYaml(text);
  if (text.length > MAX_YAML_BYTES)
    return failedYaml(
      file,
      new SourceError(`单位信息或 front matter 超过 ${MAX_YAML_BYTES / 1024} KB`, '这里只写单位的基本信息；长篇文字请写进报告（.md）正文。', firstLine),
    );
  if (deep !== null)
    return failedYaml(
      file,
      new SourceError(`第${deep + firstLine - 1}行：层级嵌套太深（超过 32 层）`, '单位信息只需几层缩进：检查缩进和括号是否写错。', deep + firstLine - 1),
    );
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    // yaml refuses to expand too many aliases (a "billion laughs" file).
    return {
      ...failedYaml(file, new SourceError(`别名（*名称）展开得太多，超过 ${MAX_YAML_ALIASES} 处`, '不要用 &名称 / *名称 引用：把内容直接写出来。', firstLine)),
      text,
    };
  }
  return { file, text, doc, data, lineOf };
}

/**
 * unit.yaml, parsed when first read. A republish reuses the check results of every unchanged
 * unit (src/check/check-cache.ts) and stores only changed ones, so most are never parsed.
 */
export function lazyYaml(file: string, text: string, firstLine = 1): LoadedYaml {
  let loaded: LoadedYaml | undefined;
  const load = () => (loaded ??= loadYaml(file, text, firstLine));
  return {
    file,
    text,
    get doc() {
      return load().doc;
    },
    get data() {
      return load().data;
    },
    get lineOf() {
      return load().lineOf;
    },
    get problem() {
      return load().problem;
    },
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function loadReport(file: string, text: string): LoadedReport {
  const deep = tooDeepMarkdown(text);
  if (deep !== null)
    return failedReport(file, new SourceError(`第${deep}行：引用（>）或列表嵌套太深（超过 24 层）`, '报告正文只需几层列表或引用：删去多余的 > 或缩进。', deep));
  const busy = tooBusyMarkdown(text);
  if (busy)
    return failedReport(
      file,
      new SourceError(
        `第${busy.line}行：${busy.why}，无法安全处理`,
        '正文是否混入了乱码或程序生成的内容？删去多余的符号；一段很长的文字请分成几段（段与段之间空一行）。',
        busy.line,
      ),
    );
  const match = FRONTMATTER.exec(text);
  if (!match) return { file, text, frontmatter: null, body: text, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { file, text, frontmatter: lazyYaml(file, match[1] ?? '', 2), body: text.slice(match[0].length), bodyLine };
}
