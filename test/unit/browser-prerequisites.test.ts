import { describe, expect, it } from 'vitest';
import { browserCandidates, checkPrerequisites, chineseFontFiles, chromiumPath, findBrowser, fontDirs } from '../../src/share/print/browser';

describe('checkPrerequisites', () => {
  it('says what is missing and how to install it', () => {
    const { problems } = checkPrerequisites({ chromium: '/nonexistent/chromium', fontList: () => '', platform: 'linux' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('找不到浏览器（/nonexistent/chromium）');
    expect(problems[1]).toContain('没有找到中文字体');
    for (const problem of problems) expect(problem).toContain('apt-get install chromium fonts-noto-cjk');
  });

  it('searches the font folders when fontconfig is missing', () => {
    const base = { chromium: process.execPath, fontList: () => null, platform: 'linux' as const };
    expect(checkPrerequisites({ ...base, fontFiles: () => [] }).problems).toEqual([expect.stringContaining('没有找到中文字体')]);
    expect(checkPrerequisites({ ...base, fontFiles: () => ['opentype/noto/NotoSansCJK-Regular.ttc'] }).problems).toEqual([]);
  });

  it('passes with a browser and a CJK font', () => {
    expect(checkPrerequisites({ chromium: process.execPath, fontList: () => 'Noto Sans CJK SC\n' }).problems).toEqual([]);
  });

  it('takes the browser from SHOWCASE_CHROMIUM first', () => {
    expect(chromiumPath({ SHOWCASE_CHROMIUM: '/opt/chromium' })).toBe('/opt/chromium');
    expect(findBrowser({ env: { SHOWCASE_CHROMIUM: '/opt/x' }, exists: () => false })).toBe('/opt/x');
  });
});

describe('finding a browser on each system', () => {
  const only = (path: string) => (candidate: string) => candidate === path;

  it('finds Edge on Windows when Chrome is absent, and says what to install when neither is there', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\wmb\\AppData\\Local' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ platform: 'win32', env, exists: only(edge) })).toBe(edge);
    const chrome = 'C:\\Users\\wmb\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ platform: 'win32', env, exists: only(chrome) })).toBe(chrome);
    const { problems } = checkPrerequisites({ platform: 'win32', env, exists: () => false, fontFiles: () => ['msyh.ttc'] });
    expect(problems).toEqual([expect.stringMatching(/找不到 Chrome、Edge 或 Chromium.*Microsoft Edge/)]);
  });

  it('finds Chrome or Edge in the Applications folders on macOS', () => {
    const chrome = '/Users/wmb/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ platform: 'darwin', env: {}, home: '/Users/wmb', exists: only(chrome) })).toBe(chrome);
    expect(browserCandidates('darwin', {}, '/Users/wmb')).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(checkPrerequisites({ platform: 'darwin', env: {}, exists: () => false, fontList: () => 'PingFang SC\n' }).problems[0]).toContain('应用程序');
  });

  it("finds Chrome on Linux when Debian's chromium is absent", () => {
    expect(findBrowser({ platform: 'linux', env: {}, exists: only('/usr/bin/google-chrome-stable') })).toBe('/usr/bin/google-chrome-stable');
    expect(findBrowser({ platform: 'linux', env: {}, exists: () => false })).toBe(null);
  });

  it('recognises the Chinese fonts of each system by file name', () => {
    const listing: Record<string, string[]> = {
      'C:\\Windows\\Fonts': ['arial.ttf', 'msyh.ttc', 'times.ttf'],
      '/System/Library/Fonts': ['Helvetica.ttc', 'PingFang.ttc'],
      '/usr/share/fonts': ['truetype/dejavu/DejaVuSans.ttf'],
    };
    const list = (dir: string) => listing[dir] ?? [];
    expect(chineseFontFiles(fontDirs('win32', {}), list)).toEqual(['msyh.ttc']);
    expect(chineseFontFiles(fontDirs('darwin', {}, '/Users/wmb'), list)).toEqual(['PingFang.ttc']);
    expect(chineseFontFiles(fontDirs('linux', {}, '/root'), list)).toEqual([]);
  });
});
