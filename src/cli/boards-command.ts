// `showcase boards`: prints every exhibit board of a built site to PDF for the print shop.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOARD_SIZES, type BoardSizeId } from '../domain/board';
import { checkPrerequisites, INSTALL_HINT, launchChromium } from '../share/print/browser';
import { BOARD_FONT, BOARD_FONT_HINT, boardFontInstalled, builtBoards, printBoards } from '../share/print/board-pdf';
import { parseCommandArgs } from './args';
import { UserError } from './errors';
import { URL_HINT } from '../settings/site-settings';

export const HELP = `用法：showcase boards [选项]

把已构建网站中的展板（/boards/<网址名>/）用浏览器打印为 PDF，交印刷店输出：
  dist/boards/<网址名>.pdf      A1 竖版（594×841 毫米，默认）
  dist/boards/<网址名>-a3.pdf   A3 竖版（297×420 毫米，--size a3 或 all）
页面尺寸精确，背景色一并打印，汉字保留为文字（字体以 CID TrueType 嵌入，不用 Type 3），
文字自动放大以填满版面。版面上有占位符（XX、xxxx 等）的展板拒绝打印并指明是哪一块；
照片在印刷尺寸下不足 300 ppi 时给出提示。先运行 npm run build 构建网站。

选项：
  --size <a1|a3|all>   纸张，默认 a1
  --only <网址名>      只打印这个单位（可重复）
  --dist <目录>        已构建的网站，默认 dist
  --base <路径>        网站的子目录（与构建时的 SHOWCASE_BASE 相同），默认 /
  --bleed              每边加 3 毫米出血并画裁切线（印刷店通常需要）
  --allow-placeholders 含占位符的展板也打印（仅供校对，不可交印刷店）
  -h, --help           显示本说明

需要电脑上装有 Chrome、Edge 或 Chromium 浏览器和中文字体：Windows 和 macOS 用已安装的
Chrome 或 Edge；Debian/Ubuntu 上 sudo apt-get install chromium fonts-noto-cjk fonts-wqy-microhei
（展板用文泉驿微米黑，PDF 中字体以 CID TrueType 嵌入）。
浏览器在其他位置时用环境变量 SHOWCASE_CHROMIUM 指明。PDF 写在 dist/boards/，网站的单位页面和
展板列表链接到它们，随网站一起发布。`;

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      size: { type: 'string', default: 'a1' },
      only: { type: 'string', multiple: true, default: [] },
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env['SHOWCASE_BASE'] || '/' },
      bleed: { type: 'boolean', default: false },
      'allow-placeholders': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    HELP,
  );
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const sizes = parseSizes(values.size);
  const distDir = values.dist;
  if (!existsSync(join(distDir, 'index.html'))) throw new UserError(`${distDir}/ 中没有构建好的网站。先运行 npm run build，再运行 showcase boards。`);
  if (!builtWithUrl(distDir)) {
    throw new UserError(
      `展板 PDF 暂不能生成：网站构建时没有设置正式网址，展板上的二维码无处可指。\n${URL_HINT}，然后重新运行 npm run build，再运行 showcase boards。`,
    );
  }
  const slugs = builtBoards(distDir);
  if (slugs.length === 0) throw new UserError(`${distDir}/boards/ 中没有展板。网站是否用当前版本构建？请重新运行 npm run build。`);
  const unknown = values.only.filter((slug) => !slugs.includes(slug));
  if (unknown.length > 0) throw new UserError(`没有这些单位的展板：${unknown.join('、')}。已有：${slugs.join('、')}`);

  const { chromium, problems } = checkPrerequisites();
  if (problems.length > 0) throw new UserError(`无法生成 PDF：\n  ${problems.join('\n  ')}`);

  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (boardFontInstalled() === false) {
    log(`注意：没有找到展板字体 ${BOARD_FONT}，PDF 中的汉字会以 Type 3 字体嵌入，印刷店可能拒收。安装：${BOARD_FONT_HINT}`);
  }
  const browser = await launchChromium(chromium).catch((error: unknown) => {
    throw new UserError(`浏览器（${chromium}）无法启动：${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n${INSTALL_HINT}`);
  });
  try {
    const printed = await printBoards(browser, {
      distDir,
      base: values.base,
      sizes,
      only: values.only,
      bleed: values.bleed,
      allowPlaceholders: values['allow-placeholders'],
      log,
    });
    const overflowing = printed.filter((board) => board.overflow);
    const refused = printed.filter((board) => board.file === null);
    const reused = printed.filter((board) => board.reused).length;
    log(`已生成 ${printed.length - refused.length} 个 PDF${reused > 0 ? `（其中 ${reused} 个展板未改动，沿用上次的 PDF）` : ''}。`);
    if (overflowing.length > 0) log(`其中 ${overflowing.length} 块展板内容超出版面（见上），请在单位页面核对，或精简该单位的材料。`);
    if (refused.length > 0) {
      log(`${refused.length} 块展板因含占位符未打印：${refused.map((board) => `${board.slug}（${board.size.toUpperCase()}）`).join('、')}。`);
      return 1;
    }
    return 0;
  } finally {
    await browser.close();
  }
}

/** A site built with its URL names it as the canonical address of its home page. */
function builtWithUrl(distDir: string): boolean {
  return /<link rel="canonical" href="https?:\/\//.test(readFileSync(join(distDir, 'index.html'), 'utf8'));
}

function parseSizes(value: string): BoardSizeId[] {
  if (value === 'all') return Object.keys(BOARD_SIZES) as BoardSizeId[];
  if (value in BOARD_SIZES) return [value as BoardSizeId];
  throw new UserError(`--size 应为 a1、a3 或 all，而不是 "${value}"`);
}
