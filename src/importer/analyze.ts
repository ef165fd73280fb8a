// One source (its decoded lines) into analysed documents: cleaned, split, outlined,
// extracted and linted. Pure: no file system access.
import { splitLostBreaks } from './breaks';
import { cleanLines } from './clean';
import { extractAmounts, extractFigures, moneyWarnings, unitFigures, type UnitFigures } from './extract-amounts';
import { extractEvents } from './extract-events';
import { extractHonors, levelContext } from './extract-honors';
import { tableAmounts, tableFigures, tableHonors } from './extract-tables';
import { guessDate, guessRegion, guessSeeks, guessUnit, type UnitGuess } from './extract-meta';
import type { Item } from './items';
import { lintMissingNumbers } from './lint-missing-numbers';
import { lintPii } from './lint-pii';
import { lintPlaceholders } from './lint-placeholders';
import { lintTruncation } from './lint-structure';
import { assignOutline } from './outline';
import { buildBlocks, layoutHints, visualWidth } from './paragraphs';
import { sentencesOf, type Sentence } from './sentences';
import { normalizePunctuation } from './punctuation';
import { splitDocuments } from './split';
import { markTextTables } from './text-tables';
import { convertTraditional } from './traditional';
import { lineOf } from './text-map';
import { readTitleBlock } from './title-block';
import type {
  AmountProposal,
  Block,
  DateProposal,
  EventProposal,
  FigureProposal,
  HonorProposal,
  Piece,
  Removal,
  SectionNode,
  SourceLine,
  Substitution,
  Warning,
} from './types';
import type { Level } from '../domain/vocabulary';

export interface AnalyzedDocument {
  source: string;
  /** 0-based position in the whole run (across files); set by the caller. */
  index: number;
  /** 0-based position within its file. */
  indexInFile: number;
  encoding: string;
  firstLine: number;
  lastLine: number;
  /** Whether line numbers are paragraph numbers (.docx). */
  paragraphNumbers: boolean;
  title: Piece | null;
  subtitle: Piece | null;
  markerTitle: Piece | null;
  blocks: Block[];
  sections: SectionNode[];
  removals: Removal[];
  /** Characters replaced in place (Traditional → Simplified, half-width → full-width punctuation). */
  substitutions: Substitution[];
  warnings: Warning[];
  unit: UnitGuess | null;
  date: DateProposal | null;
  seeks: { level: Level; title: string; line: number } | null;
  honors: HonorProposal[];
  amounts: AmountProposal[];
  figures: FigureProposal[];
  unitFigures: UnitFigures;
  events: EventProposal[];
  sentences: Sentence[];
  /** Plain text of the body (for duplicate detection). */
  plainText: string;
  duplicateOf: number | null;
  similarity: number;
  /** Indexes of the documents that repeat this one. */
  duplicates: number[];
}

const DEBRIS_OPS = new Set(['pagination', 'page-number', 'web-debris', 'separator', 'noise', 'watermark', 'collection-title']);
const DEBRIS_HINTS: Record<string, string> = {
  pagination: '网页或 PDF 的分页残留，已删除',
  'page-number': '页码残留，已删除',
  'web-debris': '网页导航残留，已删除',
  separator: '分隔线，已删除（按分隔线拆分文档）',
  noise: '网页防复制的乱码行，已删除',
  watermark: '网站水印网址，已删除',
  'collection-title': '网页合集的总标题，已删除（各篇分别导入）',
};

/** Changes that are not removals, as warnings: each punctuation mark, and the script once. */
function substitutionWarnings(subs: readonly Substitution[]): Warning[] {
  const out: Warning[] = subs
    .filter((s) => s.op === 'punctuation')
    .map((s) => ({
      kind: 'artifact' as const,
      line: s.line,
      text: `${s.from}→${s.to}`,
      hint: `半角标点“${s.from}”改为全角“${s.to}”（第${s.col + 1}列；原文保留，可还原）`,
    }));
  const traditional = subs.filter((s) => s.op === 'traditional');
  if (traditional.length > 0) {
    out.push({
      kind: 'encoding',
      line: traditional[0]?.line ?? 0,
      text: '繁体',
      hint: `原文是繁体字，已转换为简体（${traditional.length} 个字，如“${[...new Set(traditional.map((s) => `${s.from}→${s.to}`))].slice(0, 5).join('、')}”）；原文保留，可还原。请核对专名是否转换正确`,
    });
  }
  return out;
}

