// The classes the thirtieth held-out batch (test/fixtures/importer/holdout30) still showed the importer
// getting wrong after its first round of fixes, each on text written for this test (not the batch's
// own sentences).
import { describe, expect, it } from 'vitest';
import { importText } from './helpers';

const report = (title: string, body: readonly string[], sign: string) => [title, ...body.map((p) => `　　${p}`), sign, '2024年1月10日'].join('\n');

describe('units', () => {
  it('a prison (…监狱) is a unit, and its name alone on the 落款 line is no truncated text', () => {
    const [d] = importText(
      report('白沙监狱2023年度精神文明建设工作总结', ['白沙监狱现有民警职工420人，党员300名。我狱坚持把文明创建融入监管改造全过程。'], '白沙监狱'),
    );
    expect(d?.unit?.name).toBe('白沙监狱');
    expect(d?.warnings.filter((w) => w.kind === 'truncated')).toEqual([]);
  });
});
