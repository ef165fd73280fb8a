// The editor's files, served by the site itself from npm packages: no CDN (mainland networks
// often cannot reach one). The @sveltia/cms bundle fetches its interface strings from unpkg.com
// and its fonts (including the icon font) from jsdelivr; both addresses are rewritten to the
// site's own copies, taken from the @sveltia/cms and @fontsource packages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const CDN = 'https://unpkg.com/@sveltia/cms';
/** jsdelivr's Fontsource address: font name, optional ":vf" (variable), version, file. */
const FONT_CDN = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g;
/** Interface languages shipped: Simplified Chinese, and English, the editor's own fallback. */
export const CMS_LOCALES = ['zh-CN', 'en-US'] as const;

const requireHere = () => createRequire(join(process.cwd(), 'package.json'));

/** A package's folder; some packages export only their entry, so resolve that and walk up. */
function packageDir(name: string): string {
  const require = requireHere();
  let dir = dirname(require.resolve(name));
  while (!dir.endsWith(name.split('/').join('/')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export function cmsVersion(): string {
  return (JSON.parse(readFileSync(join(packageDir('@sveltia/cms'), 'package.json'), 'utf8')) as { version: string }).version;
}

export interface CmsFont {
  /** File name served under admin/fonts/: source-sans-3-latin-wght-normal.woff2. */
  file: string;
  /** The npm package holding it. */
  pkg: string;
}

/** The fonts the editor asks jsdelivr for, as files of the matching @fontsource packages. */
export function cmsFonts(): CmsFont[] {
  const script = readFileSync(join(packageDir('@sveltia/cms'), 'dist/sveltia-cms.js'), 'utf8');
  const fonts = new Map<string, CmsFont>();
  for (const [, name, variable, file] of script.matchAll(FONT_CDN)) {
    fonts.set(`${name}-${file}`, { file: `${name}-${file}`, pkg: `@fontsource${variable ? '-variable' : ''}/${name}` });
  }
  return [...fonts.values()];
}

export function cmsFont(font: CmsFont): Buffer {
  return readFileSync(join(packageDir(font.pkg), 'files', font.file));
}

/** The editor's script with its CDN addresses pointing at `assetRoot` (admin/cms) and `fontRoot` on this site. */
export function cmsScript(assetRoot: string, fontRoot: string): string {
  return readFileSync(join(packageDir('@sveltia/cms'), 'dist/sveltia-cms.js'), 'utf8')
    .replaceAll(CDN, assetRoot)
    .replace(FONT_CDN, (_, name: string, _variable: string | undefined, file: string) => `${fontRoot}${name}-${file}`);
}

export function cmsLocale(locale: (typeof CMS_LOCALES)[number]): string {
  return readFileSync(join(packageDir('@sveltia/cms'), 'locales', `${locale}.json`), 'utf8');
}
