import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from '../../src/settings/site-settings';
import { fullWidthColonLines } from '../../src/settings/yaml-source';

const parse = (text: string, env: NodeJS.ProcessEnv = {}) => parseSiteSettings(text, 'site.yaml', env);
const failure = (text: string, env: NodeJS.ProcessEnv = {}) => {
  const result = parse(text, env);
  if (result.ok) throw new Error('expected the settings to be refused');
  return result.message;
};
const BASE = 'title: 某县文明单位创建成果展示\noffice: 某县文明办\n';

describe('site.yaml', () => {
  it('reads the demo settings, with its own URL and defaults', () => {
    const result = parse(readFileSync('site.yaml', 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.url).toMatch(/^https:\/\//);
    expect(result.settings.url).not.toContain('example.org');
    expect(result.settings.base).toBe('/');
    expect(result.settings.contentDir).toBe('content');
    expect(result.settings.snapshotNote).toBe('公示期版本');
  });

  it('leaves the URL unset when none is written (no placeholder host)', () => {
    const result = parse(BASE);
    expect(result.ok && result.settings.url).toBe(undefined);
  });

  it('names line and column of a syntax error, in Chinese', () => {
    const message = failure(`${BASE}url: https://a.cn/\n  base: /x\n`);
    expect(message).toMatch(/第 [34] 行第 \d+ 列：格式不对/);
    expect(message).not.toMatch(/at |Error/);
  });

  it('points at full-width colons with the fix', () => {
    const text = `title: 某县文明单位创建成果展示\noffice：某县文明办\n`;
    expect(fullWidthColonLines(text)).toEqual([2]);
    const message = failure(text);
    expect(message).toContain('第 2 行');
    expect(message).toContain('中文冒号“：”');
    expect(message).toContain('英文冒号加一个空格');
    // A colon inside a value is not a mistake.
    expect(fullWidthColonLines('description: 内容：汇报材料\n# 注：说明\n')).toEqual([]);
  });

  it('names the line of a wrong value and an unknown key', () => {
    const message = failure(`${BASE}url: wmb.xx.gov.cn\ntitel: 错字\n`);
    expect(message).toMatch(/第 3 行：网址 url 应以 http:\/\/ 或 https:\/\/ 开头/);
    expect(message).toContain('不认识的设置项：titel');
  });

  it("refuses example hosts, which lead to someone else's site", () => {
    expect(failure(`${BASE}url: https://example.org/\n`)).toContain('示例网址');
    expect(failure(`${BASE}url: https://www.example.com/x/\n`)).toContain('示例网址');
  });

  it('asks for the title and office', () => {
    const message = failure('url: https://wmb.xx.gov.cn/\n');
    expect(message).toContain('title');
    expect(message).toContain('office');
  });

  it('validates the 公示 block: real dates, in order, with a contact', () => {
    const ok = parse(`${BASE}publicNotice:\n  start: "2024-05-20"\n  end: "2024-05-26"\n  phone: 0830-1234567\n`);
    expect(ok.ok && ok.settings.publicNotice).toEqual({ start: '2024-05-20', end: '2024-05-26', phone: '0830-1234567' });
    expect(failure(`${BASE}publicNotice:\n  start: 2024-05-20\n  end: 2024-05-19\n  feedback: 县文明办\n`)).toMatch(
      /第 5 行：公示结束日期 end 不能早于开始日期 start/,
    );
    expect(failure(`${BASE}publicNotice:\n  start: 2024-02-30\n  end: 2024-03-05\n  phone: "12345"\n`)).toContain('真实的日期');
    expect(failure(`${BASE}publicNotice:\n  start: 2024-05-20\n  end: 2024-05-26\n`)).toContain('监督电话 phone 或意见反馈方式 feedback');
    expect(failure(`${BASE}publicNotice:\n  start: 2024-05-20\n  end: 2024-05-26\n  phone: "1"\n  email: a@b.cn\n`)).toContain('公示设置中不认识的项：email');
  });

  it('takes overrides from the environment and names them when wrong', () => {
    const result = parse(`${BASE}url: https://wmb.xx.gov.cn/\n`, {
      SHOWCASE_SITE_URL: 'https://test.xx.gov.cn/',
      SHOWCASE_BASE: '/showcase/',
      SHOWCASE_SNAPSHOT_DATE: '2024-05',
    });
    expect(result.ok && [result.settings.url, result.settings.base, result.settings.snapshotDate]).toEqual(['https://test.xx.gov.cn/', '/showcase', '2024-05']);
    // Empty variables are ignored, as if unset.
    const kept = parse(`${BASE}url: https://wmb.xx.gov.cn/\n`, { SHOWCASE_SITE_URL: '' });
    expect(kept.ok && kept.settings.url).toBe('https://wmb.xx.gov.cn/');
    expect(failure(BASE, { SHOWCASE_BASE: 'showcase' })).toContain('环境变量 SHOWCASE_BASE');
  });

  it('reads the git service for the editing page', () => {
    const ok = parse(`${BASE}editing:\n  backend: gitea\n  repo: wmb/showcase\n  baseUrl: https://git.xx.gov.cn\n`);
    expect(ok.ok && ok.settings.editing).toEqual({ backend: 'gitea', repo: 'wmb/showcase', baseUrl: 'https://git.xx.gov.cn', branch: 'main' });
    expect(failure(`${BASE}editing:\n  backend: svn\n  repo: wmb\n`)).toMatch(/editing.backend 应为 gitea、gitlab 或 github[\s\S]*editing.repo 应写成/);
  });

  it('refuses a file that is not a list of settings', () => {
    expect(failure('just some words\n')).toContain('设置项: 值');
  });
});
