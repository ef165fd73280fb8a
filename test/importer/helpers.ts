import { readFileSync } from 'node:fs';
import { analyzeSource, type AnalyzedDocument } from '../../src/importer/analyze';
import { decodeText, toSourceLines } from '../../src/importer/decode';
import { finishRun } from '../../src/importer/run';
import type { SourceLine } from '../../src/importer/types';

export const SAMPLE_PATH = new URL('../fixtures/importer/reports-sample.txt', import.meta.url);

export function importText(text: string, name = 'test.txt'): AnalyzedDocument[] {
  return finishRun(analyzeSource(name, toSourceLines(text), 'utf-8'));
}

export function importLines(lines: SourceLine[], encoding: string, name: string): AnalyzedDocument[] {
  return finishRun(analyzeSource(name, lines, encoding));
}

export function importSample(): { docs: AnalyzedDocument[]; lines: SourceLine[] } {
  const decoded = decodeText(readFileSync(SAMPLE_PATH));
  const lines = toSourceLines(decoded.text);
  return { docs: finishRun(analyzeSource('reports-sample.txt', lines, decoded.encoding)), lines };
}

/** A document's sections, depth first, as [depth, title]. */
export function outline(d: AnalyzedDocument | undefined): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const walk = (nodes: AnalyzedDocument['sections']) => {
    for (const n of nodes) {
      out.push([n.depth, n.title]);
      walk(n.children);
    }
  };
  walk(d?.sections ?? []);
  return out;
}

/**
 * A short report as an office types it: the title, each paragraph indented with two full-width
 * spaces, then the 落款 lines (a date by default).
 */
export function reportText(title: string, body: readonly string[], sign: string | readonly string[] = '2024年3月10日'): string {
  return [title, ...body.map((p) => `　　${p}`), ...(typeof sign === 'string' ? [sign] : sign)].join('\n');
}
