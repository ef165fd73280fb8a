// /robots.txt: everything may be indexed but the editing page; the sitemap when the URL is known.
import type { APIRoute } from 'astro';
import { href } from '../data/paths';
import { siteConfig } from '../site.config';

export const GET: APIRoute = () => {
  const lines = ['User-agent: *', `Disallow: ${href('admin/')}`];
  if (siteConfig.url) lines.push('', `Sitemap: ${new URL(href('sitemap-index.xml'), siteConfig.url).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
