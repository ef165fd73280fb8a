import { describe, expect, it } from 'vitest';
import { factsKey, pageKey } from '../../src/data/page-keys';
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

describe('pageKey and imported images', () => {
  // Astro's imported image: a proxy that marks the original as used on every read but of
  // `clone` (then the original is published beside its WebP copies).
  function importedImage(src: string, reads: string[]) {
    const metadata = { src, width: 800, height: 600, format: 'jpg' };
    return new Proxy(metadata, {
      get(target, name) {
        if (name === 'clone') return structuredClone(target);
        if (name !== 'toJSON') reads.push(String(name));
        return target[name as keyof typeof target];
      },
    });
  }

  it('keys a photo by its published URL without reading the image itself', () => {
    const reads: string[] = [];
    const key = pageKey({ photos: [{ file: importedImage('/_astro/AbC123.jpg', reads), caption: '志愿服务' }] });
    expect(reads).toEqual([]);
    expect(pageKey({ photos: [{ file: importedImage('/_astro/XyZ789.jpg', reads), caption: '志愿服务' }] })).not.toBe(key);
    expect(pageKey({ photos: [{ file: importedImage('/_astro/AbC123.jpg', reads), caption: '志愿服务' }] })).toBe(key);
  });
});
