// The classes the twenty-eighth and thirtieth held-out batches (test/fixtures/importer/holdout28,
// holdout30) showed the importer getting wrong, each on text written for this test (not the
// batches' own sentences).
import { describe, expect, it } from 'vitest';
import { importText, outline } from './helpers';

const report = (title: string, body: readonly string[], sign = '2024年3月10日') => [title, ...body.map((p) => `　　${p}`), sign].join('\n');

describe('web copies', () => {
  it('a counted heading in bold marks or black brackets alone on its line is a heading, its marks no placeholder', () => {
    const text = [
      '城西小学创建市级文明校园工作总结',
      '　　城西小学现有教职工80人。',
      '**一、强化组织,落实责任**',
      '　　学校成立创建领导小组，每年安排创建经费2万元。',
      '【二、厚植文化，涵养校风】',
      '　　学校建成文化长廊一条。',
      '城西小学',
      '2024年3月10日',
    ].join('\n');
    const [d] = importText(text);
    expect(outline(d)).toEqual([
      [1, '一、强化组织，落实责任'],
      [1, '二、厚植文化，涵养校风'],
    ]);
    expect(d?.warnings.filter((w) => w.kind === 'placeholder')).toEqual([]);
  });
});

void report;
