// One Chromium and one static server over the demo build for a browser test file, and pages
// at a given viewport with 大字 on or off (the switch's stored choice, as a reader leaves it).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../src/share/print/browser';
import { startStaticServer, type StaticServer } from '../../src/share/print/static-server';
import { requireChromium } from './browser';
import { demoDist } from './dist';

export interface SiteBrowser {
  /** Opens a site path ('/units/xx-zhen/') at this viewport. */
  open(path: string, viewport: { width: number; height: number }, options?: { largeText?: boolean; javaScript?: boolean }): Promise<Page>;
  origin(): string;
}

export const PHONE = { width: 375, height: 812 };
export const LAPTOP = { width: 1280, height: 800 };
export const PROJECTOR = { width: 1024, height: 768 };

export function useSiteBrowser(dist: () => string = demoDist): SiteBrowser {
  let browser: Browser;
  let server: StaticServer;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    requireChromium();
    server = await startStaticServer(dist());
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });
  return {
    origin: () => server.url.replace(/\/$/, ''),
    async open(path, viewport, options = {}) {
      const context = await browser.newContext({ viewport, javaScriptEnabled: options.javaScript ?? true });
      contexts.push(context);
      if (options.largeText) await context.addInitScript(() => localStorage.setItem('showcase-text', 'large'));
      const page = await context.newPage();
      await page.goto(`${server.url.replace(/\/$/, '')}${path}`, { waitUntil: 'load' });
      return page;
    },
  };
}
