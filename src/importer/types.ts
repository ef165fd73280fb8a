// Shared shapes of the importer. A document's text is kept as pieces whose every character
// knows the source line and column it came from, so warnings can name lines and the cleaning
// can be proven lossless (see clean.ts).
import type { Bound } from '../domain/quantity';
import type { HonorCategory, HonorRecipientKind, InvestmentKind, Level, RatePeriod, TitleStatus } from '../domain/vocabulary';

/** Where a run of characters starts in the source: line is 1-based, col 0-based (UTF-16 units). */
export interface Span {
  /** Offset in the piece's text where this run starts. */
  at: number;
  /** 1-based source line (for .docx: the paragraph number); 0 for text the importer inserted. */
  line: number;
  col: number;
}

/** Text with its origin: spans are sorted by `at` and the first starts at 0. */
export interface Piece {
  text: string;
  spans: Span[];
}

/** Layout hints a structured source (.docx) gives for a line. */
export interface LineStyle {
  /** Word heading level: 0 = Title style, 1 = Heading 1 … */
  heading?: number;
  list?: 'ordered' | 'unordered';
  /** Cells of a table row. */
  table?: string[];
  /** The row is the first of its table. */
  tableStart?: boolean;
}

/** One line of the decoded source (for .docx one paragraph, list item or table row). */
export interface SourceLine {
  line: number;
  text: string;
  style?: LineStyle;
}

/** What a cleaning step took out of the text. */
export type RemovalOp =
  | 'indent' // leading spaces / full-width indent
  | 'trailing-space'
  | 'blank' // an empty line
  | 'space' // a stray space between Chinese characters
  | 'line-break' // a line joined to the previous one (the removed text is "\n")
  | 'pagination' // 1 2 下一页, 第 1 页 共 2 页
  | 'page-number' // — 3 —, a lone 3, 坚强的 1
  | 'web-debris' // 返回顶部, 【打印】【关闭】
  | 'separator' // ------
  | 'marker' // 第一篇: and a collection's own title
  | 'title-repeat' // the title written twice
  | 'noise' // anti-copy noise: + j" x! m! |! N*
  | 'watermark' // a site's URL glued to the text
  | 'paywall' // ……(范文网省略812字,正式会员可完整阅读)
  | 'collection-title'; // 创建工作汇报(精选2篇): the title of a page holding several articles

/** A character the importer replaced (same length, so columns stay true); kept to undo it. */
export interface Substitution {
  op: 'punctuation' | 'traditional';
  line: number;
  col: number;
  /** The source text. */
  from: string;
  /** What the report now has. */
  to: string;
}

export interface Removal {
  op: RemovalOp;
  line: number;
  col: number;
  text: string;
}

export type WarningKind =
  | 'artifact'
  | 'placeholder'
  | 'missing-number'
  | 'pii'
  | 'duplicate'
  | 'undated'
  | 'relative-date'
  | 'gap'
  | 'truncated'
  | 'unit'
  | 'region'
  | 'merged'
  | 'encoding'
  | 'money'
  | 'recipient';

export interface Warning {
  kind: WarningKind;
  /** 1-based source line; 0 when the warning is about the whole document. */
  line: number;
  text: string;
  hint: string;
}

/** dateline: a date in brackets under the title, （2022年6月）. */
export type BlockRole = 'greeting' | 'heading' | 'paragraph' | 'signature' | 'list-item' | 'table' | 'dateline';

export interface Block {
  role: BlockRole;
  piece: Piece;
  /** Markdown heading level (2 = ##) for headings. */
  depth?: number;
  /** Outline counter family of a numbered heading ("一、", "（一）"…). */
  family?: string;
  /** Anchor id of a heading, as the site computes it. */
  id?: string;
  /** The anchor id of the section this block belongs to. */
  section?: string;
  ordered?: boolean;
  rows?: string[][];
  /** Source line of each table row. */
  rowLines?: number[];
}

export interface SectionNode {
  title: string;
  /** 1 = top-level section (## in the report file). */
  depth: number;
  id: string;
  line: number;
  children: SectionNode[];
}

export type YearValue = number | 'undated';

/** Who earned an honor, as the importer reads it. */
export interface RecipientProposal {
  kind: HonorRecipientKind;
  /** Name of the body or person; absent for the unit itself. */
  name?: string;
}

export interface HonorProposal {
  /** First year, or undated. */
  year: YearValue;
  /** Last year of a range (2007—2010 → 2010), else null. */
  yearEnd: number | null;
  title: string;
  level: Level | null;
  /** 'title' for a step of the 文明单位 title itself, 'honor' for anything else. */
  kind: 'honor' | 'title';
  issuer?: string;
  /** For title steps: 命名, 复查保留… */
  status?: TitleStatus;
  note?: string;
  line: number;
  section?: string;
  recipient: RecipientProposal;
  category: HonorCategory;
  /** Why the importer proposes this recipient and category, in Chinese. */
  reason: string;
  /** The recipient is a guess a person should confirm. */
  unsure?: boolean;
  /** 今年/去年/前年: the year waits for the report's date (resolved in run.ts). */
  relative?: string;
  /** The sentence of the report the honor was read from. */
  quote?: string;
}

export interface AmountProposal {
  text: string;
  value: number;
  unit: string;
  bound: Bound;
  line: number;
  /** The clause the amount stands in, used as an investment's item. */
  context: string;
  section?: string;
  /** Year named in the same clause. */
  year?: number;
  /** What the money is; null when it is not money put into anything (产值, 收入, 节省). */
  kind: InvestmentKind | null;
  /** How often it recurs; null for a one-off. */
  period: RatePeriod | null;
  /** Text of the amount this one is part of (共计12万多元，其中…). */
  partOf?: string;
  /** Why the importer proposes this kind and period, in Chinese. */
  reason: string;
  quote: string;
  /** What a person should confirm about kind or period. */
  doubt?: string;
}

export interface FigureProposal {
  label: string;
  text: string;
  value: number;
  unit: string;
  bound: Bound;
  line: number;
  quote?: string;
}

export interface EventProposal {
  /** ISO partial date: "2006-11" or "2006". */
  date: string;
  text: string;
  line: number;
  section?: string;
  /** The date came from 今年/去年…, resolved against the report's date. */
  relative?: boolean;
  quote?: string;
}

export interface DateProposal {
  iso: string;
  text: string;
  line: number;
  /** Where it came from: the signature, the title block, the page's posting line, or another version. */
  source: 'signature' | 'title' | 'page' | 'duplicate';
}

export interface UnitProposal {
  name: string;
  shortName: string;
  kind: string;
  region: string[];
  line: number;
}
