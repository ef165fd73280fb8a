// Figures as Chinese reports write them. They are often approximate on purpose —
// "4万多元" (more than 40 000), "近万元" (nearly 10 000) — and the bound is part of the fact,
// so it is kept next to the value instead of being rounded away.
import { CHINESE_NUMERAL_CHARS, parseChineseInteger } from './chinese-numeral';

export type Bound = 'exact' | 'at-least' | 'at-most' | 'about';

export interface Quantity {
  /** The figure as written, bound words included: "约50人", "4万多元". */
  text: string;
  /** In the base unit, multiplier applied: "10.5万元" → 105000. */
  value: number;
  /** "元", "人次", "%"…; '' when the figure has none ("100万以上"). */
  unit: string;
  bound: Bound;
}

export interface FoundQuantity extends Quantity {
  /** Offset of `text` in the scanned prose. */
  index: number;
}

/**
 * Units recognised by default, longest first so 人次 wins over 人 and 平方米 over 米.
 * 年/月/日 are deliberately absent: "2004年" is a date, not an amount.
 */
export const QUANTITY_UNITS: readonly string[] = longestFirst([
  '元',
  '人次',
  '户次',
  '场次',
  '台次',
  '人',
  '名',
  '位',
  '岁',
  '亩',
  '公顷',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '千米',
  '公里',
  '米',
  '吨',
  '千克',
  '公斤',
  '斤',
  '%',
  '‰',
  '倍',
  '个月',
  '个',
  '次',
  '户',
  '件',
  '份',
  '项',
  '所',
  '村',
  '头',
  '盆',
  '艘',
  '辆',
  '台',
  '套',
  '本',
  '册',
  '场',
  '期',
  '篇',
  '条',
  '张',
  '座',
  '家',
  '支',
  '株',
  '棵',
  '只',
  '处',
  '间',
  '批',
  '块',
  '幅',
  '首',
  '届',
  '天',
  '小时',
  '课时',
  '分钟',
]);

/** Multipliers after an Arabic number, longest first ("3千万" is 3e7, not 3000 × 1e4 ...). */
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 12],
  ['千亿', 11],
  ['百亿', 10],
  ['十亿', 9],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
  ['百', 2],
];

type BoundWord = Exclude<Bound, 'exact'>;

/** Words before a figure, longest first. `notAfter` lists characters that make the word part of another one. */
const PREFIXES: ReadonlyArray<{ word: string; bound: BoundWord; notAfter?: string; bareMultiplierOnly?: boolean }> = [
  { word: '不少于', bound: 'at-least' },
  { word: '不低于', bound: 'at-least' },
  { word: '不超过', bound: 'at-most' },
  { word: '大约', bound: 'about' },
  { word: '大概', bound: 'about' },
  { word: '将近', bound: 'at-most' },
  { word: '接近', bound: 'at-most' },
  { word: '不足', bound: 'at-most' },
  { word: '不到', bound: 'at-most' },
  { word: '超过', bound: 'at-least' },
  // 收入突破20万元: past a mark, as 超过.
  { word: '突破', bound: 'at-least' },
  { word: '至少', bound: 'at-least' },
  { word: '逾', bound: 'at-least' },
  { word: '超', bound: 'at-least', notAfter: '赶' },
  // 附近/最近 3个村 is "3 villages nearby", not "nearly 3".
  { word: '近', bound: 'at-most', notAfter: '附就靠邻临贴走拉亲远最' },
  // 签约/节约 3万元 is an exact amount signed or saved.
  { word: '约', bound: 'about', notAfter: '签合节制预履公邀特违相如婚条契守简赴践誓隐缔立解毁失租' },
  // 上万人, 上百人: only before a bare 百/千/万/亿.
  { word: '上', bound: 'at-least', notAfter: '以马', bareMultiplierOnly: true },
];

const SUFFIXES: ReadonlyArray<readonly [string, BoundWord]> = [
  ['以上', 'at-least'],
  ['以下', 'at-most'],
  ['以内', 'at-most'],
  ['左右', 'about'],
];

/**
 * Whether the mark at `i` is a thousands separator: `,` or `，` after a digit and before exactly
 * three digits (1,200 / 1，200, full-width digits too). Whatever splits text at commas asks this
 * first, so a figure never loses its leading digits (1,450万元 is not 450万元).
 */
export function isThousandsSeparator(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== ',' && ch !== '，') return false;
  const digit = (c: string | undefined) => c !== undefined && /[0-9０-９]/.test(c);
  return digit(text[i - 1]) && digit(text[i + 1]) && digit(text[i + 2]) && digit(text[i + 3]) && !digit(text[i + 4]);
}

/** A plain number as tables write it (1,200 / －3.5 / １，２００), or null. */
export function parsePlainNumber(text: string): number | null {
  const s = normalize(text.trim()).replace(/^[－−]/, '-');
  if (!/^-?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/[,，]/g, ''));
}

