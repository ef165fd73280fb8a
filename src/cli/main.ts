// `showcase <command> [...]`: a small table of subcommands. Each command module exports
// `run(args): Promise<number>` (the exit code) and a one-line summary.
import { readFileSync } from 'node:fs';
import { ImportError } from '../importer/read-source';
import { UserError } from './errors';

interface Command {
  summary: string;
  load: () => Promise<{ run: (args: string[]) => Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  import: { summary: '把汇报材料（.txt、.docx）导入为网站内容', load: () => import('./import-command') },
  check: { summary: '发布前检查内容（格式、占位符、个人信息、照片、链接）', load: () => import('./check-command') },
  boards: { summary: '把展板打印为 PDF（A1/A3，交印刷店）', load: () => import('./boards-command') },
  new: { summary: '新建一个单位（从干净的模板开始）', load: () => import('./new-command') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
  return [
    '用法：showcase <命令> [参数]',
    '',
    '命令：',
    ...lines,
    '',
    '每个命令都可以加 --help 查看说明，例如：showcase import --help',
    'showcase --version 显示版本。',
  ].join('\n');
}

/** The version in package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`showcase ${version()}\n`);
    return 0;
  }
  if (name.startsWith('-')) {
    process.stderr.write(`不认识的选项“${name}”。\n\n${usage()}\n`);
    return 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`没有“${name}”这个命令。\n\n${usage()}\n`);
    return 1;
  }
  try {
    const module = await command.load();
    return await module.run(args);
  } catch (error) {
    if (process.env['SHOWCASE_DEBUG'] === '1') throw error;
    if (error instanceof UserError || error instanceof ImportError) {
      process.stderr.write(`错误：${error.message}\n`);
      return 1;
    }
    process.stderr.write(
      `出现了意外错误：${error instanceof Error ? error.message : String(error)}\n请把这条信息和所用的文件发给技术人员（设置 SHOWCASE_DEBUG=1 可看到详细信息）。\n`,
    );
    return 1;
  }
}

// A reader that stops early (`showcase check --json | head`) is no error to report: the command
// stops quietly, with the status Unix tools end with when their reader is gone (SIGPIPE, 141),
// so that a pipeline under `set -o pipefail` does not take an unfinished check for a pass.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(141);
});

process.exitCode = await main(process.argv.slice(2));
