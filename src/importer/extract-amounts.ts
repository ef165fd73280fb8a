// Figures in the text, read with the site's own parser (src/domain/quantity.ts): money as
// amounts (with their bound: 4万多元 is at least 40 000), key figures (人, 名, 亩, 千米, 平方米,
// 人次, %) with a label, the unit's staff and party members, and investments.
import { findQuantities, parseQuantity, type FoundQuantity } from '../domain/quantity';
import { maskPii } from './lint-pii';
import { classifyMoney, OWNER_KINDS } from './money-kind';
import { lineAt, type Sentence } from './sentences';
import type { StaffMeasure } from '../domain/vocabulary';
import type { AmountProposal, Block, FigureProposal, Warning } from './types';

const KEY_UNITS = new Set(['人', '名', '亩', '公顷', '千米', '公里', '平方米', '平方公里', '平方千米', '人次', '%', '个', '项', '户', '村', '所']);
const MEASURE_WORDS = new Set(['个', '项', '所', '户', '村', '家', '处']);
const YEAR = /((?:19|20)\d{2})\s*年(?!代)/;

/** 共计筹集资金12万多元，其中…: the parts after 其中 belong to the amount before it. */
const PARTS = /其中|包括|含/;
/** Words opening a clause that leaves the list of parts. */
const ENDS_PARTS = /^\s*(?:另外|此外|另有|除此之外|同时|(?:每年|每月|每季度)?还)/;
/** A clause of money that is not spent (节省, 收入, 产值): what the whole brought, never one of its parts. */
const NOT_SPENT_CLAUSE = /节省|节约|增收|创收|产值|利润|(?<!低)收入|挽回/;

