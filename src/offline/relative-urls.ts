// Makes a built site work from a folder opened with file:// (a USB stick, no server): every
// site-relative URL ("/units/xx-zhen/") becomes relative to the file that holds it
// ("../xx-zhen/index.html"), and links to folders name their index.html, since there is no
// server to add it. Absolute URLs (canonical, Open Graph, QR codes) are left as they are.
import { posix } from 'node:path';

/** Rewrites one URL found in the file at `fromFile` (a path inside the site, e.g. 'units/a/index.html'). */
export function relativeUrl(url: string, fromFile: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // Leave alone: absolute and protocol-relative URLs, data:, mailto:, in-page and relative ones.
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  if (!url.startsWith(prefix) && `${url}/` !== prefix) return url;
  const match = /^([^?#]*)(.*)$/.exec(url.slice(prefix.length)) ?? [];
  let path = match[1] ?? '';
  const rest = match[2] ?? '';
  if (path === '' || path.endsWith('/')) path += 'index.html';
  else if (!posix.basename(path).includes('.')) path += '/index.html';
  const fromDir = posix.dirname(fromFile);
  const relative = posix.relative(fromDir === '.' ? '' : fromDir, path);
  return `${relative || 'index.html'}${rest}`;
}

// An attribute and its quoted value; the value may hold the other kind of quote.
const attribute = (names: string) => new RegExp(`(\\s(?:${names})\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`, 'gi');
const URL_ATTRIBUTE = attribute('href|src|poster|action|data-src');
const SRCSET_ATTRIBUTE = attribute('srcset|imagesrcset');
const STYLE_ATTRIBUTE = attribute('style');
const STYLE_BLOCK = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

type Rewrite = (value: string) => string;

/** Rewrites the value of each matching attribute, keeping its quotes. */
function rewriteAttributes(html: string, pattern: RegExp, rewrite: Rewrite): string {
  return html.replace(pattern, (_all, lead: string, double: string | undefined, single: string | undefined) =>
    double !== undefined ? `${lead}"${rewrite(double)}"` : `${lead}'${rewrite(single ?? '')}'`,
  );
}

/** Rewrites URLs in an HTML file: href, src, srcset, and url() in styles. */
export function relativizeHtml(html: string, fromFile: string, base = '/'): string {
  let out = rewriteAttributes(html, URL_ATTRIBUTE, (url) => relativeUrl(url, fromFile, base));
  out = rewriteAttributes(out, SRCSET_ATTRIBUTE, (value) => relativeSrcset(value, fromFile, base));
  out = rewriteAttributes(out, STYLE_ATTRIBUTE, (css) => relativizeCss(css, fromFile, base));
  return out.replace(STYLE_BLOCK, (_all, open: string, css: string, close: string) => `${open}${relativizeCss(css, fromFile, base)}${close}`);
}

/** "/a.webp 320w, /b.webp 640w" → "../a.webp 320w, ../b.webp 640w". */
export function relativeSrcset(srcset: string, fromFile: string, base = '/'): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_all, space: string, url: string) => `${space}${relativeUrl(url, fromFile, base)}`))
    .join(',');
}

/** Rewrites url(...) and @import "..." in CSS found in (or linked from) `fromFile`. */
export function relativizeCss(css: string, fromFile: string, base = '/'): string {
  return css
    .replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (_all, quote: string, url: string) => `url(${quote}${relativeUrl(url.trim(), fromFile, base)}${quote})`)
    .replace(/@import\s+(["'])([^"']+)\1/g, (_all, quote: string, url: string) => `@import ${quote}${relativeUrl(url, fromFile, base)}${quote}`);
}
