// In Chromium: a 「见原文」 link brings the fact's sentence into view and CSS :target marks it,
// with JavaScript off too (the mark is CSS only, so it also works offline and in print).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../helpers/site-browser';

const site = useSiteBrowser();

/** The targeted element: its text, whether it is a marked sentence, and whether it is in view. */
function targeted(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector(':target');
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return {
      hash: location.hash,
      id: element.id,
      text: element.textContent ?? '',
      sentence: element.classList.contains('sentence'),
      inView: rect.top >= 0 && rect.top < innerHeight && rect.bottom > 0,
      marked: style.backgroundColor !== getComputedStyle(element.parentElement as Element).backgroundColor && style.borderBottomWidth === '3px',
    };
  });
}

describe('「见原文」 links', () => {
  it.each([
    { javaScript: true, width: 1280, height: 800 },
    { javaScript: false, width: 375, height: 812 },
  ])('from the honor roll bring the marked sentence into view (JavaScript $javaScript, $width px)', async ({ javaScript, width, height }) => {
    const page = await site.open('/honors/', { width, height }, { javaScript });
    const link = page.locator('#xia-shu').locator('xpath=..').locator('a.source', { hasText: '见原文' }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/units\/yu-tang-zhen\/#s-[0-9a-f]{8}$/);
    await link.click();
    await page.waitForURL(`**${href}`);
    const target = await targeted(page);
    expect(target).toMatchObject({ hash: href?.slice(href.indexOf('#')), sentence: true, inView: true, marked: true });
    expect(target?.text).toContain('王庄村创建市级“人居环境治理试点村庄”');
    await page.context().close();
  });

  it('from the statistics page lead to the sentence of a figure, even deep in the report', async () => {
    const page = await site.open('/statistics/', { width: 1024, height: 768 });
    await page.locator('#rates').locator('xpath=..').locator('a.source').first().click();
    await page.waitForURL('**/units/xx-zhen/#s-*');
    const target = await targeted(page);
    expect(target).toMatchObject({ sentence: true, inView: true, marked: true });
    expect(target?.text).toContain('每月300元');
    await page.context().close();
  });
});
