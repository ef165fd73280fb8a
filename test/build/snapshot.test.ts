// The "as of" stamp: a site built with snapshotDate says on every page when its content was frozen.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/astro-build';

let build: BuildResult;
const doc = (path: string) => parseHTML(readFileSync(join(build.outDir, path, 'index.html'), 'utf8')).document;

beforeAll(() => {
  build = astroBuild('content', { SHOWCASE_SNAPSHOT_DATE: '2024-05-20' });
  if (build.status !== 0) throw new Error(build.output);
});

afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

it('stamps ordinary pages, boards, slides and the handout with the date', () => {
  for (const path of ['', 'units/xx-zhen', 'handout']) {
    const page = doc(path);
    expect(page.querySelector('.snapshot-note time')?.getAttribute('datetime'), path).toBe('2024-05-20');
    expect(page.querySelector('.snapshot-note')?.textContent, path).toContain('内容截至2024年5月20日（公示期版本）');
  }
  for (const path of ['', 'units/xx-zhen', 'boards/xx-zhen', 'present/xx-zhen', 'handout']) {
    expect(doc(path).querySelector('meta[name="showcase:snapshot"]')?.getAttribute('content'), path).toBe('2024-05-20');
  }
  expect(doc('boards/xx-zhen').querySelector('.b-office')?.textContent).toContain('内容截至2024年5月20日');
  expect(doc('present/xx-zhen').querySelector('#end')?.textContent).toContain('内容截至2024年5月20日');
});
