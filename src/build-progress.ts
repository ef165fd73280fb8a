// Long steps of a build say how far they have come, every 10 s: at thousands of units, checking
// the content or indexing the search takes minutes, and silence looks like a hung build. The
// step's own closing line says when it is done.

/** How often a long step reports. */
export const PROGRESS_INTERVAL_MS = 10_000;

/** A `(done, total)` callback that passes on at most one report per interval, and none once all is done. */
export function progressEvery(
  say: (done: number, total: number) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (done: number, total: number) => void {
  let last = now();
  return (done, total) => {
    if (done >= total || now() - last < intervalMs) return;
    last = now();
    say(done, total);
  };
}
