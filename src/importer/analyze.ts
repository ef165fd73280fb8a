// One source (its decoded lines) into analysed documents: cleaned, split, outlined,
// extracted and linted. Pure: no file system access.
import { splitLostBreaks } from './breaks';
import { cleanLines } from './clean';
import { extractAmounts, extractFigures, unitFigures, type UnitFigures } from './extract-amounts';
import { extractEvents } from './extract-events';
import { extractHonors } from './extract-honors';
import { guessDate, guessRegion, guessSeeks, guessUnit, type UnitGuess } from './extract-meta';
import type { Item } from './items';
import { lintMissingNumbers } from './lint-missing-numbers';
import { lintPii } from './lint-pii';
import { lintPlaceholders } from './lint-placeholders';
import { lintTruncation } from './lint-structure';
import { assignOutline } from './outline';
import { buildBlocks, layoutHints, visualWidth } from './paragraphs';
import { sentencesOf, type Sentence } from './sentences';
import { splitDocuments } from './split';
import { lineOf } from './text-map';
import { readTitleBlock } from './title-block';
import type { AmountProposal, Block, DateProposal, EventProposal, FigureProposal, HonorProposal, Piece, Removal, SectionNode, SourceLine, Warning } from './types';
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

const DEBRIS_OPS = new Set(['pagination', 'page-number', 'web-debris', 'separator']);
const DEBRIS_HINTS: Record<string, string> = {
  pagination: '网页或 PDF 的分页残留，已删除',
  'page-number': '页码残留，已删除',
  'web-debris': '网页导航残留，已删除',
  separator: '分隔线，已删除（按分隔线拆分文档）',
};

export function analyzeSource(source: string, lines: readonly SourceLine[], encoding: string): AnalyzedDocument[] {
  const cleaned = cleanLines(lines);
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
    const blocks = buildBlocks(titleBlock.rest, docRemovals, layoutHints(items));
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

  return docs.map((d) => {
    const { blocks, titleBlock } = d;
    const sentences = sentencesOf(blocks);
    const titlePieces = [titleBlock.title, titleBlock.subtitle, d.raw.markerTitle].filter((p): p is Piece => p !== null);
    const bodyPieces = blocks.map((b) => b.piece);
    const warnings: Warning[] = [
      ...d.docRemovals.filter((r) => DEBRIS_OPS.has(r.op)).map((r) => ({ kind: 'artifact' as const, line: r.line, text: r.text, hint: DEBRIS_HINTS[r.op] ?? '已删除' })),
      ...d.warnings,
      ...lintPlaceholders([...titlePieces.filter((p) => p !== d.raw.markerTitle), ...bodyPieces]),
      ...lintMissingNumbers(bodyPieces),
      ...lintPii(bodyPieces),
      ...lintTruncation(blocks),
    ];
    const unit = guessUnit(titleBlock.title, titleBlock.subtitle, d.raw.markerTitle, blocks);
    const plainText = bodyPieces.map((p) => p.text).join('\n');
    if (unit) {
      const region = guessRegion(plainText, unit.name);
      unit.region = region?.region ?? [];
      if (region) warnings.push({ kind: 'region', line: 0, text: region.region.join(' / '), hint: `所在地区按正文推测：${region.evidence}；请核对并补全（从省写起）` });
      else warnings.push({ kind: 'region', line: 0, text: '待补充', hint: '正文没有写明所在地区：unit.yaml 的 region 暂填“待补充”，请改成实际地区（如 四川省、泸州市、龙马潭区）' });
      for (const note of unit.notes) warnings.push({ kind: 'unit', line: unit.line, text: unit.name, hint: note });
    } else {
      warnings.push({ kind: 'unit', line: d.raw.firstLine, text: '', hint: '没有找到单位名称：请在标题中写明单位（如“XX镇党政机关创建…汇报材料”），或导入后在 unit.yaml 中填写' });
    }
    const seeksSources = [...titlePieces, ...blocks.slice(0, 4).map((b) => b.piece)].map((p) => ({ text: p.text, line: lineOf(p) }));
    const figures = extractFigures(sentences);
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
      warnings,
      unit,
      date: guessDate(blocks, [titleBlock.title, titleBlock.subtitle]),
      seeks: guessSeeks(seeksSources),
      honors: extractHonors(sentences),
      amounts: extractAmounts(sentences),
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
