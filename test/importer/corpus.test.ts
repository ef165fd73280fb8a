// The fidelity corpus (test/fixtures/importer/corpus): the importer's precision and recall must
// not fall below the committed baseline (npm run eval:import prints the figures), and every
// report in it must rebuild losslessly from what was kept, removed and replaced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/importer/analyze';
import { FACT_KINDS, overall, rates } from '../../src/importer/evaluate';
import { CORPUS_DIR, evaluateCorpus } from '../../src/importer/evaluate-corpus';
import { buildEntries } from '../../src/importer/emit';
import { reconstructLines } from '../../src/importer/lossless';
import { parse } from 'yaml';
import { loadSource } from '../../src/importer/read-source';
import { finishRun } from '../../src/importer/run';

const baseline = JSON.parse(readFileSync(new URL('../fixtures/importer/eval-baseline.json', import.meta.url), 'utf8')) as {
  total: { precision: number; recall: number };
  byKind: Record<string, { precision: number; recall: number }>;
};

describe('fidelity corpus', async () => {
  const result = await evaluateCorpus();
  const miss = result.misses.map((m) => `${m.type} ${m.file} [${m.kind}] ${m.fact}`).join('\n');

  it('holds at least 12 reports of schools, hospitals, communities and enterprises, in every source form', () => {
    const files = result.files.map((f) => f.file);
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const shape of ['school', 'hospital', 'community', 'enterprise', 'web', 'traditional', 'docx', 'pdf', 'gb18030', 'utf16']) {
      expect(
        files.some((f) => f.includes(shape)),
        shape,
      ).toBe(true);
    }
  });

  it('keeps total precision and recall at or above the committed baseline', () => {
    const total = rates(overall(result.total));
    expect(total.precision, miss).toBeGreaterThanOrEqual(baseline.total.precision);
    expect(total.recall, miss).toBeGreaterThanOrEqual(baseline.total.recall);
  });

  it.each(FACT_KINDS.map((k) => [k]))('reaches 95 %% precision and recall for %s, and its baseline', (kind) => {
    const r = rates(result.total[kind]);
    const floor = baseline.byKind[kind] ?? { precision: 0.95, recall: 0.95 };
    expect(r.precision, miss).toBeGreaterThanOrEqual(Math.max(0.95, Math.min(floor.precision, 1)));
    expect(r.recall, miss).toBeGreaterThanOrEqual(Math.max(0.95, Math.min(floor.recall, 1)));
  });

  // Reports written after the tuning. First runs, before the fixes they led to: holdout
  // 94.5 % precision / 93.2 % recall, holdout2 92.3 % / 90.6 %, holdout3 92.9 % / 92.9 %
  // (holdout3/FIRST-RUN.md), holdout4 91.9 % / 90.0 % (holdout4/FIRST-RUN.md), holdout5
  // 89.4 % / 90.1 % (holdout5/FIRST-RUN.md), holdout6 85.8 % / 88.0 % (holdout6/FIRST-RUN.md),
  // holdout7 86.8 % / 85.2 % (holdout7/FIRST-RUN.md), holdout8 92.5 % / 86.7 % (holdout8/FIRST-RUN.md),
  // holdout9 92.0 % / 92.7 % (holdout9/FIRST-RUN.md), holdout10 90.0 % / 88.3 % (holdout10/FIRST-RUN.md),
  // holdout11 88.5 % / 89.1 % (holdout11/FIRST-RUN.md), holdout12 88.0 % / 85.9 % (holdout12/FIRST-RUN.md),
  // holdout13 88.8 % / 87.3 % (holdout13/FIRST-RUN.md), holdout14 91.8 % / 94.0 % (holdout14/FIRST-RUN.md),
  // holdout15 96.7 % / 96.7 % (holdout15/FIRST-RUN.md), holdout16 94.7 % / 94.3 % (holdout16/FIRST-RUN.md),
  // holdout17 93.5 % / 93.5 % (holdout17/FIRST-RUN.md), holdout18 90.2 % / 88.8 % (holdout18/FIRST-RUN.md),
  // holdout19 94.5 % / 93.5 % (holdout19/FIRST-RUN.md), holdout20 80.0 % / 80.4 % (holdout20/FIRST-RUN.md),
  // holdout21 94.9 % / 94.2 % (holdout21/FIRST-RUN.md), holdout22 95.0 % / 95.4 % (holdout22/FIRST-RUN.md),
  // holdout23 95.0 % / 94.1 % (holdout23/FIRST-RUN.md), holdout24 95.1 % / 94.2 % (holdout24/FIRST-RUN.md),
  // holdout25 91.2 % / 91.2 % (holdout25/FIRST-RUN.md), holdout26 86.6 % / 91.0 % (holdout26/FIRST-RUN.md),
  // holdout27 95.8 % / 94.0 % (holdout27/FIRST-RUN.md), holdout28 94.9 % / 92.0 % (holdout28/FIRST-RUN.md),
  // holdout29 94.9 % / 93.4 % (holdout29/FIRST-RUN.md), holdout30 84.7 % / 84.2 % (holdout30/FIRST-RUN.md),
  // holdout31 97.6 % / 98.0 % (holdout31/FIRST-RUN.md, no fix has seen it).
  // holdout32 90.6 % / 90.9 % (holdout32/FIRST-RUN.md), holdout33 94.9 % / 93.5 % (holdout33/FIRST-RUN.md).
  // holdout34 96.6 % / 97.0 % (holdout34/FIRST-RUN.md), holdout35 95.3 % / 95.7 % (holdout35/FIRST-RUN.md),
  // holdout36 97.2 % / 96.0 % (holdout36/FIRST-RUN.md), holdout37 98.2 % / 97.5 % (holdout37/FIRST-RUN.md),
  // holdout38 85.6 % / 87.5 % (holdout38/FIRST-RUN.md), holdout39 93.3 % / 92.9 % (holdout39/FIRST-RUN.md).
  it.each([
    ['holdout'],
    ['holdout2'],
    ['holdout3'],
    ['holdout4'],
    ['holdout5'],
    ['holdout6'],
    ['holdout7'],
    ['holdout8'],
    ['holdout9'],
    ['holdout10'],
    ['holdout11'],
    ['holdout12'],
    ['holdout13'],
    ['holdout14'],
    ['holdout15'],
    ['holdout16'],
    ['holdout17'],
    ['holdout18'],
    ['holdout19'],
    ['holdout20'],
    ['holdout21'],
    ['holdout22'],
    ['holdout23'],
    ['holdout24'],
    ['holdout25'],
    ['holdout26'],
    ['holdout27'],
    ['holdout28'],
    ['holdout29'],
    ['holdout30'],
    ['holdout31'],
    ['holdout32'],
    ['holdout33'],
    ['holdout34'],
    ['holdout35'],
    ['holdout36'],
    ['holdout37'],
    ['holdout38'],
    ['holdout39'],
  ])('keeps 95 %% on the held-out reports in %s', async (folder) => {
    const held = await evaluateCorpus(new URL(`../fixtures/importer/${folder}/`, import.meta.url).pathname);
    const total = rates(overall(held.total));
    const heldMiss = held.misses.map((m) => `${m.type} ${m.file} [${m.kind}] ${m.fact}`).join('\n');
    expect(total.precision, heldMiss).toBeGreaterThanOrEqual(0.95);
    expect(total.recall, heldMiss).toBeGreaterThanOrEqual(0.95);
  });

  const heldOut = [
    'holdout',
    'holdout2',
    'holdout3',
    'holdout4',
    'holdout5',
    'holdout6',
    'holdout7',
    'holdout8',
    'holdout9',
    'holdout10',
    'holdout11',
    'holdout12',
    'holdout13',
    'holdout14',
    'holdout15',
    'holdout16',
    'holdout17',
    'holdout18',
    'holdout19',
    'holdout20',
    'holdout21',
    'holdout22',
    'holdout23',
    'holdout24',
    'holdout25',
    'holdout26',
    'holdout27',
    'holdout28',
    'holdout29',
    'holdout30',
    'holdout31',
    'holdout32',
    'holdout33',
    'holdout34',
    'holdout35',
    'holdout36',
    'holdout37',
    'holdout38',
    'holdout39',
  ].flatMap((folder) => {
    const dir = new URL(`../fixtures/importer/${folder}/`, import.meta.url).pathname;
    return readdirSync(dir)
      .filter((f) => /\.(txt|docx)$/.test(f))
      .map((f) => join(dir, f));
  });
  it.each([
    ...readdirSync(CORPUS_DIR)
      .filter((f) => /\.(txt|docx)$/.test(f))
      .map((f) => join(CORPUS_DIR, f)),
    ...heldOut,
  ])('%s is lossless', async (path) => {
    const source = await loadSource(path);
    const docs = finishRun(analyzeSource(source.name, source.lines, source.encoding));
    const rebuilt = reconstructLines(docs);
    for (const l of source.lines) expect([l.line, rebuilt.get(l.line) ?? '']).toEqual([l.line, l.text]);
  });

  it.each(readdirSync(CORPUS_DIR).filter((f) => /\.(txt|docx)$/.test(f)))('%s: every quote in unit.yaml is a sentence of the written report', async (file) => {
    const source = await loadSource(join(CORPUS_DIR, file));
    const entries = buildEntries(finishRun(analyzeSource(source.name, source.lines, source.encoding)));
    for (const unit of entries.filter((e) => e.kind === 'unit')) {
      const data = parse(unit.content) as Record<string, Array<{ quote?: string }>> & { figures: Record<string, Array<{ quote?: string }>> };
      // The report as a reader sees it: Markdown escapes undone, headings and tables left out.
      const prose = entries
        .filter((e) => e.kind === 'report' && e.slug === unit.slug)
        .map((e) =>
          e.content
            .replace(/^---\n[\s\S]*?\n---\n/, '')
            .split('\n')
            .filter((l) => !/^(?:#|\|)/.test(l))
            .join('\n')
            .replace(/\\(.)/g, '$1'),
        )
        .join('\n');
      const facts = [
        ...(data['titles'] ?? []),
        ...(data['honors'] ?? []),
        ...(data['events'] ?? []),
        ...(data['investments'] ?? []),
        ...(data.figures['staff'] ?? []),
        ...(data.figures['other'] ?? []),
      ];
      for (const fact of facts) if (fact.quote !== undefined) expect(prose, fact.quote).toContain(fact.quote);
      expect(facts.filter((f) => f.quote !== undefined).length).toBeGreaterThan(0);
    }
  });
});
