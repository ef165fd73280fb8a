// 公示 mode: with the period and contact set, every page says so, and /gongshi/ lists the units
// under 申报 with what they seek and links to their materials. Without them, no banner.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build';
import { useSiteBrowser } from '../helpers/site-browser';
import { pageTypes } from '../helpers/page-types';
import { page as demoPage } from '../helpers/dist';

// The demo's settings with the 公示 block filled in, as staff would in site.yaml.
const settings = join(mkdtempSync(join(tmpdir(), 'showcase-notice-')), 'site.yaml');
writeFileSync(settings, `${readFileSync('site.yaml', 'utf8')}\npublicNotice:\n  start: "2024-05-20"\n  end: "2024-05-26"\n  phone: 0830-1234567\n`);
const build = astroBuild('content', { SHOWCASE_SITE_FILE: settings });
const site = useSiteBrowser(() => {
  if (build.status !== 0) throw new Error(build.output);
  return build.outDir;
});

describe('公示 mode', () => {
  it('shows the banner with the period and the contact on every kind of page', async () => {
    // Every public page; /admin/ is the staff's editor, not a page the public reads.
    const paths = [...pageTypes(build.outDir).filter((path) => !path.startsWith('/admin/')), '/present/yu-tang-zhen/', '/boards/yu-tang-zhen/'];
    for (const path of paths) {
      const page = await site.open(path, { width: 375, height: 812 });
      const banner = page.locator('.notice-banner');
      expect(await banner.count(), path).toBe(1);
      const text = await banner.innerText();
      expect(text, path).toContain('公示期：2024年5月20日至2024年5月26日');
      expect(text, path).toContain('监督电话 0830-1234567');
      expect(await banner.isVisible(), path).toBe(true);
      await page.context().close();
    }
  });

  it('lists the units under 申报 with the level sought and links to their materials', async () => {
    const page = await site.open('/gongshi/', { width: 1280, height: 800 });
    const rows = await page.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        unit: tr.querySelector('th')?.textContent ?? '',
        seeks: tr.querySelector('td')?.textContent ?? '',
        links: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      })),
    );
    expect(rows.map((row) => row.unit).sort()).toEqual(['XX镇党政机关', '市住房公积金管理中心', '鱼塘镇党政机关'].sort());
    const xx = rows.find((row) => row.unit === 'XX镇党政机关');
    expect(xx?.seeks).toBe('县级最佳文明单位');
    expect(xx?.links).toEqual(expect.arrayContaining(['/units/xx-zhen/', '/units/xx-zhen/#reports', '/boards/xx-zhen/']));
    await page.context().close();
  });

  it('prints boards and slides without the banner: the sheet holds the board alone', async () => {
    for (const path of ['/boards/yu-tang-zhen/', '/present/yu-tang-zhen/', '/units/yu-tang-zhen/']) {
      const page = await site.open(path, { width: 1280, height: 800 });
      await page.emulateMedia({ media: 'print' });
      if (path.startsWith('/boards/')) expect(await page.locator('.notice-banner').isVisible(), path).toBe(false);
      else expect(await page.locator('.notice-banner').count(), path).toBe(1);
      await page.context().close();
    }
  });

  it('shows no banner when no 公示 period is set', () => {
    expect(demoPage('units/xx-zhen').querySelector('.notice-banner')).toBeNull();
    expect(demoPage('gongshi').querySelector('main')?.textContent).toContain('目前不在公示期');
  });
});