export function extractAmounts(sentences: readonly Sentence[]): AmountProposal[] {
  const out: AmountProposal[] = [];
  let previous = null as { block: Sentence['block']; whole: AmountProposal | null } | null;
  for (const sentence of sentences) {
    const start = out.length;
    // "…累计投入1.6亿元实施…。其中，争取…8,600万元。": a sentence opening with 其中 lists parts of the
    // amount the sentence before it gave, in the same paragraph.
    const opensWithParts: boolean = /^\s*其中/.test(sentence.text) && previous?.block === sentence.block;
    const carried: AmountProposal | null = previous?.whole ?? null;
    let whole: AmountProposal | null = opensWithParts ? carried : null;
    let inParts = false;
    sentence.clauses.forEach((clause, clauseIndex) => {
      const clauseStart = clause.offset - sentence.offset;
      // 约万元 is a number taken out (约3万元), not "about ten thousand" (that is 近万元, 上万元).
      const quantities = moneyRanges(
        clause.text,
        findQuantities(clause.text).filter((q) => q.unit === '元' && parseQuantity(q.text) && !/^约[万亿千百]/.test(q.text)),
      );
      const after = sentence.clauses[clauseIndex + 1]?.text ?? '';
      const partsStart = PARTS.exec(clause.text);
      // "…其中A…、B…，另外县财政拨款…", "每年还拿出…": a clause opening with 另外/此外/还 ends the parts.
      // ("投入环保资金共计…，其中争取…，年节省能源费用约…": a saving after the parts is no part either.)
      if (inParts && !partsStart && (ENDS_PARTS.test(clause.text) || NOT_SPENT_CLAUSE.test(clause.text))) inParts = false;
      for (const q of quantities) {
        if (partsStart && partsStart.index < q.index) inParts = true;
        const before = sentence.text.slice(0, Math.max(0, clauseStart));
        // A part is never more than its whole: "其中…228000元，…先后投入约150万元" is money of its own.
        if (inParts && whole && whole.unit === q.unit && q.value > whole.value) inParts = false;
        // "投入…约2600万元，先后完成了图书馆扩建（近900万元）、食堂改造（480余万元）": an amount alone
        // in brackets after an item, below a larger whole earlier in the sentence, is one of its parts.
        const bracketed = /[（(]\s*$/.test(clause.text.slice(0, q.index)) && /^\s*[)）]/.test(clause.text.slice(q.index + q.text.length));
        const asidePart = !inParts && bracketed && whole !== null && whole.unit === q.unit && q.value < whole.value && out.indexOf(whole) >= start;
        const parent = (inParts || asidePart) && whole ? whole : null;
        // The part's own words: back to the 、 or 其中 before it.
        const lead = clause.text.slice(0, q.index);
        const from = Math.max(lead.lastIndexOf('、') + 1, lead.includes('其中') ? lead.lastIndexOf('其中') + 2 : 0);
        const item = `${lead.slice(from)}${q.text}`.trim();
        // "其中争取上级项目资金860万元、镇村自筹300万元、社会捐资100万元": a part is read up to the next
        // item of the list, never by the words of the items after it.
        const nextItem = parent ? clause.text.indexOf('、', q.index + q.text.length) : -1;
        const own = nextItem >= 0 ? clause.text.slice(0, nextItem) : clause.text;
        let money = classifyMoney(own, before, parent ? { kind: parent.kind, of: parent.text, item } : undefined, after);
        // "公司自筹创建资金35万元、争取省分公司专项资金120万元": a later item of a list, after another sum,
        // is the money its own words say (争取, 捐, 帮扶), not what the clause's first item was.
        const listed = !parent && from > 0 && /元/.test(lead.slice(0, from)) ? classifyMoney(item, `${before}${lead.slice(0, from)}`, undefined, after) : null;
        if (listed && listed.kind !== money.kind && listed.kind !== null && OWNER_KINDS.has(listed.kind) && !/^\s*(?:前文|后文)/.test(listed.reason))
          money = listed;
        // "每年列支…50万元（2025年预算55万元）": a sum for one year named in brackets is no rate (but
        // "（2024年增至8万元）" is the rate raised).
        const aside = /[（(]([^（()）]*)$/.exec(clause.text.slice(0, q.index))?.[1];
        if (
          aside !== undefined &&
          /^\s*(?:19|20)\d{2}\s*年/.test(aside) &&
          !/每|年均|月均|增至|增加到|增加至|提高到|提高至|提升到|提升至|调整为|达到/.test(aside) &&
          money.period !== null
        ) {
          money.period = null;
          money.reason += `；“${aside.trim()}”：某一年的数，不是标准`;
        }
        // "每年安排创建经费30万元，其中15万元用于…": a part of a yearly (monthly) sum of the same kind recurs with it.
        if (parent && money.period === null && parent.period && /^每(?:年|月|季度)$/.test(parent.period) && money.kind === parent.kind) {
          money.period = parent.period;
          money.reason += `；${parent.text}是${parent.period}的数：其中的部分也按${parent.period}计`;
        }
        const year = YEAR.exec(clause.text) ?? YEAR.exec(sentence.text);
        const amount: AmountProposal = {
          text: q.text,
          value: q.value,
          unit: q.unit,
          // "每人每年最高减免3000元": 最高 (最多) a few words before the sum caps it.
          bound: q.bound === 'exact' && /(?:最高|最多)[^，,。；;\d]{0,4}$/.test(clause.text.slice(0, q.index)) ? 'at-most' : q.bound,
          line: lineAt(clause.block, clause.offset + q.index),
          context: clause.text.trim(),
          ...(clause.block.section ? { section: clause.block.section } : {}),
          ...(year ? { year: Number(year[1]) } : {}),
          kind: money.kind,
          // "每年安排创建经费10万元，其中…4万元、…3万元": the parts of a yearly budget are yearly too.
          period: money.period ?? (parent?.period && /^每(?:年|个?月|季度)$/.test(parent.period) ? parent.period : null),
          ...(parent ? { partOf: parent.text } : {}),
          reason: parent ? `${money.reason}；“其中”：是${parent.text}的一部分，不再另计` : money.reason,
          quote: maskPii(sentence.text.trim()),
          ...(money.doubt ? { doubt: money.doubt } : {}),
        };
        out.push(amount);
        if (!inParts && !asidePart) whole = amount;
      }
      if (partsStart && quantities.length === 0 && whole) inParts = true;
    });
    kindFromParts(opensWithParts && whole ? [whole, ...out.slice(start)] : out.slice(start));
    kindFromWorksAfterParts(out.slice(start), sentence.text);
    previous = { block: sentence.block, whole: out.slice(start).findLast((a) => !a.partOf) ?? (opensWithParts ? whole : null) };
  }
  return out;
}

/**
 * "共计投入960多万元，其中争取…580万元，自筹380多万元，硬化村组道路…，新建…": a whole of no kind whose
 * parts tell only where the money came from is the works the sentence names after them.
 */
function kindFromWorksAfterParts(amounts: AmountProposal[], sentence: string): void {
  for (const whole of amounts) {
    if (whole.partOf || whole.kind !== '其他' || whole.period) continue;
    const parts = amounts.filter((a) => a.partOf === whole.text);
    const last = parts.at(-1);
    if (!last) continue;
    const tail = sentence
      .slice(sentence.lastIndexOf(last.text) + last.text.length)
      .split(/[，,；;。]/)
      .filter((c) => c.trim());
    if (tail.length === 0 || tail.some((c) => /元/.test(c)) || !tail.some((c) => classifyMoney(c, '').kind === '基础设施与民生')) continue;
    for (const a of [whole, ...parts.filter((p) => p.kind === '其他')]) {
      a.kind = '基础设施与民生';
      a.reason = `其中之后写明了做的工程：${a === whole ? '总数' : '这部分'}是基础设施与民生`;
      delete a.doubt;
    }
  }
}

/**
 * "每户每年给予300元至500元不等": a range is one amount, as written, at least its lower end (the
 * vocabulary has no range bound), not two sums.
 */
function moneyRanges(text: string, quantities: readonly FoundQuantity[]): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i] as FoundQuantity;
    const next = quantities[i + 1];
    const between = next ? text.slice(q.index + q.text.length, next.index) : '';
    if (next && /^\s*(?:至|到|-|—|－|~|～)\s*$/.test(between) && next.value >= q.value) {
      out.push({ ...q, text: text.slice(q.index, next.index + next.text.length), bound: 'at-least' });
      i++;
    } else out.push(q);
  }
  return out;
}

