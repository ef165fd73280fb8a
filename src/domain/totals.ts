// Sums of approximate figures. "4万多元" + "近万元" is not an exact number: the total is a
// bound, and pages must say so rather than print a false exact figure.
import { formatAmount, type Quantity } from './quantity';

export interface BoundedTotal {
  unit: string;
  /** The total is at least this. */
  low: number;
  /** The total is at most this; null when some term has no upper bound (多, 余, 以上). */
  high: number | null;
  /** Some term was 约/左右: the bounds themselves are approximate. */
  approximate: boolean;
  /** How many figures went into it. */
  count: number;
}

/** Sums quantities of one unit (元, 人 …); quantities of another unit are ignored. */
export function sumQuantities(quantities: readonly Pick<Quantity, 'value' | 'unit' | 'bound'>[], unit: string): BoundedTotal {
  const total: BoundedTotal = { unit, low: 0, high: 0, approximate: false, count: 0 };
  for (const q of quantities) {
    if (q.unit !== unit) continue;
    total.count += 1;
    switch (q.bound) {
      case 'exact':
      case 'about':
        total.low += q.value;
        if (total.high !== null) total.high += q.value;
        total.approximate ||= q.bound === 'about';
        break;
      case 'at-least':
        total.low += q.value;
        total.high = null;
        break;
      case 'at-most':
        // "近万元" is below 10 000 but we do not know by how much: it adds nothing to the floor.
        if (total.high !== null) total.high += q.value;
        break;
    }
  }
  return total;
}

/** Chinese wording of a total: "14.5万元", "不少于14.5万元", "14.5万～15.5万元", "约…". */
export function formatTotal(total: BoundedTotal): string {
  const prefix = total.approximate ? '约' : '';
  if (total.high === null) return `不少于${prefix}${formatAmount(total.low, total.unit)}`;
  if (total.high === total.low) return `${prefix}${formatAmount(total.low, total.unit)}`;
  const low = formatAmount(total.low, '');
  return `${prefix}${low}～${formatAmount(total.high, total.unit)}`;
}
