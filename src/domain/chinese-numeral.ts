// Chinese numerals as reports write them: counted numbers (一百零五, 两万, 一万二) and
// digit-by-digit years (二〇一九). Pure functions, no locale data.

const ZEROS = '〇○零';
const DIGIT_VALUES: Readonly<Record<string, number>> = {
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

/**
 * Every character a Chinese numeral may contain, without brackets, so other modules can
 * build regexes such as `[${CHINESE_NUMERAL_CHARS}]+`. None of them is a regex metacharacter.
 */
export const CHINESE_NUMERAL_CHARS = `${ZEROS}${Object.keys(DIGIT_VALUES).join('')}${Object.keys(SMALL_UNITS).join('')}万亿`;

/** Full-width digits are common in pasted documents; they mean the same as ASCII ones. */
function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * A counted Chinese number: 十二 → 12, 一百零五 → 105, 两万 → 20000, 一亿 → 1e8.
 * Arabic digits are accepted on their own ("1") or mixed with units ("3千").
 * Colloquial abbreviations are honoured: 一万二 → 12000, 三千五 → 3500.
 * Digit strings like 二〇一九 are not counted numbers: use parseChineseDigits.
 */
export function parseChineseInteger(text: string): number | null {
  const s = toAsciiDigits(text.trim());
  if (s === '') return null;
  if (/^\d+$/.test(s)) return safe(Number(s));
  return safe(parseWithBigUnits(s, Infinity));
}

/** A digit-by-digit number, as years are written: 二〇一九 → 2019, 二零零六 → 2006. */
export function parseChineseDigits(text: string): number | null {
  const s = toAsciiDigits(text.trim());
  if (s === '') return null;
  let digits = '';
  let sawChinese = false;
  for (const ch of s) {
    if (/\d/.test(ch)) {
      digits += ch;
    } else if (ZEROS.includes(ch)) {
      digits += '0';
      sawChinese = true;
    } else if (ch in DIGIT_VALUES && ch !== '两') {
      // 两 only counts things ("两万"); it never spells a digit of a year.
      digits += String(DIGIT_VALUES[ch]);
      sawChinese = true;
    } else if (ch === 'O' || ch === 'Ｏ') {
      // Typists often use the letter O for 〇 (二OO六); only trust it next to Chinese digits.
      digits += '0';
    } else {
      return null;
    }
  }
  if (!sawChinese && /[OＯ]/.test(s)) return null;
  return safe(Number(digits));
}

function safe(value: number | null): number | null {
  return value !== null && Number.isSafeInteger(value) ? value : null;
}

/**
 * Splits at the last 亿, then at 万: "三千五百万" is 3500 × 1e4. `context` is the big unit
 * this text follows (1e4 after 万), which decides what a lone trailing digit means (一万二).
 */
function parseWithBigUnits(s: string, context: number): number | null {
  for (const [ch, unit] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = s.lastIndexOf(ch);
    if (at === -1) continue;
    const highText = s.slice(0, at);
    const lowText = s.slice(at + 1);
    // 万万 and 亿亿 are archaic; 万亿 (1e12) is fine.
    if (highText.includes(ch) || (ch === '万' && highText.includes('亿'))) return null;
    const high = highText === '' ? 1 : parseWithBigUnits(highText, Infinity);
    if (high === null || high === 0) return null;
    const low = lowText === '' ? 0 : parseWithBigUnits(lowText, unit);
    if (low === null || low >= unit) return null;
    return high * unit + low;
  }
  return parseBelowTenThousand(s, context);
}

/** 0–9999 written with 千百十, 零 marking gaps; Arabic digit runs act as one digit. */
function parseBelowTenThousand(s: string, context: number): number | null {
  let total = 0;
  let pending: number | null = null;
  let lastUnit = context;
  let zero = false;
  let tokens = 0;
  for (const token of s.match(/\d+|./gu) ?? []) {
    tokens += 1;
    if (ZEROS.includes(token)) {
      // "二〇" is a digit string and "零零" a typo: neither is a counted number.
      if (pending !== null || zero) return null;
      zero = true;
    } else if (/^\d+$/.test(token) || token in DIGIT_VALUES) {
      if (pending !== null) return null;
      pending = /^\d+$/.test(token) ? Number(token) : (DIGIT_VALUES[token] ?? 0);
    } else if (token in SMALL_UNITS) {
      const unit = SMALL_UNITS[token] ?? 0;
      if (unit >= lastUnit || (zero && pending === null)) return null;
      // A bare unit counts one of it: 十二, 百余人, 千万.
      total += (pending ?? 1) * unit;
      pending = null;
      lastUnit = unit;
      zero = false;
    } else {
      return null;
    }
  }
  if (tokens === 0) return null;
  if (pending === null) {
    if (!zero) return total;
    // A lone 零 is zero; a trailing one ("一百零") is incomplete.
    return tokens === 1 && context === Infinity ? 0 : null;
  }
  // A leading 零 only makes sense after a big unit: 一万零五.
  if (zero && total === 0 && context === Infinity) return null;
  if (zero || lastUnit === Infinity) return total + pending;
  // A trailing digit right after a unit is shorthand for the next lower place: 一百二 = 120.
  return total + (pending * lastUnit) / 10;
}
