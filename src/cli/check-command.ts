// `showcase check`: the publishing gate. Run by the build before Astro, and on its own.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheDir } from '../build-cache';
import { progressEvery } from '../build-progress';
import { fileCheckCache } from '../check/check-cache';
import { formatCheckResult } from '../check/format';
import { DEFAULT_OPTIONS, runCheck } from '../check/run-check';
import { parseCommandArgs } from './args';
import { UserError } from './errors';

export const HELP = `用法：showcase check [选项]

发布前检查全部内容：格式错误、占位符（XX、×××）、身份证号和电话等个人信息、
找不到的照片、缺少本人同意的人物照片、断开的链接和重复的网址名。
有错误时以非零状态退出，网站不会发布（npm run build 会先运行本检查）。

选项：
  --content <目录>   内容目录（其中的 units/ 存放单位），默认 content
  --max-photo-mb <数>  照片大小上限（MB），默认 20
  --json             在标准输出打印机器可读的 JSON 结果
  --no-cache         不使用上次检查的结果，全部重新检查
  -h, --help         显示本说明`;

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      content: { type: 'string', default: process.env['SHOWCASE_CONTENT_DIR'] || 'content' },
      'max-photo-mb': { type: 'string', default: String(DEFAULT_OPTIONS.maxPhotoBytes / 1048576) },
      json: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    HELP,
  );
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const maxMb = Number(values['max-photo-mb']);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UserError(`--max-photo-mb 应为正数，收到 "${values['max-photo-mb']}"`);
  if (!existsSync(join(values.content, 'units'))) {
    throw new UserError(`内容目录 "${values.content}" 中没有 units/ 文件夹。用 --content 指定内容目录，或先用 showcase import 导入报告。`);
  }
  const options = { maxPhotoBytes: maxMb * 1048576 };
  let result;
  try {
    // Units unchanged since the last check or build reuse their results (the same cache the build keeps).
    // Progress goes to standard error: standard output stays the result alone (--json).
    const progress = progressEvery((checked, total) => process.stderr.write(`已检查 ${checked} / ${total} 个单位……\n`));
    result = await runCheck(values.content, options, values['no-cache'] ? undefined : fileCheckCache(buildCacheDir(), options), progress);
  } catch (error) {
    // Every file problem is a finding; what is left is the folder itself (permissions, a disk error).
    throw new UserError(
      `无法检查内容目录 "${values.content}"：${error instanceof Error ? error.message.split('\n')[0] : String(error)}。请确认这个目录可以读取。`,
    );
  }
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatCheckResult(result)}\n`);
  return result.errors > 0 ? 1 : 0;
}
