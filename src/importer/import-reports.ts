// The importer's one entry point: read every input, analyse each document, settle what needs
// them all (duplicates, the report's date), build the content entries and write them (unless it
// is a dry run). The command line only parses its arguments and prints what this returns.
import { analyzeSource, type AnalyzedDocument } from './analyze';
import { buildEntries } from './emit';
import { loadSource } from './read-source';
import { finishRun } from './run';
import { existingUnits, writeEntries, type WriteOutcome } from './write-entries';

export interface ImportOptions {
  /** The content folder that receives units/. */
  out: string;
  /** Overwrite existing files. */
  force: boolean;
  /** Report only: write nothing. */
  dryRun: boolean;
  /** Progress on long runs, one line at a time. */
  log?: (line: string) => void;
}

export interface ImportResult {
  documents: AnalyzedDocument[];
  outcomes: WriteOutcome[];
}

export async function importReports(files: readonly string[], options: ImportOptions): Promise<ImportResult> {
  const log = options.log ?? (() => {});
  const documents: AnalyzedDocument[] = [];
  for (const [i, file] of files.entries()) {
    if (files.length > 3) log(`[${i + 1}/${files.length}] 正在读取 ${file}`);
    const source = await loadSource(file);
    const found = analyzeSource(source.name, source.lines, source.encoding);
    for (const document of found) {
      document.source = file;
      if (source.replaced > 0)
        document.warnings.push({
          kind: 'encoding',
          line: 0,
          text: '',
          hint: `有 ${source.replaced} 个字符无法识别（显示为 �）：文件编码可能有误，请用记事本另存为 UTF-8 后重新导入`,
        });
    }
    if (found.length === 0) log(`${file}：没有找到任何内容`);
    documents.push(...found);
  }
  finishRun(documents);
  const entries = buildEntries(documents, await existingUnits(options.out));
  const outcomes = await writeEntries(entries, options.out, { force: options.force, dryRun: options.dryRun });
  return { documents, outcomes };
}
