// Writes a synthetic site: N units in exactly the format of content/units/* (unit.yaml,
// report.md, photos/*.jpg), valid against src/schemas, deterministic for a given seed.
//
//   npx tsx bench/generate.ts --units 100 --photos 2 --dir /tmp/site   (writes /tmp/site/units/…)
//
// What makes it realistic: reports of 3 000–6 000 characters in the register of real ones,
// with sections at every heading depth (repeats included, so anchors get -2/-3), a second
// report for some units, figures with 多/余/近/约, honors dated, ranged and undated, title
// histories, events, investments, photos with captions, and now and then the debris copied
// text carries (page numbers, placeholders, raw HTML). Section references in unit.yaml are
// computed with the site's own sectionSlug, so every one matches a heading.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { acknowledgementLine } from '../src/check/acknowledge.ts';
import { checkPlaceholders } from '../src/check/checks/placeholders.ts';
import type { CheckedUnit } from '../src/check/context.ts';
import { loadContent } from '../src/check/load-content.ts';
import { outlineOfReport } from '../src/check/report-texts.ts';
import { DEFAULT_OPTIONS } from '../src/check/run-check.ts';
import { parseQuantity } from '../src/domain/quantity.ts';
import { sectionSlug, slugify } from '../src/domain/slug.ts';
import { LEVELS, type Level } from '../src/domain/vocabulary.ts';
import * as P from './phrases.ts';
import { placePhotos, type PhotoSpec } from './photos.ts';
import { createRandom, deriveSeed, type Random } from './random.ts';

export interface GenerateOptions {
  /** Folder that receives units/ (the content root, SHOWCASE_CONTENT_DIR). */
  contentDir: string;
  units: number;
  photosPerUnit: number;
  photoWidth: number;
  photoHeight: number;
  seed: number;
  /** Where generated photos are kept between runs (by seed and size). */
  photoCacheDir: string;
  log?: (line: string) => void;
}

export interface GeneratedSite {
  contentDir: string;
  /** Unit folders, in generation order. */
  folders: string[];
  reportCharacters: { min: number; median: number; max: number };
  photos: number;
  photoBytes: number;
  generateMs: number;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];

/** 1 → 一, 12 → 十二 (enough for outline counters). */
function chineseCount(n: number): string {
  if (n <= 10) return CN_DIGITS[n] ?? String(n);
  if (n < 20) return `十${CN_DIGITS[n - 10] ?? ''}`;
  return `${CN_DIGITS[Math.floor(n / 10)] ?? ''}十${n % 10 === 0 ? '' : (CN_DIGITS[n % 10] ?? '')}`;
}

const slugCache = new Map<string, string>();
/** sectionSlug is pure and headings repeat across units: remember it. */
function cachedSectionSlug(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    slug = sectionSlug(text);
    slugCache.set(text, slug);
  }
  return slug;
}

/** Checks a figure against the site's own parser, so the generator never writes one the schema rejects. */
function quantity(text: string): string {
  if (!parseQuantity(text)) throw new Error(`bench generator wrote an unparseable quantity: ${text}`);
  return text;
}

function money(r: Random): string {
  const k = r.int(1, 9);
  const forms = [
    `${k}万多元`,
    `${k}0余万元`,
    `近${k}0万元`,
    `${k}.${r.int(1, 9)}万元`,
    `${k}000多元`,
    `约${k}万元`,
    `${k}万余元`,
    `${k}${r.int(0, 9)}0万元`,
    `${k}${r.int(0, 9)}${r.int(0, 9)}0元`,
  ];
  return quantity(r.pick(forms));
}

interface Heading {
  depth: number;
  text: string;
  /** `{#…}` written after the text, when the generator had to choose the anchor. */
  explicitId?: string;
  id: string;
  paragraphs: string[];
}

interface ReportContext {
  unit: string;
  unitName: string;
  level: Level;
  title: string;
  year: number;
}

