// Money as reports state it, kept by kind. Only 创建经费 is the unit's own creation spending;
// public works, funds won from higher levels, donations and aid are other kinds, and no total
// ever mixes two kinds. A rate (每月300元) is not an amount spent once and enters no total; an
// amount that is part of another listed amount (其中…) is not counted a second time.
import { describeBound, type Quantity } from './quantity';
import { sumQuantities, type BoundedTotal } from './totals';
import { INVESTMENT_KINDS, type InvestmentKind, type RatePeriod } from './vocabulary';

export interface MoneyFact {
  kind: InvestmentKind;
  amount: Pick<Quantity, 'text' | 'value' | 'unit' | 'bound'>;
  /** How often it recurs; null for a one-off amount. */
  period: RatePeriod | null;
  /** The id of the listed amount this one is part of. */
  partOf?: string | undefined;
}

/** The amount that counts towards a total: a one-off, not part of another listed amount. */
export const isSummable = (fact: MoneyFact) => fact.period === null && fact.partOf === undefined;

export interface KindTotal<T extends MoneyFact> {
  kind: InvestmentKind;
  /** One-off amounts summed (bounds kept); count is how many went in. */
  total: BoundedTotal;
  /** Every amount of this kind, in the written order: summed ones, parts and rates. */
  items: T[];
  /** Amounts that are parts of another (shown, not added). */
  parts: T[];
  /** Rates (每月…), shown as rates, never added. */
  rates: T[];
}

/** Totals per kind, in the vocabulary's order; kinds without any amount are left out. */
export function totalsByKind<T extends MoneyFact>(facts: readonly T[], unit = '元'): KindTotal<T>[] {
  return INVESTMENT_KINDS.flatMap((kind) => {
    const items = facts.filter((fact) => fact.kind === kind);
    if (items.length === 0) return [];
    return [
      {
        kind,
        total: sumQuantities(
          items.filter(isSummable).map((fact) => fact.amount),
          unit,
        ),
        items,
        parts: items.filter((fact) => fact.period === null && fact.partOf !== undefined),
        rates: items.filter((fact) => fact.period !== null),
      },
    ];
  });
}

/** The total of one kind (an empty total, count 0, when there is none). */
export function totalOfKind<T extends MoneyFact>(facts: readonly T[], kind: InvestmentKind, unit = '元'): BoundedTotal {
  return sumQuantities(
    facts.filter((fact) => fact.kind === kind && isSummable(fact)).map((fact) => fact.amount),
    unit,
  );
}

/**
 * A rate as the report means it: 每月300元, 每人每年1200元. The amount's own words are kept
 * (约, 多), so "每月300元" stays exactly that.
 */
export function formatRate(amount: Pick<Quantity, 'text'>, period: RatePeriod): string {
  return amount.text.startsWith(period) ? amount.text : `${period}${amount.text}`;
}

/** One line for a fact's amount: the rate for a rate, else the amount as written. */
export function amountText(fact: Pick<MoneyFact, 'amount' | 'period'>): string {
  return fact.period ? formatRate(fact.amount, fact.period) : fact.amount.text;
}

/** What each kind of money is, for readers (one line beside its total). */
export const INVESTMENT_KIND_NOTES: Record<InvestmentKind, string> = {
  创建经费: '单位自己用于文明创建的经费',
  基础设施与民生: '报告提到的公共工程和民生项目，出资方报告多未写明',
  争取项目: '向上级争取来的项目资金，不是本单位的投入',
  捐款捐物: '干部职工个人的捐款捐物',
  帮扶资金: '给困难群众或帮扶村的资金',
  其他: '报告中的其他金额',
};

/** How to read one amount: its bound, or why it is not in the total (a rate, a part). */
export function amountMeaning(fact: MoneyFact & { amount: Pick<Quantity, 'value' | 'unit' | 'bound'> }, wholeItem?: string): string {
  if (fact.period) return `按${fact.period.replace(/^每/, '')}计的金额，不计入合计`;
  if (fact.partOf !== undefined) return `${wholeItem ? `是“${wholeItem}”的一部分` : '是另一笔金额的一部分'}，不重复相加`;
  return describeBound(fact.amount);
}
