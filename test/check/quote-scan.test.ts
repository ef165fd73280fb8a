// A fact's quote points at a sentence of the report; the sentence is scanned where it is
// published (the report), so a placeholder in it is reported once, not again in unit.yaml.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

describe('quotes in unit.yaml', () => {
  it('are not scanned again: the sentence they point at is', async () => {
    const report = validReport.replace('正文。', '2004年获XX县综合考核一等奖。');
    const yaml = validUnitYaml.replace('section: zu-zhi-ling-dao-dao-wei', 'section: zu-zhi-ling-dao-dao-wei, quote: 2004年获XX县综合考核一等奖');
    const result = await runCheck(writeContent({ 'ce-shi': { yaml, report } }));
    const placeholders = result.findings.filter((f) => f.check === 'placeholder');
    expect(placeholders).toHaveLength(1);
    expect(placeholders[0]?.file).toMatch(/report\.md$/);
  });
});
