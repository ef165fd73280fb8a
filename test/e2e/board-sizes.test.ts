// One board page serves both sheets: A1 by default, A3 at #a3. Without any script, in Chromium:
// the toolbar's links switch the size in place, and an A3 link opened directly shows A3. The old
// A3 address reaches it through the 404 page's one-line script.
import { describe, expect, it } from 'vitest';
import { LAPTOP, useSiteBrowser } from '../helpers/site-browser';

const site = useSiteBrowser();
const MM = 96 / 25.4;

describe('the board page at A1 and A3, JavaScript off', () => {
  it('switches between the sheets with the toolbar links, halving every length', async () => {
    const page = await site.open('/boards/yu-tang-zhen/', LAPTOP, { javaScript: false });
    const width = async () => (await page.locator('main.board').boundingBox())?.width ?? 0;
    expect(await width()).toBeCloseTo(594 * MM, 0);
    await expect(page.locator('.board-toolbar p:visible').innerText()).resolves.toContain('594×841毫米');
    await page.click('.board-toolbar a[href$="#a3"]');
    expect(await width()).toBeCloseTo(297 * MM, 0);
    await expect(page.locator('.board-toolbar p:visible').innerText()).resolves.toContain('297×420毫米');
    const nameA3 = await page.locator('.b-name').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.click('.board-toolbar a:text-is("A1版")');
    expect(await width()).toBeCloseTo(594 * MM, 0);
    const nameA1 = await page.locator('.b-name').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(nameA1 / nameA3).toBeCloseTo(2, 1);
  });

  it('opens at A3 from an #a3 link', async () => {
    const page = await site.open('/boards/zhu-fang-gong-ji-jin/#a3', LAPTOP, { javaScript: false });
    expect((await page.locator('main.board').boundingBox())?.width ?? 0).toBeCloseTo(297 * MM, 0);
  });

  it('sends the old A3 address (/boards/<slug>/a3/) to the board at #a3, by a script the CSP allows', async () => {
    const page = await site.open('/units/yu-tang-zhen/', LAPTOP);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${site.origin()}/boards/yu-tang-zhen/a3/`, { waitUntil: 'load' });
    await page.waitForURL(/\/boards\/yu-tang-zhen\/#a3$/);
    expect((await page.locator('main.board').boundingBox())?.width ?? 0).toBeCloseTo(297 * MM, 0);
    expect(refused).toEqual([]);
  });
});
