// A Content-Security-Policy given in a <meta> governs only what comes after it, and Astro
// writes its CSP <meta> at the end of <head>, after the layout's inline script and styles.
// Once the pages exist, the policy is moved to just after <meta charset> (which carries no
// code), so it is the first element of <head> that could matter.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET = /<meta charset=["']?[\w-]+["']?\s*\/?>/i;

/** The page with its CSP <meta> first in <head> (after the charset); unchanged when already so or absent. */
export function cspFirst(html: string): string {
  const csp = CSP_META.exec(html);
  const headStart = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!csp || !headStart) return html;
  const charset = CHARSET.exec(html);
  const anchor = charset && charset.index < csp.index ? charset.index + charset[0].length : headStart.index + headStart[0].length;
  if (/^\s*$/.test(html.slice(anchor, csp.index))) return html;
  const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  return without.slice(0, anchor) + csp[0] + without.slice(anchor);
}

export function cspMetaFirst(): AstroIntegration {
  return {
    name: 'showcase:csp-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
        let moved = 0;
        // A few files at a time: enough to keep the disk busy, not enough to exhaust file handles.
        for (let i = 0; i < pages.length; i += 32) {
          await Promise.all(
            pages.slice(i, i + 32).map(async (page) => {
              const path = join(site, page);
              const html = await readFile(path, 'utf8');
              const fixed = cspFirst(html);
              if (fixed === html) return;
              await writeFile(path, fixed);
              moved += 1;
            }),
          );
        }
        logger.info(`安全策略（CSP）已移到 ${moved} 个页面 <head> 的最前面`);
      },
    },
  };
}
