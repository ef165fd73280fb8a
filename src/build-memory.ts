// Keeps the build's memory near what it really holds: a build allocates fast and keeps little
// (about 400 MB live at 2 000 units), and V8's heap is what made the peak (bench/results/).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How far (in %) V8 lets the heap grow past what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * A busy process's heap may grow up to four times its live size before V8 collects it again, so
 * the build ran on 1–2.5 GB of mostly garbage. At 1.5 times, 2 000 units peak at 1.5 GB instead of
 * 2.3 GB, no slower. A flag given on the command line (NODE_OPTIONS) wins.
 */
export function limitHeapGrowth(): void {
  const given = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((arg) => arg.includes('heap-growing-percent'));
  if (!given) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
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
