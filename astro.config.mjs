// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import rehypeExternalLinks from 'rehype-external-links';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { buildCacheDir } from './src/build-cache.ts';
import { limitHeapGrowth } from './src/build-memory.ts';
import { rehypeSectionIds } from './src/remark/rehype-section-ids.ts';
import { rehypeSentenceIds } from './src/remark/rehype-sentence-ids.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { photos } from './src/integrations/photos.ts';
import { PHOTO_FOLDER } from './src/domain/photo-variants.ts';
import { assetNamingVite } from './src/integrations/asset-names.ts';
import { remarkReportImages } from './src/remark/remark-report-images.ts';
import { siteUrlNotice } from './src/settings/url-notice.ts';

// The build keeps its heap near what is live (src/build-memory.ts): 5 000 units fit in 4 GB.
limitHeapGrowth();

// A republish writes over the last build's output rather than into an empty folder; this takes
// away whatever the site no longer publishes (src/integrations/kept-output.ts).
// The photo folder is the photo step's own: it keeps, adds and removes those files itself.
const output = keptOutput({ cacheDir: buildCacheDir(), ownedElsewhere: [`${PHOTO_FOLDER}/`] });

export default defineConfig({
  // No placeholder host: without a URL in site.yaml there is no `site` (the build warns).
  ...(siteConfig.url ? { site: siteConfig.url } : {}),
  base: siteConfig.base,
  trailingSlash: 'always',
  // The publishing gate runs in the content loader (src/loaders/content-pipeline.ts): nothing
  // wrong, unsafe or private is built. Once the pages exist, the CSP <meta> is moved first in
  // every page's <head>, then the Chinese search index (Pagefind) reads them, in processes of its
  // own while the next steps run. Unit photos are published as WebP named by their content
  // (src/integrations/photos.ts). The sitemap (only with a URL in site.yaml) leaves out the
  // editing page; without a URL every build says so (src/settings/url-notice.ts). Last, once the
  // search index is written, files no longer published are removed.
  integrations: [
    searchIndex({ base: siteConfig.base, cacheDir: buildCacheDir(), keep: output.keep, handOver: output.waitFor }),
    photos({ cacheDir: buildCacheDir() }),
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/admin/') }),
    siteUrlNotice(siteConfig.url),
    output.integration,
  ],
  outDir: process.env.SHOWCASE_OUT_DIR ?? './dist',
  // Transformed images and the content data store live here; keeping this folder between
  // builds is what makes republishing fast (see README, "Caches").
  cacheDir: buildCacheDir(),
  // Reports are prose written by many hands: sanitize every raw HTML fragment away, then give
  // headings and sentences their stable ids (after sanitizing, which would otherwise prefix them).
  markdown: {
    // Reports are prose: no code to highlight (and Shiki's inline styles would fight the CSP).
    syntaxHighlight: false,
    processor: unified({
      // Drafts keep no image; SVG and images outside the unit's folder are dropped (the gate refuses them first).
      remarkPlugins: [remarkReportImages],
      // External links open in the same tab (no surprise windows for elderly readers) and
      // give the target no handle on this page.
      rehypePlugins: [rehypeSanitize, rehypeSectionIds, rehypeSentenceIds, [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }]],
      // Straight quotes into curly ones is an English habit; Chinese text keeps its own.
      smartypants: false,
    }),
  },
  image: {
    // Images in reports: responsive WebP by default; originals are never copied at full size.
    layout: 'constrained',
    responsiveStyles: true,
  },
  build: { format: 'directory' },
  // A republish renders only the pages whose data changed: each dynamic route returns a
  // cacheKey from the digest of what the page shows (src/data/page-keys.ts); unchanged pages
  // are copied from the last build, kept in the cache folder.
  experimental: { incrementalBuild: true },
  // Published images are named by their content hash only, never by the source file's name.
  // The output folder is not emptied before a build: unchanged pages stay in place (see above).
  vite: { ...assetNamingVite, build: { ...assetNamingVite.build, emptyOutDir: false } },
  // Content-Security-Policy as a <meta> on every page: scripts only from the site itself or
  // hashed by Astro; Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'. Inline
  // styles stay allowed: the build-time SVG charts style their text inline, and styles
  // cannot run code.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
