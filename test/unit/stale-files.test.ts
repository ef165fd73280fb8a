import { describe, expect, it } from 'vitest';
import { holdsUnchanged, staleFiles } from '../../src/domain/stale-files';

const listing = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('staleFiles', () => {
  const before = listing({ 'units/a/index.html': '10:1', 'units/b/index.html': '12:1', '_astro/old.webp': '5:1', 'pagefind/s0/x': '3:1' });

  it('keeps what the build published, even when it left the file as it was', () => {
    const after = listing({ ...Object.fromEntries(before), 'units/c/index.html': '9:2' });
    const published = new Set(['units/a/index.html', 'units/b/index.html', 'units/c/index.html']);
    expect(staleFiles(before, after, (path) => published.has(path) || path.startsWith('pagefind/'))).toEqual(['_astro/old.webp']);
  });

  it('keeps a file written during the build though no route claims it (images, scripts, the sitemap)', () => {
    const after = listing({ ...Object.fromEntries(before), '_astro/old.webp': '5:2' });
    expect(staleFiles(before, after, () => false)).toEqual(['pagefind/s0/x', 'units/a/index.html', 'units/b/index.html']);
  });

  it('never names a file that was not there before', () => {
    expect(staleFiles(new Map(), listing({ 'index.html': '1:1' }), () => false)).toEqual([]);
  });
});

describe('holdsUnchanged', () => {
  const recorded = listing({ 'index.html': '10:1', 'units/a/index.html': '12:1' });

  it('accepts the folder as the last build left it, with files added since', () => {
    expect(holdsUnchanged(recorded, recorded)).toBe(true);
    expect(holdsUnchanged(recorded, listing({ ...Object.fromEntries(recorded), 'boards/a-A1.pdf': '99:3' }))).toBe(true);
  });

  it('refuses a folder with a page changed or gone', () => {
    expect(holdsUnchanged(recorded, listing({ 'index.html': '11:2', 'units/a/index.html': '12:1' }))).toBe(false);
    expect(holdsUnchanged(recorded, listing({ 'index.html': '10:1' }))).toBe(false);
  });
});
