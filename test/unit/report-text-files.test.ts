import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasReportTexts, keepReportTexts, pruneReportTexts } from '../../src/data/report-text-files';

describe('report texts kept in the cache folder', () => {
  it('keeps both texts of a report, and prunes those of reports no longer stored', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'showcase-report-texts-'));
    expect(hasReportTexts(cacheDir, 'aaa')).toBe(false);
    await keepReportTexts(cacheDir, 'aaa', { html: '<p>一</p>', markdown: '一' });
    await keepReportTexts(cacheDir, 'bbb', { html: '<p>二</p>', markdown: '二' });
    expect(hasReportTexts(cacheDir, 'aaa')).toBe(true);
    pruneReportTexts(cacheDir, new Set(['bbb']));
    expect(hasReportTexts(cacheDir, 'aaa')).toBe(false);
    expect(hasReportTexts(cacheDir, 'bbb')).toBe(true);
    expect(readdirSync(join(cacheDir, 'showcase', 'reports')).sort()).toEqual(['bbb.html', 'bbb.md']);
  });

  it('counts a report as missing when one of its two files is gone', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'showcase-report-texts-'));
    await keepReportTexts(cacheDir, 'ccc', { html: '<p>三</p>', markdown: '三' });
    rmSync(join(cacheDir, 'showcase', 'reports', 'ccc.md'));
    expect(existsSync(join(cacheDir, 'showcase', 'reports', 'ccc.html'))).toBe(true);
    expect(hasReportTexts(cacheDir, 'ccc')).toBe(false);
  });
});
