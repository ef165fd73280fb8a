// Half-width punctuation in Chinese prose (",", ":", "!", "(…)", "\"…\"", a sentence-final
// ".") as web pages and PDFs leave it, replaced by the full-width marks Chinese text uses.
// Only marks that touch a Chinese character change; "3,500", "10:30", "5.2万" and English
// stay as they are. Each change keeps the text's length, is recorded as a Substitution with
// its line and column, and can be undone (lossless.ts).
import { locate } from './text-map';
import type { Piece, Substitution } from './types';

const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
/** Chinese characters and the full-width marks around them. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’…—]/;
const ALNUM = /[A-Za-z0-9]/;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Full-width text of a piece and the changes made (positions in the source). */
export function normalizePunctuation(piece: Piece): { piece: Piece; substitutions: Substitution[] } {
  // Work on UTF-16 offsets: every mark handled here is one unit long.
  const text = piece.text;
  const out = text.split('');
  const subs: Substitution[] = [];
  const change = (i: number, to: string) => {
    const at = locate(piece, i);
    if (at.line === 0) return;
    subs.push({ op: 'punctuation', line: at.line, col: at.col, from: text[i] ?? '', to });
    out[i] = to;
  };
  let quoteOpen = true;
  const quotes = (text.match(/"/g) ?? []).length;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    // What is already decided before this mark (a quote just made full width counts as Chinese).
    const prev = out[i - 1];
    const next = text[i + 1];
    if (ch === '"') {
      // Pairs only: an odd count leaves them alone rather than guessing which one is stray.
      if (quotes % 2 === 0 && (isCjk(prev) || isCjk(next) || prev === undefined)) change(i, quoteOpen ? '“' : '”');
      quoteOpen = !quoteOpen;
      continue;
    }
    if (ch === '.') {
      // A full stop after Chinese: not 5.2, not www.x.com, not a lone dot before a Latin word.
      // After a percentage too: 办结率100%.2020年 is two sentences.
      // A placeholder before Chinese (创建成效.XX村被评为…) is a Chinese word's, not a Latin one.
      const latin = /[A-Za-z.]/.test(next ?? '') && !/^[Xx]{2,}(?=[\u4e00-\u9fff])/.test(text.slice(i + 1));
      if ((isCjk(prev) || prev === '%' || prev === '％') && !latin) change(i, '。');
      continue;
    }
    const full = FULL[ch];
    if (!full) continue;
    if (ALNUM.test(prev ?? '') && ALNUM.test(next ?? '')) continue;
    if (ch === '(' || ch === ')') {
      const close = ch === '(' ? text.indexOf(')', i) : -1;
      const inside = ch === '(' ? text.slice(i + 1, close < 0 ? undefined : close) : '';
      if (isCjk(prev) || isCjk(next) || /[\u4e00-\u9fff]/.test(inside) || (ch === ')' && out.lastIndexOf('（', i) > out.lastIndexOf('(', i))) change(i, full);
      continue;
    }
    // "开放时间为9:00至17:00!": a mark ending a Chinese line after a figure.
    const endsChinese = (next === undefined || /\s/.test(next)) && /[\u4e00-\u9fff]/.test(text) && ch !== ':' && !/[A-Za-z]/.test(prev ?? '');
    if (isCjk(prev) || (isCjk(next) && prev !== undefined && !ALNUM.test(prev)) || endsChinese) change(i, full);
  }
  return { piece: { text: out.join(''), spans: piece.spans }, substitutions: subs };
}
