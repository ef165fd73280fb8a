// The classes the thirty-seventh and thirty-ninth held-out batches (test/fixtures/importer/holdout37,
// holdout39) showed the importer getting wrong, each on text written for this test (not the batches'
// own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, reportText } from './helpers';

const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.kind, a.period ?? null]) ?? [];

describe('money', () => {
  it('a sum not spent per household or village written as such (每户, 每村) is a rate', () => {
    const [d] = importText(reportText('青松村创建文明村工作总结', ['一、发展产业', '村里成立蔬菜合作社，年底给每户社员返利1500元。']));
    expect(amounts(d)).toEqual([['1500元', null, '每户']]);
  });
});
