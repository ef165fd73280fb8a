// The publishing gate over the content folder: read once, parsed once, every rule once. The
// build's content loader (src/loaders/content-pipeline.ts) and `showcase check` both run it.
import { join } from 'node:path';
import { slugify } from '../domain/slug';
import { applyAcknowledgements } from './acknowledge';
import type { CheckCache, CachedUnitResult } from './check-cache';
import { checkHtml } from './checks/html';
import { checkLinks } from './checks/links';
import { checkPhotos } from './checks/photos';
import { checkPii } from './checks/pii';
import { checkPlaceholders } from './checks/placeholders';
import { checkQuotes } from './checks/quotes';
import { checkReportImages } from './checks/report-images';
import { parseReportFrontmatter, parseUnit } from './checks/schema';
import { checkSections } from './checks/sections';
import { checkSlugs } from './checks/slugs';
import type { CheckContext, CheckedReport, CheckedUnit, CheckOptions } from './context';
import { runGuarded, type Check } from './guard';
import { loadContent, type LoadedUnit } from './load-content';
import { outlineOfReport } from './report-texts';
import type { Acknowledgement, Finding } from './types';

export interface CheckResult {
  units: number;
  reports: number;
  findings: Finding[];
  acknowledged: Finding[];
  errors: number;
  warnings: number;
}

/** The content as the gate read it, with what it found: the build publishes from this. */
export interface ValidatedContent {
  units: CheckedUnit[];
  result: CheckResult;
}

/** Rules that look at one unit alone, by name: their results are cached per unit by its digest. */
const UNIT_CHECKS: readonly [string, Check][] = [
  ['section', checkSections],
  ['photo', checkPhotos],
  ['image', checkReportImages],
  ['placeholder', checkPlaceholders],
  ['pii', checkPii],
  ['html', checkHtml],
  ['quote', checkQuotes],
];

/** Rules across units (one URL per slug, links into other units and their drafts): cheap, always run. */
const SITE_CHECKS: readonly [string, Check][] = [
  ['slug', checkSlugs],
  ['link', checkLinks],
];

export const DEFAULT_OPTIONS: CheckOptions = { maxPhotoBytes: 20 * 1024 * 1024 };

/** The check's result alone, for `showcase check` and the tests: validateContent's arguments. */
export async function runCheck(...args: Parameters<typeof validateContent>): Promise<CheckResult> {
  return (await validateContent(...args)).result;
}

/** Reads and checks the content folder; `progress` hears after each unit how many are checked. */
export async function validateContent(
  contentDir: string,
  options: CheckOptions = DEFAULT_OPTIONS,
  cache?: CheckCache,
  progress?: (checked: number, total: number) => void,
): Promise<ValidatedContent> {
  const findings: Finding[] = [];
  const units: CheckedUnit[] = [];
  const sources = loadContent(contentDir);
  for (const source of sources) {
    progress?.(units.length, sources.length);
    const cached = cache?.get(source.digest);
    const parsed = parseFolder(source, cached);
    units.push(parsed.unit);
    if (cached) {
      findings.push(...cached.findings);
      continue;
    }
    const context: CheckContext = { units: [parsed.unit], options };
    const unitFindings = [...parsed.findings];
    for (const [name, check] of UNIT_CHECKS) unitFindings.push(...(await runGuarded(name, check, context)));
    const { valid, slug, draft, acknowledgements } = parsed.unit;
    cache?.set(source.digest, {
      findings: unitFindings,
      outlines: parsed.unit.reports.map((report) => report.outline),
      reports: parsed.unit.reports.map(({ valid, draft, order }) => ({ valid, draft, order })),
      unit: { valid, slug, draft, acknowledgements },
    });
    findings.push(...unitFindings);
  }
  const context: CheckContext = { units, options };
  for (const [name, check] of SITE_CHECKS) findings.push(...(await runGuarded(name, check, context)));
  await cache?.save();

  // A draft is checked but never published: what would block publication is only a warning there.
  const draftFiles = new Set(units.filter((u) => u.draft).flatMap((u) => [u.source.unit?.file, ...u.reports.map((r) => r.source.file)]));
  const graded = findings.map((f) =>
    draftFiles.has(f.file) && f.check !== 'schema' && f.check !== 'file' ? { ...f, severity: 'warning' as const, message: `（草稿）${f.message}` } : f,
  );
  const { findings: kept, acknowledged } = applyAcknowledgements(units, graded);
  kept.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const result: CheckResult = {
    units: units.length,
    reports: units.reduce((n, u) => n + u.reports.length, 0),
    findings: kept,
    acknowledged,
    errors: kept.filter((f) => f.severity === 'error').length,
    warnings: kept.filter((f) => f.severity === 'warning').length,
  };
  return { units, result };
}

