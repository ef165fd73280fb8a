import { describe, expect, it } from 'vitest';
import { progressEvery } from '../../src/build-progress';

describe('progressEvery', () => {
  it('reports at most once per interval, and not once all is done', () => {
    let clock = 0;
    const said: string[] = [];
    const progress = progressEvery(
      (done, total) => said.push(`${done}/${total}`),
      10_000,
      () => clock,
    );
    progress(1, 5);
    clock = 9_999;
    progress(2, 5);
    clock = 10_000;
    progress(3, 5);
    clock = 15_000;
    progress(4, 5);
    clock = 40_000;
    progress(5, 5);
    expect(said).toEqual(['3/5']);
  });
});
