import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keptOutput } from '../../src/integrations/kept-output';

type Hook = (options: Record<string, unknown>) => unknown;

const logger = { info: () => {}, warn: () => {}, error: () => {} };

/** A kept output folder with its hooks callable as Astro calls them. */
function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'kept-output-'));
  const outDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  mkdirSync(outDir);
  const output = keptOutput({ cacheDir, ownedElsewhere: ['_photos/'] });
  const hooks = output.integration.hooks as Record<string, Hook>;
  const write = (path: string, text = path) => {
    mkdirSync(join(outDir, path, '..'), { recursive: true });
    writeFileSync(join(outDir, path), text);
  };
  /** One build: `during` writes what this build publishes (Astro's assets) and hands work over. */
  const build = async (during: () => string[]) => {
    hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${outDir}/`) } });
    await hooks['astro:build:start']!({ logger });
    const pages = during();
    const assets = new Map([['page', pages.map((path) => pathToFileURL(join(outDir, path)))]]);
    await hooks['astro:build:done']!({ assets, logger });
  };
  return { outDir, output, write, build };
}

describe('keptOutput', () => {
  it('waits for handed-over work before it lists the folder, so what the work wrote stays', async () => {
    const { outDir, output, write, build } = setUp();
    await build(() => {
      write('index.html');
      write('pagefind/s0/index.pf');
      output.keep('pagefind/');
      return ['index.html'];
    });
    // The next build hands over work that replaces the index only after a while.
    await build(() => {
      output.waitFor(
        new Promise((resolve) =>
          setTimeout(() => {
            write('pagefind/s0/index.pf', 'new');
            resolve();
          }, 50),
        ),
      );
      return ['index.html'];
    });
    expect(readFileSync(join(outDir, 'pagefind/s0/index.pf'), 'utf8')).toBe('new');
    // Written after the listing, it would have been missing from the record, and the build after
    // would have taken the folder for someone else's and emptied it: the page is still there.
    await build(() => {
      output.keep('pagefind/');
      return [];
    });
    expect(existsSync(join(outDir, 'pagefind/s0/index.pf'))).toBe(true);
  });

  it('fails the build with the failure of the work it waited for', async () => {
    const { output, build } = setUp();
    await expect(
      build(() => {
        output.waitFor(Promise.reject(new Error('搜索索引生成失败：页面无法读取')));
        return [];
      }),
    ).rejects.toThrow('搜索索引生成失败');
  });

  it('leaves a folder owned elsewhere alone, however its files change', async () => {
    const { outDir, write, build } = setUp();
    await build(() => {
      write('index.html');
      write('_photos/a-320w.webp');
      return ['index.html'];
    });
    await build(() => {
      // Not among this build's assets, and another file added there: neither is removed, and
      // the folder is not emptied either (index.html, unchanged, would otherwise be rewritten).
      write('_photos/b-320w.webp');
      return [];
    });
    expect(existsSync(join(outDir, '_photos/a-320w.webp'))).toBe(true);
    expect(existsSync(join(outDir, '_photos/b-320w.webp'))).toBe(true);
    // index.html was not published by the second build, so it went as stale: the clean-up ran.
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
