// Where builds keep what they can reuse: Astro's image cache and data store, and our own
// rendered pictures. Keeping this folder between builds is what makes a republish fast.
export function buildCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['SHOWCASE_CACHE_DIR'] ?? './node_modules/.astro';
}