/** Fills {unit}, {n}, {m}, {money}, {year}, {month}, {pct}, {level}, {title}. */
function fill(template: string, r: Random, ctx: ReportContext): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'unit':
        return ctx.unit;
      case 'n':
        return String(r.int(2, 12));
      case 'm':
        return String(r.int(12, 980));
      case 'money':
        return money(r);
      case 'year':
        return String(r.int(ctx.year - 6, ctx.year));
      case 'month':
        return String(r.int(1, 12));
      case 'pct':
        return `${r.int(60, 99)}%`;
      case 'level':
        return ctx.level;
      case 'title':
        return ctx.title;
      default:
        return key;
    }
  });
}

/** Where heading ids come from: the same rule as src/remark/rehype-section-ids.ts. */
class AnchorBook {
  /** Ids taken by any report of the unit (they share one page). */
  readonly unitIds = new Set<string>();
  #reportCounts = new Map<string, number>();

  startReport(): void {
    this.#reportCounts = new Map();
  }

  /** The id rehypeSectionIds will give this heading; picks an explicit one on a clash with another report. */
  assign(text: string, year: number): { id: string; explicitId?: string } {
    const natural = this.#unique(cachedSectionSlug(text), false);
    if (!this.unitIds.has(natural)) {
      this.#unique(cachedSectionSlug(text), true);
      this.unitIds.add(natural);
      return { id: natural };
    }
    let explicit = `${cachedSectionSlug(text)}-${year}`;
    for (let i = 2; this.unitIds.has(this.#unique(explicit, false)); i += 1) explicit = `${cachedSectionSlug(text)}-${year}-${i}`;
    const id = this.#unique(explicit, true);
    this.unitIds.add(id);
    return { id, explicitId: explicit };
  }

  #unique(base: string, commit: boolean): string {
    const count = this.#reportCounts.get(base) ?? 0;
    if (commit) this.#reportCounts.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  }
}

function paragraph(r: Random, ctx: ReportContext, sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i += 1) {
    const prefix = sentences > 2 && i < 3 && r.chance(0.25) ? (['一是', '二是', '三是'][i] ?? '') : '';
    parts.push(prefix + fill(r.pick(P.SENTENCES), r, ctx));
  }
  return parts.join('');
}

/** The outline: ## 一、… / ### （一）… / #### 1．… / ##### （1）… / ###### ①… */
function outline(r: Random, ctx: ReportContext, book: AnchorBook): Heading[] {
  const headings: Heading[] = [];
  const add = (depth: number, text: string) => {
    const { id, explicitId } = book.assign(text, ctx.year);
    headings.push({ depth, text, id, ...(explicitId ? { explicitId } : {}), paragraphs: [] });
  };
  const partStyle = r.chance(0.12);
  const themes = P.TOP_SECTIONS.filter((_, i) => i === 0 || r.chance(0.75));
  let top = 0;
  for (const theme of themes) {
    top += 1;
    const topDepth = 2;
    if (partStyle) add(topDepth, `第${chineseCount(top)}部分 ${r.pick(theme)}`);
    else add(topDepth, `${chineseCount(top)}、${r.pick(theme)}`);
    const subs = r.int(0, 3);
    for (let s = 1; s <= subs; s += 1) {
      add(3, `（${chineseCount(s)}）${r.pick(P.SUB_SECTIONS)}`);
      const minors = r.chance(0.3) ? r.int(1, 2) : 0;
      for (let m = 1; m <= minors; m += 1) {
        add(4, `${m}．${r.pick(P.MINOR_SECTIONS)}`);
        if (r.chance(0.2)) {
          add(5, `（${m}）${r.pick(P.MINOR_SECTIONS)}`);
          if (r.chance(0.3)) add(6, `${CIRCLED[m - 1] ?? '①'}${r.pick(P.MINOR_SECTIONS)}`);
        }
      }
    }
  }
  return headings;
}

interface ReportOut {
  file: string;
  text: string;
  characters: number;
  ids: string[];
}

function writeReport(r: Random, ctx: ReportContext, book: AnchorBook, options: { order: number; second: boolean; staff: number; party: number }): ReportOut {
  book.startReport();
  const headings = outline(r, ctx, book);
  const target = r.int(3000, 6000);
  const intro: string[] = [];
  if (!options.second && r.chance(0.6)) {
    intro.push(r.pick(P.GREETINGS), fill(r.pick(P.OPENINGS), r, ctx));
  }
  intro.push(`${ctx.unitName}现有在岗职工${options.staff}人，其中党员${options.party}名。${paragraph(r, ctx, 2)}`, paragraph(r, ctx, r.int(2, 4)));
  // Every heading gets a paragraph, then paragraphs go round until the report is long enough.
  let length = intro.join('').length;
  for (let i = 0; length < target || i < headings.length; i += 1) {
    const heading = headings[i % headings.length];
    if (!heading) break;
    const text = paragraph(r, ctx, i < headings.length ? r.int(1, 3) : r.int(2, 4));
    heading.paragraphs.push(text);
    length += text.length + heading.text.length / headings.length;
  }

  // Debris, now and then: a page number on its own line, one glued to a paragraph's end,
  // a placeholder, raw HTML from a web page, a table.
  if (r.chance(0.3)) {
    const h = r.pick(headings);
    h.paragraphs.splice(1, 0, fill(r.pick(P.DEBRIS), r, ctx));
  }
  if (r.chance(0.2)) {
    const h = r.pick(headings);
    const i = h.paragraphs.length - 1;
    h.paragraphs[i] = `${h.paragraphs[i] ?? ''} ${r.int(1, 9)}`;
  }
  if (r.chance(0.15)) {
    const h = r.pick(headings);
    h.paragraphs.push(`XX镇党委、政府对×××同志等${r.int(2, 9)}名先进个人进行了表彰，奖励元。`);
  }
  if (r.chance(0.08)) {
    const h = r.pick(headings);
    h.paragraphs.push(`<font color="red">${paragraph(r, ctx, 1)}</font><br>`);
  }
  if (r.chance(0.1)) {
    const h = r.pick(headings);
    const rows = P.INVESTMENT_ITEMS.slice(0, r.int(2, 5)).map((item) => `| ${item} | ${money(r)} |`);
    h.paragraphs.push(['| 项目 | 投入 |', '| --- | --- |', ...rows].join('\n'));
  }

  const body: string[] = [...intro];
  for (const h of headings) {
    body.push(`${'#'.repeat(h.depth)} ${h.text}${h.explicitId ? ` {#${h.explicitId}}` : ''}`, ...h.paragraphs);
  }
  body.push(ctx.unitName, `${ctx.year}年${r.int(1, 12)}月`);

  const title = fill(options.second ? `${ctx.year}年度{unit}精神文明建设工作总结` : r.pick(P.REPORT_TITLES), r, ctx);
  const front: Record<string, unknown> = { title };
  if (!options.second && r.chance(0.5)) front['subtitle'] = `——${ctx.unitName}创建${ctx.level}${ctx.title}工作汇报材料`;
  const dated = r.next();
  if (dated < 0.5) front['date'] = `${ctx.year}-${String(r.int(1, 12)).padStart(2, '0')}`;
  else if (dated < 0.8) front['date'] = ctx.year;
  if (!options.second) front['seeks'] = { level: ctx.level, title: ctx.title };
  front['source'] = '基准测试生成的合成文本（bench/generate.ts），不是真实报告。';
  if (options.order) front['order'] = options.order;
  const text = `---\n${YAML.stringify(front, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
  const characters = body.join('').length;
  return { file: options.second ? `report-${ctx.year}.md` : 'report.md', text, characters, ids: headings.map((h) => h.id) };
}

/** The pinyin slug, with a counter when two units would share it. */
function uniqueSlug(shortName: string, taken: Map<string, number>): string {
  const base = slugify(shortName) || 'unit';
  const count = taken.get(base) ?? 0;
  taken.set(base, count + 1);
  return count === 0 ? base : `${base}-${count + 1}`;
}

function unitName(
  r: Random,
  index: number,
): { shortName: string; name: string; kind: string; staffRange: readonly [number, number]; county: string; city: string } {
  const type = P.UNIT_TYPES[index % 7 === 6 ? 6 : r.int(0, P.UNIT_TYPES.length - 1)] ?? P.UNIT_TYPES[0];
  const city = r.pick(P.CITIES);
  const county = r.pick(P.COUNTIES);
  const suffix = r.pick(type.suffixes);
  const place = r.pick(P.PLACE_HEADS);
  const local = type.kind === '党政机关' || type.kind === '社区/村';
  const countyShort = county.replace(/(区|县|市)$/, '');
  const shortName = local ? `${place}${suffix}` : suffix.startsWith('县') ? `${countyShort}${suffix}` : `${countyShort}${suffix}`;
  const name = type.kind === '党政机关' ? `${shortName}${type.nameTail}` : shortName;
  return { shortName, name, kind: type.kind, staffRange: type.staff, county, city };
}

function levelAbove(level: Level): Level {
  const i = LEVELS.indexOf(level);
  return LEVELS[Math.max(0, i - 1)] ?? level;
}

interface UnitOut {
  folder: string;
  yaml: string;
  reports: ReportOut[];
  photos: PhotoSpec[];
}

function makeUnit(seed: number, index: number, slugs: Map<string, number>, photosPerUnit: number): UnitOut {
  const r = createRandom(deriveSeed(seed, 'unit', index));
  const who = unitName(r, index);
  const slug = uniqueSlug(who.shortName, slugs);
  const year = r.int(2006, 2023);
  const startLevel: Level = r.chance(0.6) ? (who.county.endsWith('区') ? '区级' : '县级') : '市级';
  const titleWords = (P.CIVILIZED_TITLES as Record<string, readonly string[]>)[who.kind] ?? P.CIVILIZED_TITLES.default;
  const civilized = titleWords[0] ?? '文明单位';
  const seeksBest = r.chance(0.5);
  const ctx: ReportContext = {
    unit: who.shortName,
    unitName: who.name,
    level: seeksBest ? startLevel : levelAbove(startLevel),
    title: seeksBest ? `最佳${civilized}` : civilized,
    year,
  };
  const staff = r.int(who.staffRange[0], who.staffRange[1]);
  const party = Math.max(1, Math.round(staff * (0.3 + r.next() * 0.5)));

  const book = new AnchorBook();
  const reports = [writeReport(r, ctx, book, { order: 0, second: false, staff, party })];
  if (r.chance(0.1)) reports.push(writeReport(r, { ...ctx, year: Math.max(2006, year - 1) }, book, { order: 1, second: true, staff, party }));
  const ids = reports.flatMap((report) => report.ids);
  const maybeSection = (p: number) => (r.chance(p) ? { section: r.pick(ids) } : {});

  // Title history: applied, named, kept on re-examination (a range), sometimes warned and
  // restored, then the current application (undated when the report is).
  const first = Math.max(1998, year - r.int(3, 12));
  const titles: Array<Record<string, unknown>> = [
    { year: first, level: startLevel, title: civilized, status: '申报' },
    {
      year: first + 1,
      level: startLevel,
      title: civilized,
      status: '命名',
      issuer: `${who.county}委、${who.county}政府`,
      ...(r.chance(0.5) ? { docNumber: `泸文明委〔${first + 1}〕${r.int(1, 40)}号` } : {}),
    },
  ];
  if (first + 4 < year) titles.push({ year: `${first + 2}-${first + 4}`, level: startLevel, title: civilized, status: '复查保留', ...maybeSection(0.2) });
  if (r.chance(0.06))
    titles.push(
      { year: year - 1, level: startLevel, title: civilized, status: '黄牌警告', note: '复查时发现台账不全，限期整改。' },
      { year, level: startLevel, title: civilized, status: '恢复' },
    );
  titles.push({ year: r.chance(0.3) ? 'undated' : year, level: ctx.level, title: ctx.title, status: '申报', ...maybeSection(0.2) });

  const honors = r.sample(P.HONORS, r.int(2, 12)).map(([title, issuer]) => {
    const kind = r.next();
    const y = kind < 0.55 ? r.int(first, year) : kind < 0.75 ? `${year - 4}-${year - 1}` : 'undated';
    return {
      year: y,
      title: r.chance(0.5) ? `${who.county}${title}` : title,
      level: r.pick(LEVELS.slice(1)),
      ...(r.chance(0.6) ? { issuer } : {}),
      ...maybeSection(0.4),
      ...(y === 'undated' && r.chance(0.5) ? { note: '原文未写年份。' } : {}),
    };
  });

  const events = r.sample(P.EVENTS, r.int(1, 6)).map((title) => {
    const y = r.int(first, year);
    const precision = r.next();
    const date =
      precision < 0.3
        ? y
        : precision < 0.7
          ? `${y}-${String(r.int(1, 12)).padStart(2, '0')}`
          : `${y}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    return { date, title, ...maybeSection(0.5) };
  });

  const investments = r.sample(P.INVESTMENT_ITEMS, r.int(1, 7)).map((item) => ({
    ...(r.chance(0.6) ? { year: r.int(first, year) } : {}),
    item,
    amount: money(r),
    // Every amount says what kind of money it is (the schema requires it).
    kind: r.pick(['创建经费', '基础设施与民生', '帮扶资金', '其他']),
    ...maybeSection(0.5),
  }));

  const other = r.sample(P.FIGURE_LABELS, r.int(2, 8)).map(([label, unit]) => {
    const n = unit === '%' ? r.int(60, 99) : r.int(2, 500);
    const qualifier = r.pick(['', '', '', '余', '多', '近', '约']);
    let value: string;
    if (qualifier === '近' || qualifier === '约') value = `${qualifier}${n}${unit}`;
    else if (qualifier && unit !== '%') value = `${n}0${qualifier}${unit}`;
    else value = `${n}${unit}${unit === '%' && r.chance(0.5) ? '以上' : ''}`;
    return { label, value: quantity(value) };
  });

  const photoSpecs: PhotoSpec[] = [];
  const photos = Array.from({ length: photosPerUnit }, (_, i) => {
    const file = `photo-${String(i + 1).padStart(2, '0')}.jpg`;
    photoSpecs.push({ file: `photos/${file}`, tag: `${slug}/${file}` });
    const people = r.chance(0.3);
    return {
      file: `./photos/${file}`,
      caption: `示意图（合成测试图）：${r.pick(P.PHOTO_CAPTIONS)}`,
      ...(r.chance(0.5) ? { date: `${r.int(first, year)}-${String(r.int(1, 12)).padStart(2, '0')}` } : {}),
      ...maybeSection(0.4),
      people,
      // The publishing check refuses identifiable people without consent.
      ...(people ? { consent: true } : {}),
    };
  });

  const unit = {
    slug,
    name: who.name,
    shortName: who.shortName,
    kind: who.kind,
    region: r.chance(0.9) ? [P.PROVINCE, who.city, who.county] : [P.PROVINCE, who.city],
    summary: `${who.name}${r.pick(['始终坚持', '多年来坚持', '近年来'])}以创建${ctx.level}${ctx.title}为目标，${r.pick(['两手抓、两手都要硬', '以创建促发展', '服务群众、文明执法'])}。`,
    figures: {
      staff: [
        { measure: '在岗职工', count: staff },
        { measure: '党员', count: party },
      ],
      other,
    },
    titles,
    honors,
    events,
    investments,
    photos,
    ...(index % 97 === 13 ? { draft: true } : {}),
  };
  const doc = new YAML.Document(unit);
  // Dates and year ranges are quoted, as the README asks people to write them.
  YAML.visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^\d{4}-\d/.test(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
  const yaml = `# Synthetic unit written by bench/generate.ts (seed ${seed}, unit ${index}); not a real unit.\n${doc.toString({ lineWidth: 0 })}`;
  return { folder: slug, yaml, reports, photos: photoSpecs };
}

/** Writes the whole corpus under contentDir/units (removing what was there). */
export async function generateSite(options: GenerateOptions): Promise<GeneratedSite> {
  const started = performance.now();
  const unitsDir = join(options.contentDir, 'units');
  await rm(unitsDir, { recursive: true, force: true });
  await mkdir(unitsDir, { recursive: true });
  const slugs = new Map<string, number>();
  const folders: string[] = [];
  const characters: number[] = [];
  const photoJobs: Array<{ dir: string; specs: PhotoSpec[] }> = [];
  for (let i = 0; i < options.units; i += 1) {
    const unit = makeUnit(options.seed, i, slugs, options.photosPerUnit);
    const dir = join(unitsDir, unit.folder);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'unit.yaml'), unit.yaml);
    for (const report of unit.reports) {
      await writeFile(join(dir, report.file), report.text);
      characters.push(report.characters);
    }
    folders.push(unit.folder);
    if (unit.photos.length > 0) photoJobs.push({ dir, specs: unit.photos });
    if ((i + 1) % 1000 === 0) options.log?.(`  generated ${i + 1}/${options.units} units`);
  }
  await acknowledgePlaceholders(options.contentDir);
  const placed = await placePhotos(photoJobs, {
    width: options.photoWidth,
    height: options.photoHeight,
    seed: options.seed,
    cacheDir: options.photoCacheDir,
    ...(options.log ? { log: options.log } : {}),
  });
  characters.sort((a, b) => a - b);
  return {
    contentDir: options.contentDir,
    folders,
    reportCharacters: {
      min: characters[0] ?? 0,
      median: characters[Math.floor(characters.length / 2)] ?? 0,
      max: characters.at(-1) ?? 0,
    },
    photos: placed.count,
    photoBytes: placed.bytes,
    generateMs: Math.round(performance.now() - started),
  };
}

