// Builds the demo site once before the build tests; they read it through inject('demoDist').
import type { TestProject } from 'vitest/node';
import { astroBuild } from '../helpers/astro-build';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDist: string;
  }
}

export default function setup(project: TestProject) {
  // One unit per search shard, so the browser tests search an index merged from shards.
  const build = astroBuild('content', { SHOWCASE_SEARCH_SHARD_SIZE: '1' });
  if (build.status !== 0) throw new Error(`The demo site did not build:\n${build.output}`);
  project.provide('demoDist', build.outDir);
}
