// The `showcase` command as staff meet it: Chinese answers, usage lines, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../bin/node-version.js';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; engines: { node: string } };

function showcase(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin/showcase.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, out: result.stdout, err: result.stderr };
}
function offline(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-offline.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
}
const STACK = /\n\s+at |Error:|ERR_/;

// Each case starts Node and tsx, seconds apiece on a busy machine.
describe('showcase command line', { timeout: 60_000 }, () => {
  it('stops quietly when its reader stops early (showcase check --json | head)', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/showcase.js'), '--help'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    // The reader is gone before a word is written.
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).not.toMatch(STACK);
    expect(status).toBe(141);
  });

  it('prints its version', () => {
    const run = showcase('--version');
    expect(run.status).toBe(0);
    expect(run.out.trim()).toBe(`showcase ${pkg.version}`);
  });

  it.each(['check', 'boards', 'new', 'import'])('answers an unknown option to %s in Chinese with its usage line', (command) => {
    const run = showcase(command, '--colour');
    expect(run.status).toBe(1);
    expect(run.err).toContain('--colour');
    expect(run.err).toMatch(/不认识的选项/);
    expect(run.err).toContain(`用法：showcase ${command}`);
    expect(run.err).not.toMatch(STACK);
  });

  it.each(['check', 'boards', 'new', 'import'])('prints help for %s without a stack trace', (command) => {
    const run = showcase(command, '--help');
    expect(run.status).toBe(0);
    expect(run.out).toContain(`用法：showcase ${command}`);
    expect(run.err).not.toMatch(STACK);
  });

  it('answers an unknown command or top-level option with the command list', () => {
    for (const arg of ['publish', '--colour']) {
      const run = showcase(arg);
      expect(run.status).toBe(1);
      expect(run.err).toContain(arg);
      expect(run.err).toContain('用法：showcase <命令>');
    }
  });

  it('build:offline has help and Chinese option errors, no stack trace', () => {
    const help = offline('--help');
    expect(help.status).toBe(0);
    expect(help.out).toContain('用法：npm run build:offline');
    const bad = offline('--outdir', 'x');
    expect(bad.status).toBe(1);
    expect(bad.err).toContain('不认识的选项“--outdir”');
    expect(bad.err).toContain('用法：npm run build:offline');
    for (const run of [help, bad]) expect(`${run.out}${run.err}`).not.toMatch(STACK);
  });

  it('build:offline refuses without a URL, saying where to set it, before building anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'showcase-nourl-'));
    writeFileSync(join(dir, 'site.yaml'), 'title: 测试县文明单位创建成果展示\noffice: 测试县文明办\n');
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-offline.ts'), '--out', join(dir, 'out')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SHOWCASE_SITE_FILE: join(dir, 'site.yaml'), SHOWCASE_SITE_URL: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('离线版暂不能生成');
    expect(result.stderr).toContain('site.yaml');
    expect(result.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('boards refuses a site built without a URL, saying where to set it', () => {
    const dist = mkdtempSync(join(tmpdir(), 'showcase-nourl-'));
    spawnSync('sh', [
      '-c',
      `mkdir -p ${dist}/boards/a && echo '<html><head><title>x</title></head></html>' > ${dist}/index.html && cp ${dist}/index.html ${dist}/boards/a/index.html`,
    ]);
    const run = showcase('boards', '--dist', dist);
    expect(run.status).toBe(1);
    expect(run.err).toContain('网址');
    expect(run.err).toContain('site.yaml');
    expect(run.err).not.toMatch(STACK);
  });

  it('checks the Node version against package.json with a message saying what to install', () => {
    expect(pkg.engines.node).toBe('>=22.12');
    expect(nodeVersionProblem('22.12.0', pkg.engines.node)).toBe(null);
    expect(nodeVersionProblem('24.1.0', pkg.engines.node)).toBe(null);
    expect(nodeVersionProblem('v23.0.0', pkg.engines.node)).toBe(null);
    for (const old of ['20.20.2', '22.11.0', '18.0.0']) {
      const message = nodeVersionProblem(old, pkg.engines.node);
      expect(message).toContain(`这台电脑上是 ${old}`);
      expect(message).toContain('Node.js 22 或 24');
    }
  });
});
