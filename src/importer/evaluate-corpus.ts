// Runs the importer over every report of a corpus folder (reports beside their expected facts
// in YAML of the same name) and scores each file (see evaluate.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { analyzeSource } from './analyze';
import { scoreFile, sumScores, type ExpectedDocument, type FileScore, type Miss } from './evaluate';
import { loadSource } from './read-source';
import { finishRun } from './run';

export interface CorpusResult {
  files: Array<{ file: string; score: FileScore }>;
  total: FileScore;
  misses: Miss[];
}

export const CORPUS_DIR = new URL('../../test/fixtures/importer/corpus/', import.meta.url).pathname;

export async function evaluateCorpus(dir = CORPUS_DIR): Promise<CorpusResult> {
  const reports = readdirSync(dir)
    .filter((f) => /\.(txt|docx)$/.test(f))
    .sort();
  const files: CorpusResult['files'] = [];
  const misses: Miss[] = [];
  for (const file of reports) {
    const expected = parse(readFileSync(join(dir, file.replace(/\.(txt|docx)$/, '.yaml')), 'utf8')) as { documents: ExpectedDocument[] };
    const source = await loadSource(join(dir, file));
    const docs = finishRun(analyzeSource(source.name, source.lines, source.encoding));
    const result = scoreFile(file, docs, expected.documents);
    files.push({ file, score: result.score });
    misses.push(...result.misses);
  }
  return { files, total: sumScores(files.map((f) => f.score)), misses };
}