export function analyzeSource(source: string, sourceLines: readonly SourceLine[], encoding: string): AnalyzedDocument[] {
  const script = convertTraditional(sourceLines);
  const cleaned = cleanLines(script.lines);
  const substitutions: Substitution[] = [...script.substitutions];
  // Punctuation is made full width on the kept text only: removed debris stays as it was.
  for (const cl of cleaned.lines) {
    if (cl.style?.table) continue;
    const normalized = normalizePunctuation(cl.piece);
    cl.piece = normalized.piece;
    substitutions.push(...normalized.substitutions);
  }
  // After the punctuation: a text table's cells are read from its full-width text.
  markTextTables(cleaned.lines);
  const removals: Removal[] = [...cleaned.removals];
  const raws = splitDocuments(cleaned.lines, cleaned.separators, removals);
  const paragraphNumbers = encoding === 'docx';
  const docs = raws.map((raw, indexInFile) => {
    const docRemovals: Removal[] = [];
    const items: Item[] = [];
    for (const cl of raw.lines) {
      if (cl.style) {
        items.push({ piece: cl.piece, style: cl.style, indented: cl.indented, headingHint: false, lineLength: visualWidth(cl.piece.text) });
        continue;
      }
      splitLostBreaks(cl.piece, docRemovals).forEach((b, k) =>
        items.push({ piece: b.piece, indented: k === 0 && cl.indented, headingHint: b.heading, lineLength: visualWidth(cl.piece.text) }),
      );
    }
    const titleBlock = readTitleBlock(items, raw.markerTitle, docRemovals);
    const warnings: Warning[] = [];
    const blocks = buildBlocks(titleBlock.rest, docRemovals, layoutHints(items), cleaned.removals);
    const { sections } = assignOutline(blocks, warnings);
    return { raw, indexInFile, titleBlock, blocks, sections, docRemovals, warnings };
  });

  // File-level removals (debris, markers, blanks) belong to the document whose lines hold them.
  const owner = (line: number) => {
    let k = 0;
    docs.forEach((d, i) => {
      if (d.raw.firstLine <= line) k = i;
    });
    return k;
  };
  for (const r of removals) docs[owner(r.line)]?.docRemovals.push(r);
  const docSubs = docs.map(() => [] as Substitution[]);
  for (const sub of substitutions) docSubs[owner(sub.line)]?.push(sub);

  return docs.map((d, docIndex) => {
    const { blocks, titleBlock } = d;
    const subs = (docSubs[docIndex] ?? []).sort((a, b) => a.line - b.line || a.col - b.col);
    const sentences = sentencesOf(blocks);
    const titlePieces = [titleBlock.title, titleBlock.subtitle, d.raw.markerTitle].filter((p): p is Piece => p !== null);
    const bodyPieces = blocks.map((b) => b.piece);
    const warnings: Warning[] = [
      ...d.docRemovals
        .filter((r) => DEBRIS_OPS.has(r.op))
        .map((r) => ({ kind: 'artifact' as const, line: r.line, text: r.text, hint: DEBRIS_HINTS[r.op] ?? '已删除' })),
      ...d.docRemovals
        .filter((r) => r.op === 'paywall')
        .map((r) => ({
          kind: 'truncated' as const,
          line: r.line,
          text: r.text,
          hint: `网站在这里截去了原文${/(\d+)\s*字/.exec(r.text)?.[1] ? `约${/(\d+)\s*字/.exec(r.text)?.[1]}字` : '的一部分'}（“${r.text.trim()}”已删除）：请找到完整的原件补齐`,
        })),
      ...substitutionWarnings(subs),
      ...d.warnings,
      // A 第N篇 marker's title is linted only where it is the document's title.
      ...lintPlaceholders([...new Set(titlePieces.filter((p) => p !== d.raw.markerTitle || p === titleBlock.title)), ...bodyPieces]),
      ...lintMissingNumbers(bodyPieces),
      ...lintPii(bodyPieces),
      // A paywall note already says where the text was cut.
      ...lintTruncation(blocks).filter((w) => !d.docRemovals.some((r) => r.op === 'paywall' && r.line === w.line)),
    ];
    const unit = guessUnit(titleBlock.title, titleBlock.subtitle, d.raw.markerTitle, blocks);
    const plainText = bodyPieces.map((p) => p.text).join('\n');
    if (unit) {
      const region = guessRegion(plainText, unit.name);
      unit.region = region?.region ?? [];
      if (region)
        warnings.push({ kind: 'region', line: 0, text: region.region.join(' / '), hint: `所在地区按正文推测：${region.evidence}；请核对并补全（从省写起）` });
      else
        warnings.push({
          kind: 'region',
          line: 0,
          text: '待补充',
          hint: '正文没有写明所在地区：unit.yaml 的 region 暂填“待补充”，请改成实际地区（如 四川省、泸州市、龙马潭区）',
        });
      for (const note of unit.notes) warnings.push({ kind: 'unit', line: unit.line, text: unit.name, hint: note });
    } else {
      warnings.push({
        kind: 'unit',
        line: d.raw.firstLine,
        text: '',
        hint: '没有找到单位名称：请在标题中写明单位（如“XX镇党政机关创建…汇报材料”），或导入后在 unit.yaml 中填写',
      });
    }
    const seeksSources = [...titlePieces, ...blocks.slice(0, 4).map((b) => b.piece)].map((p) => ({ text: p.text, line: lineOf(p) }));
    const figures = [...extractFigures(sentences), ...tableFigures(blocks)];
    const amounts = [...extractAmounts(sentences), ...tableAmounts(blocks)];
    const levels = levelContext([titleBlock.title?.text ?? '', plainText].join('\n'), unit?.name ?? '', unit?.region ?? []);
    const fromText = extractHonors(sentences, unit ? [unit.name, unit.shortName] : [], levels);
    // An honor both told in the text and listed in a table is one honor: the text's, with its quote.
    const key = (h: HonorProposal) => `${h.kind}|${h.title}|${h.year}|${h.yearEnd}|${h.level ?? ''}|${h.recipient.kind}|${h.recipient.name ?? ''}`;
    const told = new Set(fromText.map(key));
    const honors = [...fromText, ...tableHonors(blocks, levels, unit ? [unit.name, unit.shortName] : []).filter((h) => !told.has(key(h)))];
    warnings.push(...moneyWarnings(amounts), ...recipientWarnings(honors));
    return {
      source,
      index: 0,
      indexInFile: d.indexInFile,
      encoding,
      firstLine: d.raw.firstLine,
      lastLine: d.raw.lastLine,
      paragraphNumbers,
      title: titleBlock.title,
      subtitle: titleBlock.subtitle,
      markerTitle: d.raw.markerTitle,
      blocks,
      sections: d.sections,
      removals: d.docRemovals.sort((a, b) => a.line - b.line || a.col - b.col),
      substitutions: subs,
      warnings,
      unit,
      date: guessDate(blocks, [titleBlock.title, titleBlock.subtitle], d.docRemovals),
      seeks: guessSeeks(seeksSources),
      honors,
      amounts,
      figures,
      unitFigures: unitFigures(blocks, figures),
      events: extractEvents(sentences),
      sentences,
      plainText,
      duplicateOf: null,
      similarity: 0,
      duplicates: [],
    };
  });
}

/** Honors of someone other than the unit, and guesses about who: a person confirms them. */
function recipientWarnings(honors: readonly HonorProposal[]): Warning[] {
  return honors
    .filter((h) => h.category !== 'commendation' && (h.recipient.kind !== 'unit' || h.unsure))
    .map((h) => ({
      kind: 'recipient' as const,
      line: h.line,
      text: h.title,
      hint: `“${h.title}”记为${h.recipient.kind === 'individual' ? '个人' : h.recipient.kind === 'subordinate' ? '下属单位' : '单位本身'}${h.recipient.name ? `（${h.recipient.name}）` : ''}的荣誉，不计入单位的荣誉数：${h.reason}。请确认`,
    }));
}
