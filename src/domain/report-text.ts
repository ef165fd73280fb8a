// The prose of a report as the site renders it: its paragraphs (and list items) in order,
// each cut into sentences with their ids. Quotes in unit.yaml are looked up here, both to
// link a fact to its sentence and to find quotes that no longer match the report.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { createSentenceIds, normalizeText, splitSentences } from './sentences';

export interface ReportSentence {
  /** The sentence's id on the unit page. */
  id: string;
  text: string;
  /** normalizeText(text). */
  normalized: string;
  /** 1-based line of its paragraph in the Markdown body. */
  line: number;
  /** Index of its paragraph in the report, from 0. */
  paragraph: number;
}

export interface ReportText {
  sentences: ReportSentence[];
}

/**
 * Every sentence of a Markdown body, with the ids the rendered page gives them. Paragraphs
 * are what the rendered page has as <p> or tight <li>; headings and tables are not prose.
 */
export function reportText(markdown: string, firstLine = 1): ReportText {
  return reportTextOf(parseReportBody(markdown), firstLine);
}

/** A report body as the site parses it (GitHub-flavoured Markdown, as Astro's default). */
export function parseReportBody(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** reportText of a body already parsed by parseReportBody. */
export function reportTextOf(tree: Root, firstLine = 1): ReportText {
  const idFor = createSentenceIds();
  const sentences: ReportSentence[] = [];
  let paragraph = 0;
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph') {
      const line = (node.position?.start.line ?? 1) + firstLine - 1;
      for (const span of splitSentences(plainText(node))) {
        sentences.push({ id: idFor(span.text), text: span.text.trim(), normalized: normalizeText(span.text), line, paragraph });
      }
      paragraph += 1;
      return;
    }
    if (node.type === 'heading' || node.type === 'table' || node.type === 'html' || node.type === 'code') return;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return { sentences };
}

/** Text as rendered: raw HTML is removed by the site's sanitizer, images show no text. */
function plainText(node: Nodes): string {
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return '';
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => plainText(child as Nodes)).join('');
  return '';
}

export interface QuoteMatch {
  /** The sentence the quote begins in. */
  sentence: ReportSentence;
  /** Index of the report it was found in. */
  report: number;
}

/**
 * Where a quote stands in a unit's reports (in page order): the sentence it begins in. A quote
 * may span sentences of one paragraph; null when it is not in any report (or is empty).
 */
export function locateQuote(quote: string, reports: readonly ReportText[]): QuoteMatch | null {
  const needle = normalizeText(quote);
  if (needle === '') return null;
  for (const [report, text] of reports.entries()) {
    // Sentences of one paragraph are consecutive and share a line: search per paragraph.
    let from = 0;
    while (from < text.sentences.length) {
      let to = from;
      while (to + 1 < text.sentences.length && text.sentences[to + 1]?.paragraph === text.sentences[from]?.paragraph) to += 1;
      const paragraph = text.sentences.slice(from, to + 1);
      const joined = paragraph.map((s) => s.normalized).join('');
      const at = joined.indexOf(needle);
      if (at !== -1) {
        let offset = 0;
        for (const sentence of paragraph) {
          offset += sentence.normalized.length;
          if (at < offset) return { sentence, report };
        }
      }
      from = to + 1;
    }
  }
  return null;
}
