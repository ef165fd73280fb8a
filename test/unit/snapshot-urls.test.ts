import { describe, expect, it } from 'vitest';
import { snapshotStamp } from '../../src/domain/snapshot';
import { absoluteUrl, displayUrl, siteOrigin } from '../../src/domain/urls';

describe('snapshotStamp', () => {
  it('is null when no date is configured', () => {
    expect(snapshotStamp(undefined, '公示期版本')).toBeNull();
    expect(snapshotStamp(' ', '公示期版本')).toBeNull();
  });

  it('says the date the content was frozen and what for', () => {
    expect(snapshotStamp('2024-05-20', '公示期版本')).toEqual({ iso: '2024-05-20', text: '内容截至2024年5月20日（公示期版本）' });
    expect(snapshotStamp('2024-5', '验收版本')).toEqual({ iso: '2024-05', text: '内容截至2024年5月（验收版本）' });
  });

  it('rejects an impossible date with a message saying how to write it', () => {
    expect(() => snapshotStamp('2024-02-30', '公示期版本')).toThrow(/2024-05-20/);
  });
});

describe('urls', () => {
  it('makes site paths absolute, keeping a sub-folder base', () => {
    expect(absoluteUrl('/units/xx-zhen/', 'https://example.org')).toBe('https://example.org/units/xx-zhen/');
    expect(absoluteUrl('/showcase/units/a/', 'https://wmb.example.gov.cn/')).toBe('https://wmb.example.gov.cn/showcase/units/a/');
  });

  it('prints URLs without the scheme', () => {
    expect(displayUrl('https://example.org/units/xx-zhen/')).toBe('example.org/units/xx-zhen/');
    expect(displayUrl('https://example.org/')).toBe('example.org');
    expect(displayUrl('http://example.org:8080/a/#b')).toBe('example.org:8080/a/#b');
  });

  it('gives the origin for links on paper', () => {
    expect(siteOrigin('https://example.org/showcase/')).toBe('https://example.org');
  });
});
