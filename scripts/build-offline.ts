// `npm run build:offline`: the site as a folder (and a zip) that works when opened from a USB
// stick with no server and no network: dist-offline/showcase-offline/index.html. The exhibit
// boards are printed into it as PDFs (A1); the editing page (/admin/) is left out.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandArgs } from '../src/cli/args';
import { UserError } from '../src/cli/errors';
import { makeRelative, zipFolder } from '../src/offline/package';
import { URL_HINT } from '../src/settings/site-settings';
import { siteConfig } from '../src/site.config';
import { checkPrerequisites, launchChromium } from '../src/share/print/browser';
import { printBoards } from '../src/share/print/board-pdf';

export const HELP = `用法：npm run build:offline -- [选项]

生成离线版：一个文件夹和它的压缩包，拷到 U 盘后双击其中的 index.html 即可浏览，
无需网络和服务器。各单位的展板 PDF（A1）一并打印在其中。

选项：
  --out <目录>    离线版放在哪里，默认 dist-offline
  --no-boards     不打印展板 PDF（没有 Chrome/Chromium 时用；离线版中的 PDF 链接将无效）
  -h, --help      显示本说明`;

const NAME = 'showcase-offline';
const root = resolve(import.meta.dirname, '..');
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      out: { type: 'string', default: 'dist-offline' },
      'no-boards': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    HELP,
  );
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!siteConfig.url) throw new UserError(`离线版暂不能生成：网站的正式网址尚未设置，离线版中的二维码无处可指。\n${URL_HINT}。`);
  const prerequisites = values['no-boards'] ? null : checkPrerequisites();
  if (prerequisites && prerequisites.problems.length > 0) {
    throw new UserError(`离线版要打印展板 PDF，但：\n  ${prerequisites.problems.join('\n  ')}\n不要展板 PDF 时加 --no-boards。`);
  }

  const outDir = resolve(values.out);
  const siteDir = join(outDir, NAME);
  const zipFile = join(outDir, `${NAME}.zip`);
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(zipFile, { force: true });
  mkdirSync(outDir, { recursive: true });

  // Built at the root path: every site-relative URL then starts with '/' and can be rewritten.
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SHOWCASE_OUT_DIR: siteDir, SHOWCASE_BASE: '/' },
  });
  if (build.status !== 0 || !existsSync(join(siteDir, 'index.html'))) throw new UserError('离线版构建失败（见上方信息）。');
  // Editing needs a server and a person with rights: not on a USB stick.
  rmSync(join(siteDir, 'admin'), { recursive: true, force: true });

  if (prerequisites) {
    const browser = await launchChromium(prerequisites.chromium);
    try {
      // For reading at a meeting, not for the print shop: a board shows what the site publishes,
      // placeholders the gate let through as reviewed exceptions included (the pages link to every PDF).
      const printed = await printBoards(browser, { distDir: siteDir, sizes: ['a1'], allowPlaceholders: true, log: () => {} });
      log(`已打印 ${printed.length} 块展板（A1 PDF）。`);
    } finally {
      await browser.close();
    }
  }
  const changed = makeRelative(siteDir);
  const count = zipFolder(siteDir, zipFile, NAME);
  log(
    [
      '',
      `离线版已生成：${siteDir}（改写了 ${changed} 个文件中的链接）`,
      `压缩包：${zipFile}（${count} 个文件）`,
      '使用：把文件夹（或解压后的文件夹）拷到 U 盘，双击其中的 index.html 即可浏览，无需网络。',
      '注意：全文搜索需要网络服务器，离线版中不可用；二维码仍指向网站的正式网址。',
      '',
    ].join('\n'),
  );
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UserError) && process.env['SHOWCASE_DEBUG'] === '1') throw error;
  process.stderr.write(`错误：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
