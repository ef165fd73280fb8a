import { describe, expect, it } from 'vitest';
import { factsKey } from '../../src/data/page-keys';
import type { UnitView } from '../../src/data/site-data';

// Only what the key reads: a unit's facts and its reports' entries (their digest changes with
// every edit of the text; their data and outline only with what the pages show).
function unit(options: { digest: string; reportDigest: string; honor: string; heading: string }): UnitView {
  return {
    digest: options.digest,
    slug: 'ce-shi',
    honors: [{ year: 2020, title: options.honor, source: '/units/ce-shi/#s-1-2' }],
    reports: [
      {
        id: 'ce-shi/report',
        anchor: 'report-report',
        headings: [{ depth: 2, slug: 'yi', text: options.heading }],
        toc: [],
        entry: { id: 'ce-shi/report', digest: options.reportDigest, data: { title: '创建工作汇报' }, rendered: { html: '', metadata: {} } },
      },
    ],
  } as unknown as UnitView;
}

describe('factsKey', () => {
  const base = { digest: 'd1', reportDigest: 'r1', honor: '市级文明单位', heading: '一、组织领导' };

  it('stays the same when only the wording of a report changed', () => {
    expect(factsKey([unit({ ...base, digest: 'd2', reportDigest: 'r2' })])).toBe(factsKey([unit(base)]));
  });

  it('changes with a fact or an outline the pages show', () => {
    expect(factsKey([unit({ ...base, honor: '省级文明单位' })])).not.toBe(factsKey([unit(base)]));
    expect(factsKey([unit({ ...base, heading: '一、阵地建设' })])).not.toBe(factsKey([unit(base)]));
  });
});