const ARABIC = /(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const CHINESE_RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'y');
const NUMERAL_CHAR = new RegExp(`[${CHINESE_NUMERAL_CHARS}]`);
const ASCII_WORD_CHAR = /[A-Za-z0-9_]/;

/** Reads one figure; the whole (trimmed) text must be it. "万元" alone is null: its number is missing. */
export function parseQuantity(text: string): Quantity | null {
  const trimmed = text.trim();
  const match = matchAt(normalize(trimmed), 0, DEFAULT_UNITS, 'whole');
  if (!match || match.end !== trimmed.length) return null;
  return { text: trimmed, value: match.value, unit: match.unit, bound: match.bound };
}

const DEFAULT_UNITS = QUANTITY_UNITS;

/**
 * Finds the figures in running prose, left to right, without overlaps. In prose a figure
 * needs a unit, or an Arabic number with 万/亿 ("投资100万以上"); a lone 一 is skipped
 * because of set phrases (一村一品, 一次性, 一户一档), and so is anything after 第 (ordinals).
 */
export function findQuantities(prose: string, options: { units?: readonly string[] } = {}): FoundQuantity[] {
  const units = options.units ? longestFirst(options.units) : DEFAULT_UNITS;
  const s = normalize(prose);
  const found: FoundQuantity[] = [];
  let i = 0;
  while (i < s.length) {
    const match = matchAt(s, i, units, 'prose');
    if (match) {
      found.push({ text: prose.slice(i, match.end), index: i, value: match.value, unit: match.unit, bound: match.bound });
      i = match.end;
    } else {
      i += 1;
    }
  }
  return found;
}

/**
 * Chinese display conventions: 105000 → "10.5万", 7469000000 → "74.69亿"; below 10 000
 * plainly. At most two decimals, trailing zeros trimmed. Percentages are never scaled.
 */
export function formatAmount(value: number, unit: string): string {
  const magnitude = Math.abs(value);
  if (unit !== '%' && unit !== '‰') {
    if (magnitude >= 1e8) return `${twoDecimals(value / 1e8)}亿${unit}`;
    if (magnitude >= 1e4) {
      const inWan = twoDecimals(value / 1e4);
      // 99 999 999 rounds to "10000万": say 1亿 instead.
      if (Math.abs(Number(inWan)) >= 1e4) return `${twoDecimals(value / 1e8)}亿${unit}`;
      return `${inWan}万${unit}`;
    }
  }
  return `${twoDecimals(value)}${unit}`;
}

/** The figure with its bound in words: "不少于4万元", "不超过1万元", "约50人". */
export function describeBound(q: Pick<Quantity, 'value' | 'unit' | 'bound'>): string {
  const amount = formatAmount(q.value, q.unit);
  switch (q.bound) {
    case 'exact':
      return amount;
    case 'at-least':
      return `不少于${amount}`;
    case 'at-most':
      return `不超过${amount}`;
    case 'about':
      return `约${amount}`;
  }
}

