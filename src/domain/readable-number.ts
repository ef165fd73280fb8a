// Figures as people read them on a screen: "115263万元" becomes "11.53亿元", with the report's
// own wording kept beside it, because the page must still say exactly what the report says.
import { describeBound, parseQuantity } from './quantity';

export interface ReadableFigure {
  /** What the tile shows: "11.53亿元", or the original when it is already readable. */
  display: string;
  /** The report's wording, when `display` differs from it; null otherwise. */
  original: string | null;
}

/** An Arabic number with five or more digits before its point (commas allowed). */
const LONG_NUMBER = /(?:\d{1,3}(?:[,，]\d{3})+|\d{5,})(?:\.\d+)?/;

/**
 * The readable form of a figure written as in the report. Only long Arabic numbers are
 * rewritten ("115263万元", "1234567元", "12,000人"); short ones, Chinese numerals, percentages
 * and text that is not one figure stay as written. The bound stays in words: "115263多万元"
 * becomes "不少于11.53亿元".
 */
export function readableFigure(text: string): ReadableFigure {
  const original = text.trim();
  if (!LONG_NUMBER.test(original)) return { display: original, original: null };
  const quantity = parseQuantity(original);
  // A bare number (no unit) may be a code or a count of something unnamed: leave it.
  if (!quantity || quantity.unit === '' || quantity.unit === '%' || quantity.unit === '‰' || Math.abs(quantity.value) < 1e4) {
    return { display: original, original: null };
  }
  const display = describeBound(quantity);
  return display === original ? { display, original: null } : { display, original };
}