/**
 * "共计投入资金860余万元，其中硬化道路420万元、改造危房150万元": a whole whose own words give no
 * kind is of the kind all its parts share.
 */
function kindFromParts(amounts: AmountProposal[]): void {
  for (const whole of amounts) {
    if (whole.partOf || whole.kind !== '其他' || whole.period) continue;
    const parts = amounts.filter((a) => a.partOf === whole.text);
    const kinds = new Set(parts.map((p) => p.kind));
    const [kind] = [...kinds];
    if (parts.length < 2 || kinds.size !== 1 || !kind || kind === '其他') continue;
    whole.kind = kind;
    whole.reason = `其中各项都是${kind}：总数也是`;
    delete whole.doubt;
  }
}

/** Why a kind or a rate changes what a total means, for the person confirming it. */
const CONSEQUENCE: Partial<Record<string, string>> = {
  捐款捐物: '捐款是职工或群众的钱，不是单位的创建投入，单列显示',
  争取项目: '向上级争取的资金不是单位自己的投入，单列显示',
};

/**
 * Money a person should confirm, with the line: a doubtful kind, and every donation, every sum
 * won from higher levels and every rate, since each changes what a total would mean.
 */
export function moneyWarnings(amounts: readonly AmountProposal[]): Warning[] {
  return amounts
    .filter((a) => a.doubt || a.period || (a.kind && CONSEQUENCE[a.kind]))
    .map((a) => {
      const notes = [a.doubt, a.kind ? CONSEQUENCE[a.kind] : undefined, a.period ? `${a.period}的标准不是一次性金额，不计入总数` : undefined].filter(Boolean);
      return {
        kind: 'money' as const,
        line: a.line,
        text: a.text,
        hint: `${a.text}：暂定为${a.kind ?? '非投入'}${a.period ? `（${a.period}）` : ''}。${notes.join('；')}。依据：${a.reason}。请确认`,
      };
    });
}

/** Amounts spent on something: 投资10.5万元新建…, 投入1.5万元将…改建. */
export function isInvestment(amount: AmountProposal): boolean {
  return amount.kind !== null;
}