function twoDecimals(value: number): string {
  const fixed = value.toFixed(2).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

function longestFirst(units: readonly string[]): readonly string[] {
  return [...new Set(units)].filter((u) => u !== '').sort((a, b) => b.length - a.length);
}

/** Same-length normalisation, so offsets into the result are offsets into the input. */
function normalize(text: string): string {
  return text.replace(/[０-９．％]/g, (ch) => (ch === '．' ? '.' : ch === '％' ? '%' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

interface Match {
  end: number;
  value: number;
  unit: string;
  bound: Bound;
}

interface NumberMatch {
  end: number;
  /** Decimal digits of the number, separators removed, e.g. "10.5". */
  digits: string;
  arabic: boolean;
  /** Chinese numeral without a digit: 百, 千, 万, 千万. */
  bareMultiplier: boolean;
  /** Chinese numeral with no digit that starts with 万/亿: needs 近/上 or 余/多 to mean anything. */
  bareBigUnit: boolean;
  loneOne: boolean;
}

function matchAt(s: string, start: number, units: readonly string[], mode: 'whole' | 'prose'): Match | null {
  const before = start > 0 ? (s[start - 1] ?? '') : '';
  const bounds: BoundWord[] = [];
  let i = start;

  // "折合约30万元": 折合 then 约 (about), not the word 合约 (a contract); "损失约3000万元": 损失 then 约, not 失约.
  const beforeWord = (before === '合' && start > 1 && s[start - 2] === '折') || (before === '失' && start > 1 && s[start - 2] === '损') ? '' : before;
  const prefix = PREFIXES.find((p) => s.startsWith(p.word, i) && !(p.notAfter && beforeWord !== '' && p.notAfter.includes(beforeWord)));
  if (prefix) {
    bounds.push(prefix.bound);
    i += prefix.word.length;
  } else if (mode === 'prose' && (ASCII_WORD_CHAR.test(before) || before === '.' || before === '第' || NUMERAL_CHAR.test(before))) {
    // Digits inside "110kv", "G318", "1.5" or after 第 are not figures of their own.
    return null;
  }

  // 百分之九十五 → 95%.
  if (s.startsWith('百分之', i)) {
    const number = readNumber(s, i + 3);
    if (!number) return null;
    const value = scaleDecimal(number.digits, 0);
    return finish(s, number.end, value, '%', bounds);
  }

  for (const number of numberCandidates(s, i)) {
    if (prefix?.bareMultiplierOnly && !number.bareMultiplier) continue;
    const match = afterNumber(s, number, units, bounds, mode, Boolean(prefix));
    if (match) return match;
  }
  return null;
}

/** The number at i: Arabic, or the longest Chinese numeral first, then shorter ones ("三千米"). */
function numberCandidates(s: string, i: number): NumberMatch[] {
  ARABIC.lastIndex = i;
  const arabic = ARABIC.exec(s);
  if (arabic) {
    const end = i + arabic[0].length;
    return [{ end, digits: arabic[0].replace(/[,，]/g, ''), arabic: true, bareMultiplier: false, bareBigUnit: false, loneOne: false }];
  }
  return readChineseNumbers(s, i);
}

function readNumber(s: string, i: number): NumberMatch | null {
  return numberCandidates(s, i)[0] ?? null;
}

function readChineseNumbers(s: string, i: number): NumberMatch[] {
  CHINESE_RUN.lastIndex = i;
  const run = CHINESE_RUN.exec(s);
  if (!run) return [];
  const candidates: NumberMatch[] = [];
  for (let end = i + run[0].length; end > i; end -= 1) {
    const text = s.slice(i, end);
    const value = parseChineseInteger(text);
    if (value === null) continue;
    candidates.push({
      end,
      digits: String(value),
      arabic: false,
      bareMultiplier: /^[十拾百佰千仟万亿]+$/.test(text),
      bareBigUnit: /^[万亿]/.test(text),
      loneOne: text === '一',
    });
  }
  return candidates;
}

function afterNumber(
  s: string,
  number: NumberMatch,
  units: readonly string[],
  bounds: readonly BoundWord[],
  mode: 'whole' | 'prose',
  hasPrefix: boolean,
): Match | null {
  const found = [...bounds];
  let i = number.end;
  let approximate = false;
  if (s[i] === '余' || s[i] === '多') {
    found.push('at-least');
    approximate = true;
    i += 1;
  }

  // A unit is tried before a multiplier: "3千米" is 3 km, not 3000 m.
  let unit = unitAt(s, i, units);
  let power = 0;
  if (unit === null && (number.arabic || approximate)) {
    const multiplier = MULTIPLIERS.find(([word]) => s.startsWith(word, i));
    if (multiplier) {
      power = multiplier[1];
      i += multiplier[0].length;
      if (!approximate && (s[i] === '余' || s[i] === '多')) {
        found.push('at-least');
        approximate = true;
        i += 1;
      }
      unit = unitAt(s, i, units);
    }
  }
  if (unit !== null) i += unit.length;

  if (number.bareBigUnit && !hasPrefix && !approximate) return null;
  if (mode === 'prose') {
    if (number.loneOne && !hasPrefix && !approximate) return null;
    if (unit === null && !(number.arabic && power >= 4)) return null;
    // "110kv": the digits belong to an ASCII word.
    if (ASCII_WORD_CHAR.test(s[i] ?? '') && (unit === null || /[A-Za-z0-9_]$/.test(unit))) return null;
  }
  return finish(s, i, scaleDecimal(number.digits, power), unit ?? '', found);
}

function unitAt(s: string, i: number, units: readonly string[]): string | null {
  return units.find((u) => s.startsWith(u, i)) ?? null;
}

function finish(s: string, end: number, value: number, unit: string, bounds: BoundWord[]): Match {
  let i = end;
  const suffix = SUFFIXES.find(([word]) => s.startsWith(word, i));
  if (suffix) {
    bounds.push(suffix[1]);
    i += suffix[0].length;
  }
  return { end: i, value, unit, bound: combine(bounds) };
}

/** "约300多人" mixes two bounds: the honest summary is "about". */
function combine(bounds: readonly BoundWord[]): Bound {
  const kinds = new Set(bounds);
  if (kinds.size === 0) return 'exact';
  if (kinds.size === 1) return [...kinds][0] ?? 'exact';
  return 'about';
}

/**
 * "74.69" × 10^8 computed on the decimal string, so the result carries no float noise
 * (74.69 * 1e8 in floating point is 7468999999.999999).
 */
function scaleDecimal(digits: string, power: number): number {
  const [whole = '0', fraction = ''] = digits.split('.');
  const all = whole + fraction;
  const exponent = power - fraction.length;
  if (exponent >= 0) return Number(all + '0'.repeat(exponent));
  const padded = all.padStart(-exponent + 1, '0');
  return Number(`${padded.slice(0, exponent)}.${padded.slice(exponent)}`);
}
