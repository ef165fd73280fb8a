// `showcase new <简称>`: a new unit folder from the clean template (templates/unit/): every
// field to fill is marked XX, so the publishing check stops it until a person has filled it in,
// and it carries no acknowledgements. It starts as a draft.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { slugify } from '../domain/slug';
import { UNIT_KINDS } from '../domain/vocabulary';
import { parseCommandArgs } from './args';
import { UserError } from './errors';

export const HELP = `用法：showcase new <单位简称> [选项]

新建一个单位：在 content/units/<网址名>/ 中写入 unit.yaml（单位资料）、report.md（汇报材料）
和 photos/（照片文件夹）。要填写的地方都写着 XX；新单位是草稿（draft: true），
填好、核对并删去 draft 一行后才会发布。

选项：
  --name <全称>        单位全称，如 城关镇党政机关（默认先写 XX）
  --kind <类型>        ${UNIT_KINDS.join('、')}（默认 其他）
  --region <地区>      从省写起，用逗号分开，如 四川省,泸州市,龙马潭区
  --slug <网址名>      单位页面的网址名（默认用简称的拼音，如 cheng-guan-zhen）
  --content <目录>     内容目录，默认 content
  -h, --help           显示本说明

例：showcase new 城关镇 --name 城关镇党政机关 --kind 党政机关 --region 四川省,泸州市`;

const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/unit/', import.meta.url));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A value written into YAML: quoted only when YAML needs it. */
const yamlValue = (value: unknown) => stringify(value, { flowCollectionPadding: false, collectionStyle: 'flow' }).trim();

export interface NewUnit {
  shortName: string;
  name?: string | undefined;
  kind?: string | undefined;
  region?: string[] | undefined;
  slug?: string | undefined;
}

/** The template's files for one unit, by name. */
export function renderUnitTemplate(unit: NewUnit & { slug: string }): Record<string, string> {
  const values: Record<string, string> = {
    shortName: yamlValue(unit.shortName),
    slug: unit.slug,
    name: yamlValue(unit.name ?? `${unit.shortName}XX`),
    kind: unit.kind ?? '其他',
    region: yamlValue(unit.region ?? ['XX省', 'XX市']),
  };
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
  return {
    'unit.yaml': fill(readFileSync(join(TEMPLATE_DIR, 'unit.yaml'), 'utf8')),
    // The report's title is Markdown front matter: the short name goes in as written.
    'report.md': readFileSync(join(TEMPLATE_DIR, 'report.md'), 'utf8').replaceAll('{{shortName}}', unit.shortName),
  };
}

/** Writes the new unit under `contentDir`/units/ and returns its folder. */
export function createUnit(contentDir: string, unit: NewUnit): string {
  const shortName = unit.shortName.trim();
  if (shortName === '') throw new UserError('请写出单位简称，例如：showcase new 城关镇');
  if (unit.kind !== undefined && !(UNIT_KINDS as readonly string[]).includes(unit.kind)) {
    throw new UserError(`--kind 应为以下之一：${UNIT_KINDS.join('、')}，而不是“${unit.kind}”`);
  }
  const slug = unit.slug ?? slugify(shortName);
  if (!SLUG.test(slug)) throw new UserError(`无法从“${shortName}”生成网址名：请用 --slug 指定，只用小写字母、数字和连字符，如 --slug cheng-guan-zhen`);
  const folder = join(contentDir, 'units', slug);
  if (existsSync(folder)) throw new UserError(`${folder} 已经存在：这个单位可能已经建过。换一个网址名请用 --slug。`);
  mkdirSync(join(folder, 'photos'), { recursive: true });
  for (const [name, text] of Object.entries(renderUnitTemplate({ ...unit, shortName, slug }))) writeFileSync(join(folder, name), text);
  // Keeps the empty photos/ folder in version control.
  writeFileSync(join(folder, 'photos', '.gitkeep'), '');
  return folder;
}

// Nothing here waits, but every command's run returns a promise (src/cli/main.ts).
export function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      name: { type: 'string' },
      kind: { type: 'string' },
      region: { type: 'string' },
      slug: { type: 'string' },
      content: { type: 'string', default: process.env['SHOWCASE_CONTENT_DIR'] || 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    HELP,
    true,
  );
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return Promise.resolve(0);
  }
  if (positionals.length !== 1) throw new UserError(`请写出一个单位简称，例如：showcase new 城关镇\n${HELP.split('\n')[0]}`);
  const region = values.region
    ?.split(/[,，、]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const folder = createUnit(values.content, { shortName: positionals[0] ?? '', name: values.name, kind: values.kind, region, slug: values.slug });
  process.stdout.write(
    [
      `已新建：${folder}/`,
      `  unit.yaml   单位资料：把 XX 换成真实内容`,
      `  report.md   汇报材料（也可用 showcase import 导入 Word 或文本文件）`,
      `  photos/     照片`,
      '新单位是草稿，不会发布。填好后删去 unit.yaml 最后的 draft: true，再运行 npm run build 检查。',
      '',
    ].join('\n'),
  );
  return Promise.resolve(0);
}
