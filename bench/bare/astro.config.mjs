// @ts-check
// The baseline: plain Astro 7 with one page per unit rendering its report.md, nothing else
// (default Markdown processor, no images, no aggregates). bench/run.ts builds it from the
// same corpus as Showcase, with the same environment variables, and prints Showcase / bare.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.SHOWCASE_OUT_DIR ?? './dist',
  cacheDir: process.env.SHOWCASE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
