// Anonymising placeholders left by a republisher: XX镇, ×××, ＸＸ, 20××, “xxxx”重要思想.
import { opensWithSurname } from '../domain/pii';
import { locate } from './text-map';
import type { Piece, Warning } from './types';

// "（总第×期）": a single × for a hidden number in an issue or batch number; "等X家单位", "辖区内X所学校":
// a single capital X (or ×) between a word and a count word, for a hidden count.
// ** and ### are Markdown only at a line's start before a space (## 标题) or around words
// (**加粗**); in a report's prose they stand for a hidden name: **中学, ###镇, 刘##.
const PLACEHOLDER =
  /(?:19|20)[×xXＸｘ＊*#＃]{2}年?|(?<![A-Za-z])[XxＸｘ]{2,}|[XxＸｘ]{2,}(?=[\u4e00-\u9fff])|[×＊*]{2,}|[#＃]{2,}(?!\s)|[○◯□]{2,}|某某|(?<=第|总第)[×XxＸｘ](?=[期号届次批])|(?<=[\u4e00-\u9fff])[XＸ×](?=[个名家所户人项支座处村])/g;

export function lintPlaceholders(pieces: readonly Piece[]): Warning[] {
  const out: Warning[] = [];
  for (const piece of pieces) {
    for (const m of piece.text.matchAll(PLACEHOLDER)) {
      // "居民吴某某": a private person masked the way the pii check asks (陈某某), not a gap to fill.
      if (m[0] === '某某' && opensWithSurname(piece.text.slice(Math.max(0, m.index - 1), m.index))) continue;
      const line = locate(piece, m.index).line;
      const context = piece.text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6);
      const year = /^(?:19|20)/.test(m[0]) || /^年/.test(piece.text.slice(m.index + m[0].length));
      out.push({
        kind: 'placeholder',
        line,
        text: m[0],
        hint: year
          ? `年份被隐去（“…${context}…”）：请填写真实年份，否则这一条无法排进时间线`
          : `占位符“${m[0]}”（“…${context}…”）：原文隐去了名称或数字，发布前请填写，或确认保持匿名`,
      });
    }
  }
  return out;
}
