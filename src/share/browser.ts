// Debian's Chromium through playwright-core: found, checked and launched in one place, with
// a clear message and a hint when it or the CJK fonts are missing. A browser is never downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless run as root in a container, without background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const INSTALL_HINT = '在 Debian/Ubuntu 上安装：sudo apt-get install chromium fonts-noto-cjk；Chromium 在其他位置时，用环境变量 SHOWCASE_CHROMIUM 指明其路径。';

/** The Chromium to use: SHOWCASE_CHROMIUM, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['SHOWCASE_CHROMIUM'] || DEFAULT_CHROMIUM;
}

export interface Prerequisites {
  chromium: string;
  /** What is missing, each with what to do; empty when printing can go ahead. */
  problems: string[];
}

/** Checks for Chromium and for fonts with Chinese glyphs (without them a PDF shows boxes). */
export function checkPrerequisites(options: { chromium?: string; fontList?: () => string | null } = {}): Prerequisites {
  const chromium = options.chromium ?? chromiumPath();
  const problems: string[] = [];
  if (!existsSync(chromium)) problems.push(`找不到 Chromium（${chromium}）。${INSTALL_HINT}`);
  const fonts = (options.fontList ?? listChineseFonts)();
  if (fonts === null) problems.push(`无法检查字体：找不到 fc-list（fontconfig）。${INSTALL_HINT}`);
  else if (fonts.trim() === '') problems.push(`没有找到中文字体，PDF 中的汉字会显示为方框。${INSTALL_HINT}`);
  return { chromium, problems };
}

/** Font families that cover Chinese, from fontconfig; null when fc-list is missing. */
export function listChineseFonts(): string | null {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return result.stdout;
}

export async function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
