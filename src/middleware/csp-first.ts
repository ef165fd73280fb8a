// A Content-Security-Policy given in a <meta> governs only what comes after it, and Astro
// writes its CSP <meta> at the end of <head>, after the layout's inline script and styles.
// The policy is moved to just after <meta charset> (which carries no code), so it is the first
// element of <head> that could matter.

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
