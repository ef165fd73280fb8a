// The package as staff install it: `npm pack`, installed into an empty folder, then
// `npx showcase`. The install is offline: the lockfile written here names every runtime
// dependency at the version of the project's own lockfile, so npm takes the tarballs from its
// cache (filled by the project's own `npm ci`); no registry is asked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  engines: Record<string, string>;
};
// npm and the installed command run on this test's Node (22 here), not on an older system one.
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
  NO_COLOR: '1',
  npm_config_update_notifier: 'false',
};
const run = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32' });
  return { status: result.status, out: result.stdout, err: result.stderr, all: `${result.stdout}\n${result.stderr}` };
};

interface LockEntry {
  version: string;
  name?: string;
  resolved?: string;
  dev?: boolean;
  link?: boolean;
}

/** A lockfile for a folder depending only on `tarball`, pinned to the project's own lockfile. */
function lockfileFor(tarball: string): object {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const packages: Record<string, object> = {
    '': { name: 'staff-site', version: '1.0.0', dependencies: { showcase: `file:${tarball}` } },
    'node_modules/showcase': { version: pkg.version, resolved: `file:${tarball}`, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || entry.dev || entry.link) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    // npm 11 leaves `resolved` out for registry packages; the cache finds them by integrity.
    packages[path] = { ...entry, resolved: entry.resolved ?? `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz` };
  }
  return { name: 'staff-site', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

describe('the installed package', () => {
  let dir: string;
  let tarball: string;
  let files: string[];
  let install: ReturnType<typeof run>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'showcase-install-'));
    const packed = run('npm', ['pack', '--json', '--pack-destination', dir], root);
    if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.all}`);
    const [info] = JSON.parse(packed.out) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = info?.filename ?? '';
    files = info?.files.map((file) => file.path) ?? [];
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'staff-site', version: '1.0.0', private: true, dependencies: { showcase: `file:${tarball}` } }),
    );
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lockfileFor(tarball)));
    install = run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], dir);
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('packs the command, its sources and templates, and no demo content or tests', () => {
    for (const file of ['bin/showcase.js', 'bin/node-version.js', 'src/cli/main.ts', 'templates/unit/unit.yaml', 'astro.config.mjs', 'package.json'])
      expect(files, file).toContain(file);
    expect(files.filter((file) => /^(test|content|bench)\//.test(file))).toEqual([]);
    expect(pkg.bin['showcase']).toBe('bin/showcase.js');
    // What the command loads at run time is a dependency, not a devDependency.
    for (const name of ['tsx', 'astro', 'yaml', 'pinyin-pro', 'playwright-core']) expect(pkg.dependencies, name).toHaveProperty(name);
  });

  it('installs offline and answers `npx showcase --version`', () => {
    expect(install.status, install.all).toBe(0);
    const version = run('npx', ['--no-install', 'showcase', '--version'], dir);
    expect(version.status, version.all).toBe(0);
    expect(version.out.trim()).toBe(`showcase ${pkg.version}`);
  });

  it('creates and checks a unit from the installed package', () => {
    expect(install.status, install.all).toBe(0);
    const created = run('npx', ['--no-install', 'showcase', 'new', '城关镇', '--content', 'content'], dir);
    expect(created.status, created.all).toBe(0);
    const checked = run('npx', ['--no-install', 'showcase', 'check', '--content', 'content'], dir);
    expect(checked.status, checked.all).toBe(0);
    expect(checked.out).toContain('检查了 1 个单位');
  });
});