/**
 * Placeholders the debris left (XX, ×××, 20××) are errors unless someone acknowledged them, as
 * an office would after deciding to keep a report anonymised: each occurrence is acknowledged
 * with the line the publishing check itself prints for it.
 */
async function acknowledgePlaceholders(contentDir: string): Promise<void> {
  for (const source of loadContent(contentDir)) {
    const unit: CheckedUnit = {
      source,
      data: null,
      valid: false,
      slug: null,
      draft: false,
      reports: source.reports.map((report) => ({
        source: report,
        data: null,
        valid: false,
        draft: false,
        order: 0,
        outline: outlineOfReport(report),
      })),
      acknowledgements: [],
    };
    const lines = checkPlaceholders({ units: [unit], options: DEFAULT_OPTIONS }).map((finding) =>
      acknowledgementLine(finding).replace('reason: 写明理由', 'reason: 原文已匿名化，单位同意保持（基准测试合成数据）。'),
    );
    if (lines.length === 0 || !source.unit) continue;
    const file = join(source.dir, 'unit.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}acknowledgements:\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
  }
}

/** The warm-rebuild edit: one sentence added to one unit's report. Returns the file changed. */
export async function editOneUnit(contentDir: string, folder: string): Promise<string> {
  const file = join(contentDir, 'units', folder, 'report.md');
  const text = await readFile(file, 'utf8');
  const marker = '\n\n## ';
  const at = text.indexOf(marker);
  const edited =
    at < 0
      ? `${text}\n本段为基准测试的修改（warm rebuild）。\n`
      : `${text.slice(0, at)}\n\n本段为基准测试的修改：补充说明一处文字，用以测量只改一个单位的文字后重新发布需要多久。${text.slice(at)}`;
  await writeFile(file, edited);
  return file;
}

// CLI: generate only (the benchmark itself is bench/run.ts).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      units: { type: 'string', default: '50' },
      photos: { type: 'string', default: '0' },
      'photo-size': { type: 'string', default: '4000x3000' },
      seed: { type: 'string', default: '1' },
      dir: { type: 'string', default: 'bench-out/site' },
    },
  });
  const [w, h] = values['photo-size'].split('x').map(Number);
  const dir = resolve(values.dir);
  const site = await generateSite({
    contentDir: dir,
    units: Number(values.units),
    photosPerUnit: Number(values.photos),
    photoWidth: w ?? 4000,
    photoHeight: h ?? 3000,
    seed: Number(values.seed),
    photoCacheDir: resolve('bench-out/.photo-pool'),
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(site.reportCharacters), `${site.photos} photos`, `${site.generateMs} ms`, `→ ${dir}/units`);
}
