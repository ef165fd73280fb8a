// Keeps the build's memory near what it really holds: a build allocates fast and keeps little
// (about 400 MB live at 2 000 units), and V8's heap is what made the peak (bench/results/).
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How far (in %) V8 lets the heap grow past what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 50;

/** Below this much live heap the build is small and V8's own growth is the faster. */
export const LARGE_HEAP_BYTES = 512 * 2 ** 20;

/**
 * A busy process's heap may grow up to four times its live size before V8 collects it again, so
 * a large build ran on gigabytes of mostly garbage. Once a collection leaves more than
 * LARGE_HEAP_BYTES live, the heap may grow only HEAP_GROWING_PERCENT past it: 5 000 units peak at
 * 2.7 GB instead of 4.4 GB. A republish or a small site stays below and keeps V8's faster growth
 * (limited from the start, a one-unit republish at 1 000 units took 7.2 s instead of 5.7 s).
 * SHOWCASE_HEAP_GROWING_PERCENT sets another limit (0: none); `node --heap-growing-percent=…`
 * wins over both.
 */
export function limitHeapGrowth(env: NodeJS.ProcessEnv = process.env): void {
  if (process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) return;
  const percent = heapGrowingPercent(env);
  if (percent === 0) return;
  const observer = new PerformanceObserver(() => {
    if (getHeapStatistics().used_heap_size < LARGE_HEAP_BYTES) return;
    setFlagsFromString(`--heap-growing-percent=${percent}`);
    observer.disconnect();
  });
  observer.observe({ entryTypes: ['gc'] });
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
