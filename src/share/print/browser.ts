// The browser that prints boards and runs the browser tests: an installed Chrome, Edge or
// Chromium, found on Linux, macOS and Windows, checked together with the Chinese fonts, and
// launched through playwright-core. A browser is never downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless run as root in a container, without background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type Platform = NodeJS.Platform;

/** What to install, in the words of each system. */
export function installHint(platform: Platform = process.platform): string {
  const env = '浏览器装在其他位置时，用环境变量 SHOWCASE_CHROMIUM 指明其路径。';
  if (platform === 'win32') return `请安装 Microsoft Edge（Windows 10/11 自带）或 Google Chrome；${env}`;
  if (platform === 'darwin') return `请安装 Google Chrome 或 Microsoft Edge（放在“应用程序”文件夹中）；${env}`;
  return `在 Debian/Ubuntu 上安装：sudo apt-get install chromium fonts-noto-cjk；${env}`;
}

export const INSTALL_HINT = installHint();

/** Where Chrome, Edge and Chromium install themselves, most usual first. */
export function browserCandidates(platform: Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((dir): dir is string => Boolean(dir));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return apps.flatMap((app) => roots.map((root) => win32.join(root, app)));
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Chromium.app/Contents/MacOS/Chromium'];
    return apps.flatMap((app) => [join('/Applications', app), join(home, 'Applications', app)]);
  }
  return [
    DEFAULT_CHROMIUM,
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ];
}

export interface FindOptions {
  platform?: Platform;
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  home?: string;
}

/** SHOWCASE_CHROMIUM when set, else the first installed browser; null when there is none. */
export function findBrowser(options: FindOptions = {}): string | null {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  if (env['SHOWCASE_CHROMIUM']) return env['SHOWCASE_CHROMIUM'];
  return browserCandidates(options.platform, env, options.home).find((path) => exists(path)) ?? null;
}

/** The browser to use: the one found, else Debian's path (for a message naming it). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return findBrowser({ env }) ?? DEFAULT_CHROMIUM;
}

/** Font files whose names show Chinese glyphs: Noto/Source Han CJK, WenQuanYi, Windows and macOS fonts. */
const CHINESE_FONT_FILE =
  /cjk|sourcehan|wqy|wenquanyi|droidsansfallback|msyh|simsun|simhei|simkai|simfang|deng|pingfang|stheiti|hiragino ?sans ?gb|songti|kaiti|heiti/i;

/** Folders that hold fonts on each system (searched when fontconfig is absent). */
export function fontDirs(platform: Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string[] {
  if (platform === 'win32') {
    return [
      win32.join(env['WINDIR'] ?? 'C:\\Windows', 'Fonts'),
      ...(env['LOCALAPPDATA'] ? [win32.join(env['LOCALAPPDATA'], 'Microsoft\\Windows\\Fonts')] : []),
    ];
  }
  if (platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', join(home, 'Library/Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local/share/fonts'), join(home, '.fonts')];
}

/** Names of the Chinese font files in `dirs` (searched recursively); [] when none. */
export function chineseFontFiles(dirs: string[], list: (dir: string) => string[] = listFilesDeep): string[] {
  return dirs.flatMap((dir) => list(dir)).filter((name) => CHINESE_FONT_FILE.test(name.replace(/^.*[\\/]/, '')));
}

function listFilesDeep(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
}

/** Font families that cover Chinese, from fontconfig; null when fc-list is missing. */
export function listChineseFonts(): string | null {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return result.stdout;
}

export interface Prerequisites {
  chromium: string;
  /** What is missing, each with what to do; empty when printing can go ahead. */
  problems: string[];
}

export interface PrerequisiteOptions extends FindOptions {
  /** The browser to check instead of searching for one. */
  chromium?: string;
  /** fontconfig's Chinese families; null when fontconfig is absent (then font folders are searched). */
  fontList?: () => string | null;
  /** Chinese font files in the system's font folders. */
  fontFiles?: () => string[];
}

/** Checks for a browser and for fonts with Chinese glyphs (without them a PDF shows boxes). */
export function checkPrerequisites(options: PrerequisiteOptions = {}): Prerequisites {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const hint = installHint(platform);
  const found = options.chromium ?? findBrowser({ ...options, platform, env, exists });
  const problems: string[] = [];
  if (found === null) problems.push(`找不到 Chrome、Edge 或 Chromium 浏览器。${hint}`);
  else if (!exists(found)) problems.push(`找不到浏览器（${found}）。${hint}`);
  // fontconfig answers on Linux (and wherever it is installed); elsewhere the font folders do.
  const families = platform === 'win32' ? null : (options.fontList ?? listChineseFonts)();
  const hasChinese = families !== null ? families.trim() !== '' : (options.fontFiles ?? (() => chineseFontFiles(fontDirs(platform, env))))().length > 0;
  if (!hasChinese) {
    const fontHint =
      platform === 'win32'
        ? '请确认 Windows 的中文字体（微软雅黑、宋体）已安装'
        : platform === 'darwin'
          ? '请确认 macOS 的中文字体（苹方、华文黑体）未被删除'
          : hint;
    problems.push(`没有找到中文字体，PDF 中的汉字会显示为方框。${fontHint}`);
  }
  return { chromium: found ?? DEFAULT_CHROMIUM, problems };
}

export async function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
