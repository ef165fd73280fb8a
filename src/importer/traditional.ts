// Reports in Traditional script (萬, 億, 單位, 創建), converted to Simplified with OpenCC so
// the importer's readers and the site see one script. The conversion is character for
// character (OpenCC's Taiwan-variant table, no phrase rewriting), so every column stays where
// it was; each changed character is recorded as a Substitution and the original can be rebuilt.
import * as OpenCC from 'opencc-js/t2cn';
import type { SourceLine, Substitution } from './types';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** Corner quotes of Traditional typesetting, as Simplified text writes them. */
const QUOTES: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const HAN = /[\u4e00-\u9fff]/g;

/**
 * Share of Han characters that OpenCC changes. Simplified text scores near 0 (a stray 乾 or
 * 著 at most); Traditional text scores well above 10 %.
 */
export function traditionalShare(text: string): number {
  const han = text.match(HAN) ?? [];
  if (han.length === 0) return 0;
  const converted = toSimplified(han.join(''));
  let changed = 0;
  for (let i = 0; i < han.length; i += 1) if (converted[i] !== han[i]) changed += 1;
  return changed / han.length;
}

export const TRADITIONAL_THRESHOLD = 0.05;

/** One character at a time: keeps the length, whatever OpenCC would do with phrases. */
function convertChar(ch: string): string {
  if (QUOTES[ch]) return QUOTES[ch];
  const out = toSimplified(ch);
  return [...out].length === 1 ? out : ch;
}

function convertLine(text: string, line: number, subs: Substitution[]): string {
  let out = '';
  let col = 0;
  for (const ch of text) {
    const to = convertChar(ch);
    if (to !== ch) subs.push({ op: 'traditional', line, col, from: ch, to });
    out += to;
    col += ch.length;
  }
  return out;
}

/** Lines converted to Simplified when the text is Traditional; otherwise the lines unchanged. */
export function convertTraditional(lines: readonly SourceLine[]): { lines: SourceLine[]; substitutions: Substitution[] } {
  const all = lines.map((l) => l.text).join('\n');
  if (traditionalShare(all) < TRADITIONAL_THRESHOLD) return { lines: [...lines], substitutions: [] };
  const substitutions: Substitution[] = [];
  const converted = lines.map((l) => {
    const text = convertLine(l.text, l.line, substitutions);
    if (!l.style?.table) return { ...l, text };
    const cells = l.style.table.map((c) => convertLine(c, 0, []));
    return { ...l, text, style: { ...l.style, table: cells } };
  });
  return { lines: converted, substitutions };
}
