// Numbers stripped by a republisher: "投资万元", "奖励元", "年产仔猪头以上", "达%", a sentence
// starting with a bare comma where a year was ("。，镇党委修订…"), "——" left of "2003年——2006年".
import { locate } from './text-map';
import type { Piece, Warning } from './types';

interface Rule {
  re: RegExp;
  hint: (match: string) => string;
  /** Accepts or rejects a match (e.g. 近万元 is a number). */
  ok?: (m: RegExpMatchArray) => boolean;
}

const MONEY_WORDS =
  '投资|投入|奖励|资金|筹资|集资|捐款|捐资|捐助|补助|补贴|收入|总值|产值|经费|发放|金额|价值|合计|共计|累计|增加|节约|节省|花费|支出|资助|奖金|折合人民币|人民币|达到|达|共|计';
const RULES: readonly Rule[] = [
  {
    re: new RegExp(`(?:${MONEY_WORDS})(?:了)?(近|约|上)?(元|万元|亿元|千元|百元)`, 'g'),
    // 近万元 and 上万元 are numbers ("nearly / over ten thousand"); 约万元 has lost its digits.
    ok: (m) => !(m[1] && m[1] !== '约' && /^[万亿千百]/.test(m[2] ?? '')),
    hint: (s) => `“${s}”缺少数字：金额可能被删去，请按原件补上`,
  },
  {
    re: /(?<=[\u4e00-\u9fff])(?<![\d〇零一二两三四五六七八九十百千万亿几数多余个每整成])(头|户|亩|平方米|千米|公里|人次)(以上|左右|多)/g,
    hint: (s) => `“${s}”缺少数字：数量可能被删去，请按原件补上`,
  },
  {
    // "约公里", "约万平方米", "藏书约册", "辐射周边约公里": a qualifier with no number after it.
    re: /(?<![\d〇零一二两三四五六七八九十百千万亿几数多余])(?:约|大约|近|达到?|共计?|合计|累计|超过|逾|全长|总长|面积|占地|占地面积)(?:万|千|百|亿)?(?:平方公里|平方千米|平方米|立方米|公里|千米|公顷|亩|人次|册|吨)/g,
    ok: (m) => !/^(?:近|逾)[万千百亿]/.test(m[0]),
    hint: (s) => `“${s}”缺少数字：数量可能被删去，请按原件补上`,
  },
  {
    // "签约居民达人", "开展活动达场次": 达 with the number gone before a count word.
    re: /(?<=[\u4e00-\u9fff])(?:达到?|共有|共计)(?:场次|人|户|名|场|次|期|项|件|个|家|篇|台|辆|座|处)(?=[，,。；;、]|$)/g,
    hint: (s) => `“${s}”缺少数字：数量可能被删去，请按原件补上`,
  },
  {
    re: /(?<=[达占为到]|增长|下降|提高)[%％]/g,
    hint: (s) => `“${s}”缺少数字：百分比可能被删去`,
  },
  {
    re: /(?:^|(?<=[。；;！!？?]))\s*[，,]/g,
    hint: () => '句子以逗号开头：前面的年份或日期可能被删去（如“2005年，”）',
  },
  {
    re: /(?<=[。，,；;])——(?=[\u4e00-\u9fff])/g,
    hint: () => '“——”前后缺少年份：可能原为“2003年——2006年”一类的年份范围',
  },
];

export function lintMissingNumbers(pieces: readonly Piece[]): Warning[] {
  const out: Warning[] = [];
  for (const piece of pieces) {
    for (const rule of RULES) {
      for (const m of piece.text.matchAll(rule.re)) {
        if (rule.ok && !rule.ok(m)) continue;
        const context = piece.text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8);
        out.push({ kind: 'missing-number', line: locate(piece, m.index).line, text: context.trim(), hint: rule.hint(m[0].trim() || context) });
      }
    }
  }
  return out;
}
