// Facts in Word tables: an honors table (年份 | 荣誉名称 | 授予单位, in any column order) and a
// table of figures (指标 | 2019年 | 2020年). Prose extraction skips tables, so this is the
// only reader of them.
import { parsePlainNumber, parseQuantity } from '../domain/quantity';
import { levelOf } from './extract-meta';
import { levelIn, TITLE_STEP, type LevelContext } from './extract-honors';
import { bracketHolder, categoryOf } from './honor-recipient';
import { classifyMoney } from './money-kind';
import type { AmountProposal, Block, FigureProposal, HonorProposal } from './types';

const NAME_HEAD = /荣誉名称|荣誉称号|称号|奖项|荣誉|名称|获奖项目/;
const YEAR_HEAD = /年份|年度|时间|日期|年月/;
const LEVEL_HEAD = /级别|等级|层级/;
const ISSUER_HEAD = /授予单位|颁发单位|授予部门|颁发部门|授予机关|命名单位|发文单位|授予/;
const WHO_HEAD = /获得者|获奖者|获奖人|获得人|获奖对象|获得对象|姓名|集体/;
const YEAR = /((?:19|20)\d{2})(?:\s*(?:—{1,2}|－|-|–|~|～|至)\s*((?:19|20)\d{2}))?/;

function column(header: readonly string[], re: RegExp, not: number[] = []): number {
  return header.findIndex((h, i) => !not.includes(i) && re.test(h.replace(/\s/g, '')));
}

