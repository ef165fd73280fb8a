// `npm run build:offline`: the site as a folder (and a zip) that works when opened from a USB
// stick with no server and no network: dist-offline/showcase-offline/index.html.
//   --out <dir>   where the folder and the zip go (default dist-offline)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeRelative, zipFolder } from '../src/offline/package';

const NAME = 'showcase-offline';
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist-offline' } } });
const root = resolve(import.meta.dirname, '..');
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
if (build.status !== 0 || !existsSync(join(siteDir, 'index.html'))) {
  process.stderr.write('离线版构建失败（见上方信息）。\n');
  process.exit(1);
}
const changed = makeRelative(siteDir);
const count = zipFolder(siteDir, zipFile, NAME);
process.stderr.write(
  [
    '',
    `离线版已生成：${siteDir}（改写了 ${changed} 个文件中的链接）`,
    `压缩包：${zipFile}（${count} 个文件）`,
    `使用：把文件夹（或解压后的文件夹）拷到 U 盘，双击其中的 index.html 即可浏览，无需网络。`,
    '注意：全文搜索需要网络服务器，离线版中不可用；二维码仍指向网站的正式网址。',
    '',
  ].join('\n'),
);
