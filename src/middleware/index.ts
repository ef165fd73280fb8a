// Every page leaves the renderer with its CSP <meta> first in <head> (./csp-first.ts). Done here,
// as each page is rendered, rather than by rewriting dist/ afterwards: a page the incremental
// build restores from the last build is already fixed, so a republish touches no other file.
import { defineMiddleware } from 'astro:middleware';
import { cspFirst } from './csp-first';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(cspFirst(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
