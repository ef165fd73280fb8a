// /admin/ in Chromium: the editor (Sveltia CMS, served by the site) on its own test backend,
// which keeps files in the browser's private file system. The demo's content is put there, an
// honor is edited through the form and saved, and the publishing check passes on the result.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check';
import { launchChromium } from '../../src/share/print/browser';
import { startStaticServer, type StaticServer } from '../../src/share/print/static-server';
import { hasChromium } from '../helpers/browser';
import { demoDist } from '../helpers/dist';

const root = resolve(import.meta.dirname, '../..');
const TEST_REPO = 'sveltia-cms-test';

/** The demo's content files, keyed by their path in the repository. */
function demoContentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const unit of readdirSync(join(root, 'content/units'))) {
    for (const file of readdirSync(join(root, 'content/units', unit))) {
      if (/\.(yaml|md)$/.test(file)) files[`content/units/${unit}/${file}`] = readFileSync(join(root, 'content/units', unit, file), 'utf8');
    }
  }
  return files;
}

if (!hasChromium()) console.warn('SKIPPED admin test: needs Chromium (apt-get install chromium fonts-noto-cjk; .ci/run installs it).');

describe.skipIf(!hasChromium())('the editing page', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(demoDist(), '/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('edits an honor through the form, in Chinese, with nothing fetched from elsewhere; the result passes the check', async () => {
    // An English browser: the page still speaks Chinese.
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const offsite: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== new URL(server.url).origin) {
        offsite.push(url.href);
        return route.abort();
      }
      // The built config signs in to a git service; the test uses the editor's own test backend.
      if (url.pathname === '/admin/config.yml') {
        const response = await route.fetch();
        const config = parse(await response.text()) as Record<string, unknown>;
        return route.fulfill({ response, body: stringify({ ...config, backend: { name: 'test-repo' } }) });
      }
      return route.continue();
    });
    const page = await context.newPage();
    await page.goto(new URL('/', server.url).href);
    const files = demoContentFiles();
    await page.evaluate(
      async ({ files, repo }) => {
        const top = await (await navigator.storage.getDirectory()).getDirectoryHandle(repo, { create: true });
        for (const [path, text] of Object.entries(files)) {
          const parts = path.split('/');
          let dir = top;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
          await writable.write(text);
          await writable.close();
        }
      },
      { files, repo: TEST_REPO },
    );

    const response = await page.goto(new URL('/admin/', server.url).href);
    expect(await response?.text()).toContain('<meta name="robots" content="noindex, nofollow">');
    await page.getByRole('button', { name: '使用测试仓库' }).click();
    // The units collection, read from content/units through the generated config.
    await page.getByText('XX镇党政机关', { exact: true }).first().click();
    const honors = page.locator('section[data-key-path="honors"]');
    await honors.getByRole('button', { name: '全部展开' }).click();
    const title = page.locator('[data-key-path="honors.0.title"] input');
    const before = await title.inputValue();
    const original = parse(files['content/units/xx-zhen/unit.yaml'] ?? '') as { honors: Array<{ title: string }>; acknowledgements: unknown[] };
    expect(before).toBe(original.honors[0]?.title);
    await title.fill(`${before}（经核对）`);
    await page.getByRole('button', { name: '保存' }).click();

    const read = () =>
      page.evaluate(async (repo) => {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(repo);
        for (const part of ['content', 'units', 'xx-zhen']) dir = await dir.getDirectoryHandle(part);
        return (await (await dir.getFileHandle('unit.yaml')).getFile()).text();
      }, TEST_REPO);
    await expect.poll(read, { timeout: 15_000 }).toContain(`${before}（经核对）`);
    const saved = await read();
    await context.close();

    const edited = parse(saved) as typeof original;
    expect(edited.honors[0]?.title).toBe(`${before}（经核对）`);
    expect(edited.honors.slice(1)).toEqual(original.honors.slice(1).map((honor) => expect.objectContaining({ title: honor.title })));
    expect(edited.acknowledgements).toEqual(original.acknowledgements);
    expect(offsite).toEqual([]);

    // The publishing check on the content with the edited file.
    const content = mkdtempSync(join(tmpdir(), 'showcase-admin-'));
    cpSync(join(root, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'units/xx-zhen/unit.yaml'), saved);
    const result = await runCheck(content);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