export function extractFigures(sentences: readonly Sentence[]): FigureProposal[] {
  const out: FigureProposal[] = [];
  for (const sentence of sentences) {
    for (const clause of sentence.clauses) {
      for (const q of findQuantities(clause.text)) {
        if (!KEY_UNITS.has(q.unit) || !parseQuantity(q.text)) continue;
        const before = labelBefore(clause.text, q.index);
        const after = labelAfter(clause.text, q.index + q.text.length);
        // "17个职能办(所)": after a measure word the label follows the number.
        const measure = MEASURE_WORDS.has(q.unit) || /等$/.test(before);
        out.push({
          label: (measure ? after || before : before || after).replace(/[和与及等]$/, ''),
          text: q.text,
          value: q.value,
          unit: q.unit,
          bound: q.bound,
          line: lineAt(clause.block, clause.offset + q.index),
          quote: maskPii(sentence.text.trim()),
        });
      }
    }
  }
  return out;
}

/** "其中党员34名" → 党员; "现有在岗职工48人" → 在岗职工. */
function labelBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const m = /([\u4e00-\u9fff（）()]{2,12})$/.exec(before.split(/[，,、；;：:。]/).at(-1) ?? '');
  return (m?.[1] ?? '')
    .replace(/^.*(?:现有|共有|拥有)(?=[\u4e00-\u9fff]{2})/, '')
    .replace(/^(?:现有|其中|共有|共|有|达到?|累计|全镇|全年|共计|合计|占|约)+/, '')
    .replace(/(?:共|有|达到?|计|为|约|近)+$/, '');
}

/** "17个职能办(所)" → 职能办(所). */
function labelAfter(text: string, end: number): string {
  const m = /^([\u4e00-\u9fff（）()]{2,10})/.exec(text.slice(end));
  return m?.[1] ?? '';
}

export interface StaffFigure {
  measure: StaffMeasure;
  count: number;
  line: number;
  quote?: string;
}

export interface UnitFigures {
  /** Head counts named by what they count (在岗职工, 在编职工, 机关干部, 干部职工, 党员). */
  staff: StaffFigure[];
  other: Array<{ label: string; value: string; line: number; quote?: string }>;
}

/**
 * The measure a staff figure's label names, only when the report uses its very words: 现有职工
 * or 教职工 name no measure (on post? on the payroll?), so they stay labelled figures.
 */
export function staffMeasureOf(label: string): StaffMeasure | null {
  if (/党员$/.test(label)) return '党员';
  if (/在岗(?:职工|员工|人员|干部职工)?$/.test(label)) return '在岗职工';
  if (/在编(?:职工|教职工|人员|干部)?$/.test(label)) return '在编职工';
  if (/机关干部$/.test(label)) return '机关干部';
  if (/干部职工$/.test(label)) return '干部职工';
  return null;
}

/** The unit's basic facts: figures in the paragraphs before the first section. */
export function unitFigures(blocks: readonly Block[], figures: readonly FigureProposal[]): UnitFigures {
  const firstHeading = blocks.findIndex((b) => b.role === 'heading');
  const intro = (firstHeading < 0 ? blocks.slice(0, 3) : blocks.slice(0, firstHeading)).filter((b) => b.role === 'paragraph');
  const introLines = new Set<number>();
  for (const b of intro) for (const s of b.piece.spans) introLines.add(s.line);
  const result: UnitFigures = { staff: [], other: [] };
  for (const f of figures) {
    if (!introLines.has(f.line) || f.unit === '%' || !/\d/.test(f.text)) continue;
    const measure = f.bound === 'exact' && /[人名]/.test(f.unit) ? staffMeasureOf(f.label) : null;
    if (measure && !result.staff.some((s) => s.measure === measure)) {
      result.staff.push({ measure, count: f.value, line: f.line, ...(f.quote ? { quote: f.quote } : {}) });
    } else if (f.label && result.other.length < 12 && !result.other.some((o) => o.label === f.label)) {
      result.other.push({ label: f.label, value: f.text, line: f.line, ...(f.quote ? { quote: f.quote } : {}) });
    }
  }
  return result;
}
