import { describe, expect, it } from 'vitest';
import { checkPrerequisites, chromiumPath } from '../../src/share/browser';

describe('checkPrerequisites', () => {
  it('says what is missing and how to install it', () => {
    const { problems } = checkPrerequisites({ chromium: '/nonexistent/chromium', fontList: () => '' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('找不到 Chromium（/nonexistent/chromium）');
    expect(problems[1]).toContain('没有找到中文字体');
    for (const problem of problems) expect(problem).toContain('apt-get install chromium fonts-noto-cjk');
  });

  it('names a missing fontconfig', () => {
    expect(checkPrerequisites({ chromium: process.execPath, fontList: () => null }).problems).toEqual([expect.stringContaining('fc-list')]);
  });

  it('passes with a browser and a CJK font', () => {
    expect(checkPrerequisites({ chromium: process.execPath, fontList: () => 'Noto Sans CJK SC\n' }).problems).toEqual([]);
  });

  it('takes the browser from SHOWCASE_CHROMIUM, else Debian\'s', () => {
    expect(chromiumPath({ SHOWCASE_CHROMIUM: '/opt/chromium' })).toBe('/opt/chromium');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });
});
