import { describe, expect, it } from 'vitest';
import { collectGarbage, HEAP_GROWING_PERCENT, heapGrowingPercent } from '../../src/build-memory';

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

describe('heapGrowingPercent', () => {
  it('is 50 % unless SHOWCASE_HEAP_GROWING_PERCENT gives a whole number', () => {
    expect(heapGrowingPercent({})).toBe(HEAP_GROWING_PERCENT);
    expect(HEAP_GROWING_PERCENT).toBe(50);
    expect(heapGrowingPercent({ SHOWCASE_HEAP_GROWING_PERCENT: '0' })).toBe(0);
    expect(heapGrowingPercent({ SHOWCASE_HEAP_GROWING_PERCENT: ' 25 ' })).toBe(25);
    expect(heapGrowingPercent({ SHOWCASE_HEAP_GROWING_PERCENT: 'many' })).toBe(50);
    expect(heapGrowingPercent({ SHOWCASE_HEAP_GROWING_PERCENT: '-5' })).toBe(50);
    expect(heapGrowingPercent({ SHOWCASE_HEAP_GROWING_PERCENT: '' })).toBe(50);
  });
});
