// npm run eval:import: the importer's precision and recall on the fidelity corpus, per fact
// kind and per file, against the committed baseline (test/fixtures/importer/eval-baseline.json).
//   --misses           list every fact missed or wrongly proposed
//   --update-baseline  write the current figures as the new baseline
//   --dir <folder>     evaluate another folder of reports with expected facts (no baseline)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateCorpus } from '../src/importer/evaluate-corpus';
import { FACT_KINDS, overall, rates, type Tally } from '../src/importer/evaluate';

const BASELINE = new URL('../test/fixtures/importer/eval-baseline.json', import.meta.url);
const argv = process.argv.slice(2);
const args = new Set(argv);
const dirIndex = argv.indexOf('--dir');
const dir = dirIndex >= 0 ? argv[dirIndex + 1] : undefined;
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const row = (name: string, t: Tally) => {
  const r = rates(t);
  return `${name.padEnd(28)} ${pct(r.precision)}  ${pct(r.recall)}   ${String(t.matched).padStart(4)} / ${String(t.proposed).padStart(4)} / ${String(t.expected).padStart(4)}`;
};
const header = `${''.padEnd(28)} precision  recall   matched / proposed / expected`;

const result = await evaluateCorpus(dir ? `${resolve(dir)}/` : undefined);
const lines: string[] = ['By fact kind', header];
for (const k of FACT_KINDS) lines.push(row(k, result.total[k]));
const total = overall(result.total);
lines.push(row('TOTAL', total), '', 'By file', header);
for (const f of result.files) lines.push(row(f.file, overall(f.score)));
if (args.has('--misses')) {
  lines.push('', 'Misses');
  for (const m of result.misses) lines.push(`${m.type === 'missed' ? '漏' : '误'} ${m.file} [${m.kind}] ${m.fact}`);
}
const figures = { total: rates(total), byKind: Object.fromEntries(FACT_KINDS.map((k) => [k, rates(result.total[k])])) };
let baseline: typeof figures | null = null;
if (!dir)
  try {
    baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as typeof figures;
  } catch {
    baseline = null;
  }
if (baseline) lines.push('', `Baseline: precision ${pct(baseline.total.precision)}, recall ${pct(baseline.total.recall)}`);
if (args.has('--update-baseline') && !dir) {
  const round = (x: number) => Math.floor(x * 1000) / 1000;
  const rounded = {
    total: { precision: round(figures.total.precision), recall: round(figures.total.recall) },
    byKind: Object.fromEntries(Object.entries(figures.byKind).map(([k, v]) => [k, { precision: round(v.precision), recall: round(v.recall) }])),
  };
  writeFileSync(BASELINE, `${JSON.stringify(rounded, null, 2)}\n`);
  lines.push('Baseline updated.');
}
process.stdout.write(`${lines.join('\n')}\n`);
const below = baseline && (figures.total.precision < baseline.total.precision || figures.total.recall < baseline.total.recall);
if (below && !args.has('--update-baseline')) {
  process.stderr.write('Below the committed baseline.\n');
  process.exitCode = 1;
}
