import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cachedRender } from '../../src/share/cards/render-cache';

it('renders once per key and reads the file afterwards', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
  let renders = 0;
  const render = () => {
    renders += 1;
    return Promise.resolve(Buffer.from(`picture ${renders}`));
  };
  const first = await cachedRender('cards', 'unit A', render, dir);
  const again = await cachedRender('cards', 'unit A', render, dir);
  const other = await cachedRender('cards', 'unit B', render, dir);
  expect(String(first)).toBe('picture 1');
  expect(String(again)).toBe('picture 1');
  expect(String(other)).toBe('picture 2');
  expect(renders).toBe(2);
});
