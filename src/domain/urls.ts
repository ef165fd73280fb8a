// Absolute and printable forms of the site's URLs: what QR codes, share cards and paper show.

/** 'https://example.org/units/xx-zhen/' from a site-relative path and the site's URL. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site).href;
}

/**
 * A URL as people copy it from paper: no scheme, no trailing slash on the bare host
 * ('example.org/units/xx-zhen/'). Typing it into a browser leads to the same page.
 */
export function displayUrl(url: string): string {
  const parsed = new URL(url);
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  return `${parsed.host}${path === '/' ? '' : path}`;
}

/** The origin written before a site-relative link on paper ('https://example.org'). */
export function siteOrigin(site: string): string {
  return new URL(site).origin;
}
