// `showcase import <files...>`: parses its arguments, runs the importer (src/importer/import-reports.ts)
// and prints what it understood and what to check.
import type { AnalyzedDocument } from '../importer/analyze';
import { importReports } from '../importer/import-reports';
import { humanReport } from '../importer/report-human';
import { runJson } from '../importer/report-json';
import type { WriteOutcome } from '../importer/write-entries';
import { parseCommandArgs } from './args';
import { UserError } from './errors';

export const HELP = `用法：showcase import <文件...> [选项]

把创建工作汇报材料（.txt 或 .docx）导入为网站内容：每个单位一个文件夹
<内容目录>/units/<单位网址名>/，内有 unit.yaml（单位资料草稿）和每篇报告的 .md 文件。
一个文件里可以有多篇材料（如“第一篇：”“第二篇：”），会分别导入；重复的版本只保留最完整的一篇。

选项：
  --out <目录>   内容目录（其中的 units/ 存放单位），默认 content
  --dry-run      只检查并报告，不写入任何文件
  --force        覆盖已存在的文件（默认跳过，不会改动已有内容）
  --json         在标准输出打印机器可读的 JSON 报告（供其他程序使用）
  -h, --help     显示本说明

.txt 文件可以是 UTF-8、UTF-16（记事本的“Unicode”）或 GBK/GB18030 编码（自动识别）；
繁体字材料会转换为简体，半角标点会改为全角，原文都保留在报告中，可以还原。
从网页复制的材料：导航、阅读数、水印网址、防复制乱码和“会员可阅读全文”一类的提示会被删除并列出；
一页里有多篇（篇一、篇二，“精选N篇”）会分开导入。
每笔金额会标出种类（创建经费、争取项目、捐款捐物……）和周期（每月、每年……），每项荣誉会标出
获得者（本单位、下属单位或个人）和类别（称号、奖项或锦旗一类的表扬），并附上依据和原文句子。
报告中的行号就是原文件的行号（.docx 为段落序号），可在编辑器中直接定位。`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      out: { type: 'string', default: 'content' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    HELP,
    true,
  );
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UserError(`请指定要导入的文件，例如：showcase import 汇报材料.txt\n\n${HELP}`);

  const dryRun = values['dry-run'];
  const { documents, outcomes } = await importReports(positionals, {
    out: values.out,
    force: values.force,
    dryRun,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (values.json) {
    const json = runJson(documents, {
      dryRun,
      out: values.out,
      entries: outcomes.map((o) => ({
        path: o.path,
        kind: o.entry.kind,
        slug: o.entry.slug,
        documents: o.entry.documents,
        status: o.status,
        ...(o.existing ? { existing: o.existing } : {}),
      })),
    });
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(`${humanReport(documents)}\n\n${writeSummary(outcomes, documents, dryRun)}\n`);
  }
  return 0;
}

function writeSummary(outcomes: readonly WriteOutcome[], docs: readonly AnalyzedDocument[], dryRun: boolean): string {
  const lines: string[] = [];
  const dups = docs.filter((d) => d.duplicateOf !== null);
  if (dups.length > 0) lines.push(`重复的版本不单独导入：${dups.map((d) => `第${d.index + 1}篇（保留第${(d.duplicateOf ?? 0) + 1}篇）`).join('、')}`);
  lines.push(dryRun ? '试运行（--dry-run）：没有写入任何文件。将会写入：' : '写入结果：');
  const status = {
    written: '已写入',
    overwritten: '已覆盖',
    'skipped-exists': '已存在，跳过（加 --force 可覆盖）',
    'skipped-same-report': '已有同一篇报告，跳过',
    'dry-run': '将写入',
  } as const;
  for (const o of outcomes) lines.push(`  ${status[o.status]}  ${o.path}${o.existing ? `（已有：${o.existing}；加 --force 仍写入）` : ''}`);
  if (!dryRun) lines.push('新单位以草稿（draft: true）写入，网站暂不发布。请打开 unit.yaml 和报告文件，按上面的提醒逐项核对，然后删去 draft 一行再发布。');
  return lines.join('\n');
}
