#!/usr/bin/env node
// The `showcase` command. First checks the Node version against package.json "engines", with
// a message staff can act on; then registers tsx so the TypeScript sources run as they are.
import { readFileSync } from 'node:fs';
import { nodeVersionProblem } from './node-version.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const problem = nodeVersionProblem(process.versions.node, pkg.engines.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