/** Honors from tables whose header names an honor column. */
export function tableHonors(blocks: readonly Block[], context: LevelContext = {}, unitNames: readonly string[] = []): HonorProposal[] {
  const out: HonorProposal[] = [];
  for (const block of blocks) {
    if (block.role !== 'table' || !block.rows || block.rows.length < 2) continue;
    const [header = [], ...rows] = block.rows;
    const nameCol = column(header, NAME_HEAD);
    if (nameCol < 0) continue;
    // "单位名称 | 青川市…公司" then 单位性质, 在岗职工…: a 基本情况 table, a field and its value a row, holds no honors.
    if (/^(?:申报|申请|参评)?(?:单位|企业|机构|学校|医院|公司|组织|村|社区)名称$/.test((header[nameCol] ?? '').replace(/\s/g, ''))) continue;
    const yearCol = column(header, YEAR_HEAD, [nameCol]);
    const levelCol = column(header, LEVEL_HEAD, [nameCol, yearCol]);
    const issuerCol = column(header, ISSUER_HEAD, [nameCol, yearCol, levelCol]);
    const whoCol = column(header, WHO_HEAD, [nameCol, yearCol, levelCol, issuerCol]);
    rows.forEach((row, i) => {
      // "2016年　国家高新技术企业": a year run into the name's cell (its column's gap lost) is the year.
      const cell = (row[nameCol] ?? '').trim();
      const runIn = /^((?:19|20)\d{2})\s*年度?[\s\u3000]+(?=\S)/.exec(cell);
      const raw = runIn ? cell.slice(runIn[0].length) : cell;
      if (!raw) return;
      const line = block.rowLines?.[i + 1] ?? 0;
      const years = (yearCol >= 0 ? YEAR.exec(row[yearCol] ?? '') : null) ?? YEAR.exec(runIn ? cell : raw);
      const issuer = issuerCol >= 0 ? (row[issuerCol] ?? '').trim() : '';
      const levelText = levelCol >= 0 ? (row[levelCol] ?? '').trim() : '';
      const level =
        (levelText ? (levelOf(levelText) ?? levelIn(levelText, context)) : null) ?? levelIn(raw, context) ?? (issuer ? levelIn(issuer, context) : null);
      // 县级文明单位（复查保留）: the step's status written in brackets after the title.
      const statusNote = /[（(]\s*(复查保留|复查合格|复查通过|通过复查|保留|重新确认|继续保留)\s*[)）]$/.exec(raw);
      const written = raw
        .replace(/[（(]\s*(?:复查保留|复查合格|复查通过|通过复查|保留|重新确认|继续保留)\s*[)）]$/, '')
        .trim()
        .replace(/^[“"]([^“”"]+)[”"]$/, '$1')
        .replace(/(?:荣誉称号|称号)$/, '');
      // "…“巾帼文明岗”（归集业务科）": who earned it, in brackets after the title, when no column says.
      const inBracket = bracketHolder(written);
      const title = inBracket?.title ?? written;
      const step = TITLE_STEP.exec(title);
      const who = (whoCol >= 0 ? (row[whoCol] ?? '').trim() : '') || (inBracket?.holder ?? '');
      const recipient =
        inBracket && !(whoCol >= 0 && row[whoCol]?.trim())
          ? { kind: inBracket.kind, name: inBracket.holder }
          : // "城南分公司" in the 获得者 column of 江州市燃气集团有限公司城南分公司's table: the unit by its short name.
            who && !/^(?:本单位|单位|我单位|学校|医院|公司|本院|本校)$/.test(who) && !unitNames.some((n) => n === who || (who.length >= 3 && n.endsWith(who)))
            ? { kind: /^[\u4e00-\u9fff]{2,3}$/.test(who) ? ('individual' as const) : ('subordinate' as const), name: who }
            : { kind: 'unit' as const };
      const category = step ? { category: 'title' as const, reason: '文明单位称号' } : categoryOf(title);
      const base = {
        year: years ? Number(years[1]) : ('undated' as const),
        yearEnd: years?.[2] ? Number(years[2]) : null,
        line,
        ...(block.section ? { section: block.section } : {}),
        recipient,
        category: category.category,
        reason: `荣誉表第${i + 2}行${who ? `，获得者“${who}”` : '，没有获得者一栏：单位本身'}；${category.reason}`,
        ...(issuer ? { issuer } : {}),
      };
      if (step && level) out.push({ ...base, title: step[2] ?? '文明单位', level, kind: 'title', status: statusNote ? '复查保留' : '命名' });
      else out.push({ ...base, title, level, kind: 'honor' });
    });
  }
  return out;
}

/** A cell of a table of numbers (not an honors table): its row's label, its column's heading. */
interface NumberCell {
  block: Block;
  label: string;
  column: string;
  text: string;
  /** Row index below the header, from 0. */
  row: number;
  line: number;
}

/** Every non-empty-labelled value cell of the tables of numbers, row by row. */
function* numberCells(blocks: readonly Block[]): Generator<NumberCell> {
  for (const block of blocks) {
    if (block.role !== 'table' || !block.rows || block.rows.length < 2) continue;
    const [header = [], ...rows] = block.rows;
    if (column(header, NAME_HEAD) >= 0) continue;
    for (const [i, row] of rows.entries()) {
      const label = (row[0] ?? '').trim();
      if (!label) continue;
      for (const [k, cell] of row.slice(1).entries()) {
        yield { block, label, column: (header[k + 1] ?? '').trim(), text: cell.trim(), row: i, line: block.rowLines?.[i + 1] ?? 0 };
      }
    }
  }
}

/** The text of a row's 资金来源 (来源, 出资方) cell, if the table has one. */
function sourceOf(block: Block, row: number): string {
  const [header = [], ...rows] = block.rows ?? [];
  const col = header.findIndex((h) => /来源|渠道|出资/.test(h));
  return col > 0 ? (rows[row]?.[col] ?? '').trim() : '';
}

/** The text of a row's note (说明, 备注) cell, if the table has one. */
function noteOf(block: Block, row: number): string {
  const [header = [], ...rows] = block.rows ?? [];
  const col = header.findIndex((h) => /说明|备注/.test(h));
  return col > 0 ? (rows[row]?.[col] ?? '').trim() : '';
}

/**
 * Money in tables of numbers (业务收入 | 1.21亿元 | 1.35亿元): one amount per cell, its kind read
 * from the row's label as from a clause (收入 is not money put into anything). No quote: tables
 * are not prose.
 */
export function tableAmounts(blocks: readonly Block[]): AmountProposal[] {
  const out: AmountProposal[] = [];
  for (const { block, label, column, text, row, line } of numberCells(blocks)) {
    // 业务收入（万元） | 8620: a bare figure whose unit is only in a header is no amount (its text
    // would carry no unit); it stays a figure (tableFigures).
    // "创建经费 | 8万元/年": a rate written after the sum.
    const rate = /^(.+?元)\s*[/／]\s*(年|月)$/.exec(text);
    const q = parseQuantity(rate?.[1] ?? text);
    // "结对帮扶村 | 12万元 | 帮扶资金，其中产业帮扶9万元、助学3万元": the parts a note cell lists are the row's.
    const whole = out.at(-1);
    if (!q && /说明|备注/.test(column) && whole?.line === line && /其中/.test(text)) {
      for (const m of text.slice(text.indexOf('其中') + 2).matchAll(/([\u4e00-\u9fff]{0,12}?)(\d+(?:\.\d+)?(?:万|亿)?元)/g)) {
        const part = parseQuantity(m[2] ?? '');
        if (!part || part.value > whole.value) continue;
        const money = classifyMoney(m[0], '', { kind: whole.kind, of: whole.text, item: m[0] });
        out.push({
          ...whole,
          text: m[2] ?? '',
          value: part.value,
          bound: part.bound,
          kind: money.kind,
          period: money.period,
          partOf: whole.text,
          reason: `表格第${row + 2}行说明：“其中”${m[0]}，是${whole.text}的一部分；${money.reason}`,
        });
      }
      continue;
    }
    if (!q || q.unit !== '元') continue;
    // "镇区主干道工程 | 约680万元 | 争取上级交通项目资金": the row's source column says whose money it is.
    // "农村公路安防工程 | 1.36亿元 | 争取省级专项资金": a note cell that says the money was won is its source too.
    const note = noteOf(block, row);
    const source = sourceOf(block, row) || (/争取|上级|拨付|下拨/.test(note) ? note : '');
    const money = classifyMoney(label, source ? `${source}，` : '');
    if (rate && money.period === null) money.period = rate[2] === '年' ? '每年' : '每月';
    // "文明创建经费 | 20万元 | 每年列入部门预算": a note cell that says the sum recurs gives its rate.
    const recurs = /^(?:每年|每月)/.exec(note);
    if (recurs && money.period === null && money.kind !== null) money.period = recurs[0] === '每年' ? '每年' : '每月';
    // "文明创建阵地建设（员工之家改造）| 2.4万元": a row named as the campaign's own work is its creation money.
    if (/^(?:精神)?(?:文明创建|创建工作|文明单位创建)/.test(label) && (money.kind === '基础设施与民生' || money.kind === '其他')) money.kind = '创建经费';
    const year = /((?:19|20)\d{2})/.exec(column);
    out.push({
      text: rate?.[1] ?? text,
      value: q.value,
      unit: q.unit,
      bound: q.bound,
      line,
      context: column ? `${label}（${column}）` : label,
      ...(block.section ? { section: block.section } : {}),
      ...(year ? { year: Number(year[1]) } : {}),
      kind: money.kind,
      period: money.period,
      reason: `表格第${row + 2}行“${label}”：${money.reason}`,
      quote: '',
      ...(money.doubt ? { doubt: money.doubt } : {}),
    });
  }
  return out;
}

/** Figures from tables of numbers: one per cell, labelled by its row and column. */
export function tableFigures(blocks: readonly Block[]): FigureProposal[] {
  const out: FigureProposal[] = [];
  for (const { label, column, text, line } of numberCells(blocks)) {
    // 发电量（亿千瓦时）: the unit is written in the label.
    const unitInLabel = /[（(]([^（）()]{1,8})[)）]$/.exec(label)?.[1] ?? '';
    const q = parseQuantity(text);
    const plain = parsePlainNumber(text);
    if (!q && plain === null) continue;
    out.push({
      label: column ? `${label.replace(/[（(][^（）()]*[)）]$/, '')}（${column}）` : label,
      text,
      value: q?.value ?? plain ?? 0,
      unit: q?.unit || unitInLabel,
      bound: q?.bound ?? 'exact',
      line,
    });
  }
  return out;
}
