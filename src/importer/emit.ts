// Analysed documents into content entries (pure): one folder per distinct unit, unit.yaml
// with the proposals, one Markdown report per kept document. Duplicates are not written.
import { Document, isMap, stringify } from 'yaml';
import { slugify } from '../domain/slug';
import type { AnalyzedDocument } from './analyze';
import { isInvestment } from './extract-amounts';
import { maskPii } from './lint-pii';
import { escapeInline, escapeParagraph, table } from './markdown';
import type { AmountProposal, Block, HonorProposal } from './types';
import { unitSlug } from './unit-slug';

export interface Entry {
  /** Relative to the content root: units/<slug>/unit.yaml, units/<slug>/<name>.md. */
  path: string;
  content: string;
  kind: 'unit' | 'report';
  slug: string;
  /** Documents it was made from. */
  documents: number[];
}

const YAML_OPTIONS = { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;
const REGION_MISSING = '待补充';

/**
 * `existingUnits` maps the names of units already in the content folder to their (frozen)
 * folder names, so a report of a known unit joins its folder instead of starting a new one.
 */
export function buildEntries(docs: readonly AnalyzedDocument[], existingUnits: ReadonlyMap<string, string> = new Map()): Entry[] {
  const kept = docs.filter((d) => d.duplicateOf === null);
  const groups = new Map<string, AnalyzedDocument[]>();
  for (const d of kept) {
    const slug = (d.unit && existingUnits.get(d.unit.name)) ?? unitSlug(d);
    groups.set(slug, [...(groups.get(slug) ?? []), d]);
  }
  const entries: Entry[] = [];
  for (const [slug, group] of groups) {
    entries.push({ path: `units/${slug}/unit.yaml`, content: unitYaml(slug, group), kind: 'unit', slug, documents: group.map((d) => d.index) });
    const used = new Set<string>();
    group.forEach((d, order) => {
      const name = reportName(d, used);
      entries.push({ path: `units/${slug}/${name}.md`, content: reportMarkdown(d, order), kind: 'report', slug, documents: [d.index] });
    });
  }
  return entries;
}

function reportName(d: AnalyzedDocument, used: Set<string>): string {
  const base = [d.date?.iso ?? '', slugify(d.title?.text ?? '', { maxSyllables: 6 }) || 'hui-bao'].filter(Boolean).join('-');
  let name = base;
  for (let n = 2; used.has(name); n += 1) name = `${base}-${n}`;
  used.add(name);
  return name;
}

function yearValue(h: HonorProposal): number | string {
  if (h.year === 'undated') return 'undated';
  return h.yearEnd !== null ? `${h.year}-${h.yearEnd}` : h.year;
}

function unitYaml(slug: string, group: readonly AnalyzedDocument[]): string {
  const main = group[0];
  const unit = main?.unit;
  const figures = main?.unitFigures;
  // A body's 文明村 (花园村被评为全国文明村) is its honor, listed apart, not the unit's title step.
  const allTitles = group.flatMap((d) => d.honors.filter((h) => h.kind === 'title' && h.level && h.recipient.kind === 'unit'));
  // "是市级文明单位" (undated) says no more than a dated step of the same title.
  const titles = allTitles.filter((h) => h.year !== 'undated' || !allTitles.some((o) => o.year !== 'undated' && o.title === h.title && o.level === h.level));
  const honors = group.flatMap((d) => d.honors.filter((h) => h.kind === 'honor' || (h.kind === 'title' && h.recipient.kind !== 'unit')));
  const events = group.flatMap((d) => d.events);
  const investments = group.flatMap((d) => d.amounts.filter(isInvestment));
  const seen = new Set<string>();
  const keptInvestments = investments.filter((a) => !seen.has(`i|${a.line}|${a.text}`) && seen.add(`i|${a.line}|${a.text}`));
  // 共计12万多元，其中…: the whole gets an id its parts name in partOf.
  const wholeIds = new Map<AmountProposal, string>();
  const partIds = new Map<AmountProposal, string>();
  keptInvestments.forEach((a, i) => {
    if (!a.partOf) return;
    const whole = keptInvestments
      .slice(0, i)
      .reverse()
      .find((w) => w.text === a.partOf && !w.partOf);
    if (!whole) return;
    if (!wholeIds.has(whole)) wholeIds.set(whole, `jin-e-${keptInvestments.indexOf(whole) + 1}`);
    partIds.set(a, wholeIds.get(whole) ?? '');
  });
  const once = <T>(key: string, value: T): T | null => (seen.has(key) ? null : (seen.add(key), value));
  const data = {
    slug,
    name: unit?.name ?? '待补充单位名称',
    shortName: unit?.shortName ?? '待补充',
    kind: unit?.kind ?? '其他',
    region: unit && unit.region.length > 0 ? unit.region : [REGION_MISSING],
    figures: {
      staff: (figures?.staff ?? []).map((s) => ({ measure: s.measure, count: s.count, ...(s.quote ? { quote: s.quote } : {}) })),
      other: (figures?.other ?? []).map((o) => ({ label: o.label, value: o.value, ...(o.quote ? { quote: o.quote } : {}) })),
    },
    titles: [...titles, ...applied(group)]
      .map((h) =>
        once(`t|${h.title}|${h.level}|${h.year}`, {
          year: yearValue(h),
          level: h.level,
          title: h.title,
          status: h.status ?? '命名',
          ...(h.issuer ? { issuer: h.issuer } : {}),
          ...(h.section ? { section: h.section } : {}),
          ...(h.note ? { note: h.note } : {}),
          ...(h.quote ? { quote: h.quote } : {}),
        }),
      )
      .filter((x) => x !== null),
    honors: honors
      .map((h) =>
        once(`h|${h.title}|${h.year}|${h.recipient.kind}|${h.recipient.name ?? ''}`, {
          year: yearValue(h),
          title: h.title,
          ...(h.level ? { level: h.level } : {}),
          recipient: h.recipient,
          category: h.category,
          ...(h.issuer ? { issuer: h.issuer } : {}),
          ...(h.section ? { section: h.section } : {}),
          ...(h.note ? { note: h.note } : {}),
          ...(h.quote ? { quote: h.quote } : {}),
        }),
      )
      .filter((x) => x !== null),
    events: events
      .map((e) =>
        once(`e|${e.date}|${e.text}`, {
          date: /^\d{4}$/.test(e.date) ? Number(e.date) : e.date,
          title: e.text,
          ...(e.section ? { section: e.section } : {}),
          ...(e.quote ? { quote: e.quote } : {}),
        }),
      )
      .filter((x) => x !== null),
    investments: keptInvestments.map((a) => ({
      ...(a.year ? { year: a.year } : {}),
      item: a.context.replace(/[。；;]$/, ''),
      amount: a.text,
      kind: a.kind ?? '其他',
      period: a.period,
      ...(wholeIds.has(a) ? { id: wholeIds.get(a) } : {}),
      ...(a.partOf && partIds.get(a) ? { partOf: partIds.get(a) } : {}),
      ...(a.section ? { section: a.section } : {}),
      ...(a.quote ? { quote: a.quote } : {}),
    })),
    photos: [],
    // Imported drafts are checked but never published until a person has reviewed them.
    draft: true,
  };
  const header = [
    '# 由 showcase import 根据汇报材料生成的草稿：每一项都是程序的推测，请逐项核对后再发布。',
    `# 来源：${group.map((d) => `${d.source} 第${d.index + 1}篇（第${d.firstLine}–${d.lastLine}${d.paragraphNumbers ? '段' : '行'}）`).join('；')}`,
    '# slug 已固定，发布后不要再改（链接和二维码都指向它）。',
    '# draft: true 表示草稿：网站会检查但不会发布。核对完毕后删去 draft 这一行即可发布。',
  ].join('\n');
  // The importer's reasons, as comments above each proposal: what a person checks.
  const yaml = new Document(data);
  const comment = (path: Array<string | number>, text: string) => {
    const node = yaml.getIn(path, true);
    if (isMap(node)) node.commentBefore = ` ${text}`;
  };
  data.honors.forEach((h, i) => {
    const source = honors.find((x) => x.title === h.title && yearValue(x) === h.year);
    if (source) comment(['honors', i], `获得者与类别：${source.reason}`);
  });
  keptInvestments.forEach((a, i) => comment(['investments', i], `种类与周期：${a.reason}${a.doubt ? `（请确认：${a.doubt}）` : ''}`));
  return `${header}\n${yaml.toString(YAML_OPTIONS)}`;
}

/** The report itself is an application: 申报 of the title it seeks, in the year of its date. */
function applied(group: readonly AnalyzedDocument[]): HonorProposal[] {
  return group.flatMap((d) => {
    const year = d.date ? Number(d.date.iso.slice(0, 4)) : null;
    if (!d.seeks || year === null) return [];
    const h: HonorProposal = {
      year,
      yearEnd: null,
      title: d.seeks.title,
      level: d.seeks.level,
      kind: 'title',
      status: '申报',
      note: `本报告即申报材料；年份取自报告日期（${d.date?.text ?? year}）`,
      line: d.seeks.line,
      recipient: { kind: 'unit' },
      category: 'title',
      reason: '报告标题写明申报的称号',
    };
    return [h];
  });
}

function reportMarkdown(d: AnalyzedDocument, order: number): string {
  const front = {
    title: d.title?.text ?? d.unit?.name ?? '工作汇报',
    ...(d.subtitle ? { subtitle: d.subtitle.text } : {}),
    ...(d.date ? { date: /^\d{4}$/.test(d.date.iso) ? Number(d.date.iso) : d.date.iso } : {}),
    ...(d.seeks ? { seeks: { level: d.seeks.level, title: d.seeks.title } } : {}),
    source: `${d.source} 第${d.index + 1}篇，第${d.firstLine}–${d.lastLine}${d.paragraphNumbers ? '段' : '行'}`,
    order,
  };
  const body = d.blocks
    .map(blockMarkdown)
    .filter((s) => s !== '')
    .join('\n\n');
  return `---\n${stringify(front, YAML_OPTIONS)}---\n\n${body}\n`;
}

function blockMarkdown(b: Block): string {
  const text = maskPii(b.piece.text);
  switch (b.role) {
    case 'heading':
      return `${'#'.repeat(b.depth ?? 2)} ${escapeInline(text)}`;
    case 'list-item':
      return `${b.ordered ? '1.' : '-'} ${escapeInline(text)}`;
    case 'table':
      return table((b.rows ?? []).map((r) => r.map(maskPii)));
    default:
      return escapeParagraph(text);
  }
}
