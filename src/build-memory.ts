// Keeps the build's memory near what it really holds: a build allocates fast and keeps little
// (about 400 MB live at 2 000 units), and V8's heap is what made the peak (bench/results/).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How far (in %) V8 lets the heap grow past what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * A busy process's heap may grow up to four times its live size before V8 collects it again, so
 * the build ran on gigabytes of mostly garbage. At 1.5 times, 5 000 units peak at 2.7 GB instead
 * of 4.4 GB. It costs a one-unit republish at 1 000 units about 1.5 s (7.2 s against 5.7 s).
 * Set later, once the heap had grown past 512 MB live or 768 MB in all, the limit came too late:
 * 5 000 units still peaked at 3.9–4.0 GB (bench/results/). SHOWCASE_HEAP_GROWING_PERCENT sets
 * another limit (0: V8's own growth); `node --heap-growing-percent=…` wins over both.
 */
export function limitHeapGrowth(env: NodeJS.ProcessEnv = process.env): void {
  if (process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent(env)}`);
}

/** The limit in force: SHOWCASE_HEAP_GROWING_PERCENT when it is a whole number, otherwise the default. */
export function heapGrowingPercent(env: NodeJS.ProcessEnv = process.env): number {
  const given = env['SHOWCASE_HEAP_GROWING_PERCENT']?.trim();
  return given && /^\d+$/.test(given) ? Number(given) : HEAP_GROWING_PERCENT;
}

/**
 * Runs a full garbage collection now: before the search index starts Pagefind's process beside
 * Astro's, so the two together do not add Astro's garbage to the peak (about 300 MB at 5 000
 * units). Node exposes gc() only under --expose-gc, which a context made after the flag receives.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  if (typeof gc === 'function') (gc as () => void)();
}