/** One unit folder through the schema; the report outlines come from the cache when it has them. */
function parseFolder(source: LoadedUnit, cached: CachedUnitResult | undefined): { unit: CheckedUnit; findings: Finding[] } {
  const findings: Finding[] = [];
  const reports = source.reports.map((report, index): CheckedReport => {
    const outline = cached?.outlines[index] ?? outlineOfReport(report);
    const facts = cached?.reports[index];
    if (facts && report.frontmatter) {
      // Unchanged since its results were kept: the front matter is parsed only if its data is read.
      const frontmatter = report.frontmatter;
      return withLazyData({ source: report, ...facts, outline }, () => parseReportFrontmatter(frontmatter).data);
    }
    let data = null;
    if (report.frontmatter) {
      const parsed = parseReportFrontmatter(report.frontmatter);
      findings.push(...parsed.findings);
      data = parsed.data;
    } else {
      findings.push({
        severity: 'error',
        check: 'schema',
        file: report.file,
        line: 1,
        message: '报告开头缺少 front matter（以 --- 开始和结束的标题、日期等信息）',
        hint: '参照其他单位的 report.md，在文件开头写上 ---、title: 报告标题、--- 三行。',
      });
    }
    return { source: report, data, valid: data !== null, draft: data?.draft === true, order: data?.order ?? 0, outline };
  });
  if (!source.unit) {
    findings.push({
      severity: 'error',
      check: 'schema',
      file: join(source.dir, 'unit.yaml'),
      message: `单位文件夹 "${source.folder}" 中没有 unit.yaml`,
      hint: '每个单位文件夹都需要一个 unit.yaml 写明单位信息；可复制其他单位的 unit.yaml 修改。',
    });
    return { unit: { source, data: null, valid: false, slug: null, draft: false, reports, acknowledgements: [] }, findings };
  }
  const yaml = source.unit;
  if (cached) {
    // Unchanged since its results were kept: what the rules across units need comes from the
    // cache, and unit.yaml is parsed only if something reads its data (the loader, when the
    // store lacks the unit).
    return { unit: withLazyData({ source, ...cached.unit, reports }, () => parseUnit(yaml).data), findings };
  }
  const parsed = parseUnit(source.unit);
  findings.push(...parsed.findings);
  const raw = (source.unit.data ?? {}) as Record<string, unknown>;
  const slug =
    typeof parsed.data?.['slug'] === 'string'
      ? parsed.data['slug']
      : typeof raw['slug'] === 'string'
        ? raw['slug']
        : typeof raw['shortName'] === 'string'
          ? slugify(raw['shortName'])
          : null;
  const acknowledgements = (parsed.data?.['acknowledgements'] ?? []) as Acknowledgement[];
  return { unit: { source, data: parsed.data, valid: parsed.data !== null, slug, draft: raw['draft'] === true, reports, acknowledgements }, findings };
}

/** The object with a `data` that is computed when first read, once: a cached unit's or report's parsed YAML. */
function withLazyData<T extends { data: unknown }>(fields: Omit<T, 'data'>, load: () => T['data']): T {
  let data: T['data'] | undefined;
  return Object.defineProperty(fields, 'data', { enumerable: true, get: () => (data ??= load()) }) as T;
}
