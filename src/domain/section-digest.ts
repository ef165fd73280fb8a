// A short account of each top-level section of a report, for exhibit boards and slides:
// the section's heading, its sub-headings, and its opening sentence(s) trimmed at a
// sentence end. Works on the report's Markdown so no extra authoring is needed.

export interface TopSection {
  /** The heading as written, with a trailing {#anchor} removed. */
  heading: string;
  /** Headings one level below, in order (the section's points). */
  subheadings: string[];
  /** The section's prose as plain text, paragraphs joined. */
  text: string;
}

const ATX = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^(```|~~~)/;
const EXPLICIT_ID = /\s*\{#[a-z0-9][a-z0-9-]*\}\s*$/;

/**
 * Splits a report at its top-level headings (the shallowest level used, `##` in our
 * reports). Text before the first such heading (greeting, basic facts) is not a section.
 */
export function splitTopSections(markdown: string): TopSection[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const headings: { index: number; level: number; text: string }[] = [];
  let inFence = false;
  lines.forEach((line, index) => {
    if (FENCE.test(line.trim())) inFence = !inFence;
    if (inFence) return;
    const match = ATX.exec(line);
    if (match) headings.push({ index, level: match[1]?.length ?? 1, text: (match[2] ?? '').replace(EXPLICIT_ID, '').trim() });
  });
  if (headings.length === 0) return [];
  const top = Math.min(...headings.map((heading) => heading.level));
  const sections: TopSection[] = [];
  const tops = headings.filter((heading) => heading.level === top);
  tops.forEach((heading, i) => {
    const end = tops[i + 1]?.index ?? lines.length;
    const inside = headings.filter((other) => other.index > heading.index && other.index < end);
    const body = lines.slice(heading.index + 1, end).filter((line) => !ATX.test(line));
    sections.push({
      heading: heading.text,
      subheadings: inside.filter((other) => other.level === top + 1).map((other) => other.text),
      text: plainText(body.join('\n')),
    });
  });
  return sections;
}

/** Markdown prose to plain text: inline marks, links, images, HTML and list/quote markers go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(?:>\s*)+/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/^\s*\|.*\|\s*$/, ''),
    )
    .map((line) => line.replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2').trim())
    .filter((line) => line !== '')
    .join('');
}

const SENTENCE_END = /[。！？!?](?:[”’」』）)]*)/g;
const CLAUSE_END = /[，,；;：:、]/g;
const ELLIPSIS = '……';

/**
 * The opening sentence(s) of a text, at most `maxChars` characters (ellipsis included),
 * cut at a sentence end. A first sentence longer than that is cut at its last clause break
 * (，；：、) that fits, or hard if there is none, and ends with ……
 */
export function digest(text: string, maxChars: number): string {
  const chars = [...text.trim()];
  if (chars.length <= maxChars) return chars.join('');
  const whole = chars.join('');
  let cut = 0;
  for (const match of whole.matchAll(SENTENCE_END)) {
    const end = [...whole.slice(0, match.index + match[0].length)].length;
    if (end > maxChars) break;
    cut = end;
  }
  if (cut > 0) return chars.slice(0, cut).join('');
  const room = maxChars - ELLIPSIS.length;
  const head = chars.slice(0, room).join('');
  let clause = 0;
  for (const match of head.matchAll(CLAUSE_END)) clause = [...head.slice(0, match.index)].length;
  // A clause break in the first third would leave too little to read: cut hard instead.
  const keep = clause >= room / 3 ? clause : room;
  return `${chars
    .slice(0, keep)
    .join('')
    .replace(/[，,；;：:、\s]+$/, '')}${ELLIPSIS}`;
}
