import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/build-memory';

describe('collectGarbage', () => {
  it('gives back the heap that nothing references any more', () => {
    // About 80 MB of objects that die at once, as a build's pages do.
    let garbage: string[][] | undefined = Array.from({ length: 200 }, (_, i) => Array.from({ length: 20_000 }, (_, j) => `${i}:${j}`));
    expect(garbage.length).toBe(200);
    collectGarbage();
    const holding = process.memoryUsage().heapUsed;
    garbage = undefined;
    collectGarbage();
    expect(garbage).toBeUndefined();
    expect(holding - process.memoryUsage().heapUsed).toBeGreaterThan(40 * 2 ** 20);
  });
});
