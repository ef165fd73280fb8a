// Command-line options read with node:util parseArgs, with its English errors answered in
// Chinese and followed by the command's usage line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors';

/** The first line of a command's help text: "用法：showcase check [选项]". */
export const usageLine = (help: string) => help.split('\n')[0] ?? help;

/** A parseArgs error as a Chinese sentence. */
export function translateArgError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  const quoted = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项“${quoted ?? message}”。`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数“${quoted ?? message}”：这个命令不需要它。`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = quoted?.split(' ')[0]?.split(',').pop()?.trim() ?? '';
    if (/does not take an argument/.test(message)) return `选项 ${option} 后面不能带值。`;
    return `选项 ${option} 后面要写一个值。`;
  }
  return `参数有误：${message}`;
}

/** parseArgs with Chinese errors: a mistake becomes a UserError holding the usage line. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, help: string, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const name = /showcase ([\w:-]+)/.exec(usageLine(help))?.[1];
    const more = name ? `\n运行 showcase ${name} --help 查看全部说明。` : '';
    throw new UserError(`${translateArgError(error)}\n${usageLine(help)}${more}`);
  }
}
