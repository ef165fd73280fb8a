// Reading the built demo site in build tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { inject } from 'vitest';

export const demoDist = () => inject('demoDist');

/** The parsed index.html of a site path such as 'units/xx-zhen'. */
export function page(path: string) {
  return parseHTML(readFileSync(join(demoDist(), path, 'index.html'), 'utf8')).document;
}

export function distFile(path: string): string {
  return readFileSync(join(demoDist(), path), 'utf8');
}
