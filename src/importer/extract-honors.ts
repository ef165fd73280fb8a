// Honors and 文明单位 title steps: "2004年财政税收工作一等奖", "2005年，成功创建为县级文明单位",
// "2007—2010年，我镇连续四年获…一等奖" (a range), "被市政府授予“敬老模范乡镇”荣誉称号" (undated).
import { parseChineseInteger } from '../domain/chinese-numeral';
import type { Level, TitleStatus } from '../domain/vocabulary';
import { lineAt, type Clause, type Sentence } from './sentences';
import type { HonorProposal } from './types';

const TRIGGER = /荣获|获得了?|获评|获|被评为|评为|被授予|授予|被命名为|命名为|被确定为|确定为|成功创建为|创建为|成为|荣膺|保持了?|是/;
const AWARD = /奖|先进|模范|示范|标兵|红旗|优秀|称号|文明单位|文明机关|文明校园|文明村|文明社区|园林式|学习型|卫生|十强|达标|星级|荣誉|五好|四好/;
/** Not an honor: plans, people, money given out. */
const NOT_HONOR = /同志|争创|力争|争取|(?:为|的)目标|为抓手|申报|申请|奖励|奖金|\d元|万元/;
const GRADE_ONLY = /^(?:[一二三特]等奖|优秀奖|金奖|银奖|铜奖)$/;
const SUBJECT = /^(?:(?:19|20)\d{2}\s*年度?|我镇|我局|我院|我校|我们|我|本单位|镇党委|镇政府|镇机关党支部|机关党支部|党支部|中心|机关|镇|先后|多次|连续[一二两三四五六七八九十\d]{1,3}年|曾|还|均|也|分别|已|共)+/;
const TITLE_STEP = /^(?:(全国|国家级|省级|市级|县级|区级|[\u4e00-\u9fff]{2,3}[省市县区]|[省市县区]级?)[“"]?)?(最佳文明单位|文明单位|文明机关|最佳文明机关|文明校园|文明村镇|文明社区)[”"]?(?:称号|荣誉称号)?$/;
const RANGE = /((?:19|20)\d{2})\s*年?\s*(?:—{1,2}|－|-|–|~|～|至|到)\s*((?:19|20)\d{2})\s*年?/;
const YEAR = /((?:19|20)\d{2})\s*年(?!代)/;
const PLACEHOLDER_YEAR = /[XxＸｘ×＊*]{2,}年/;
const ISSUER = /[市县区省]委[、，,]?[市县区省]?政府|[市县区省]政府|[市县区省]委|[市县区省]文明委/;
const CONSECUTIVE = /连续([一二两三四五六七八九十\d]{1,3})年/;
const TIME_ONLY = /^[\s自从在于]*(?:(?:19|20)\d{2}|[XxＸｘ×]{2,})\s*年?(?:\s*(?:—{1,2}|－|-|–|~|～|至|到)\s*(?:(?:19|20)\d{2})\s*年?)?(?:以来|来|起|度|间|期间)?$/;

interface YearInfo {
  year: number | 'undated';
  yearEnd: number | null;
  note?: string;
}

export function extractHonors(sentences: readonly Sentence[]): HonorProposal[] {
  const honors: HonorProposal[] = [];
  for (const sentence of sentences) {
    let carried: YearInfo | null = null;
    const clauses = sentence.clauses;
    // A year opening the sentence dates all of it: "2010年完成…，招商引资工作单项考核获…一等奖".
    const opening = /^\s*(?:19|20)\d{2}\s*年/.test(clauses[0]?.text ?? '') ? yearsIn(clauses[0]?.text ?? '') : null;
    for (let k = 0; k < clauses.length; k += 1) {
      const clause = clauses[k];
      if (!clause) continue;
      const text = clause.text.trim();
      if (TIME_ONLY.test(text)) {
        carried = yearsIn(text);
        continue;
      }
      const trigger = TRIGGER.exec(text);
      if (!trigger || NOT_HONOR.test(text)) {
        carried = null;
        continue;
      }
      const before = text.slice(0, trigger.index);
      if (trigger[0] === '是' && !/^(?:[^，,]{0,20}(?:我|镇|乡|机关|中心|局|院|校|单位|党委|支部))?$/.test(before)) continue;
      const clauseYear = yearsIn(text) ?? carried ?? opening;
      carried = null;
      // The list may continue over the next clauses: "获得A，2004年B、2004年C".
      const objects: Array<{ clause: Clause; text: string; start: number }> = [{ clause, text: text.slice(trigger.index + trigger[0].length), start: trigger.index + trigger[0].length + (clause.text.length - clause.text.trimStart().length) }];
      while (k + 1 < clauses.length) {
        const nextClause = clauses[k + 1];
        const t = nextClause?.text.trim() ?? '';
        const items = splitItems(t);
        if (!nextClause || TRIGGER.test(t) || !AWARD.test(t) || NOT_HONOR.test(t) || items.some((x) => x.length > 40) || /^[我其并通使给对]/.test(t)) break;
        objects.push({ clause: nextClause, text: t, start: nextClause.text.length - nextClause.text.trimStart().length });
        k += 1;
      }
      const issuerLevel = levelIn(before);
      for (const object of objects) {
        let offset = 0;
        for (const raw of splitItems(object.text)) {
          const itemStart = object.text.indexOf(raw, offset);
          offset = itemStart + raw.length;
          const item = cleanItem(raw);
          if (!item || !AWARD.test(item) || NOT_HONOR.test(item)) continue;
          // 是 names what the unit is: only awards with an issuing level (泸州市“十强乡镇”).
          if (trigger[0] === '是' && !levelIn(item)) continue;
          const own = yearsIn(raw);
          const info = own ?? clauseYear ?? { year: 'undated' as const, yearEnd: null };
          const consecutive = CONSECUTIVE.exec(text);
          const span = widen(info, consecutive?.[1]);
          let title = item.replace(/^(?:(?:19|20)\d{2}\s*年(?:度)?\s*)/, '').replace(/^(?:了|为)/, '');
          // "工业经济单项考核获全区乡镇街一等奖": what the prize was for is written before 获.
          const what = /获|荣获/.test(trigger[0]) && !before.includes('被') && object.clause === clause ? before.replace(SUBJECT, '').trim() : '';
          if (what.length >= 2 && what.length <= 16 && /(?:考核|评比|竞赛|比赛|评选|论坛|征文|大赛|检查|工作|活动|项目|课题|作品|文章)$/.test(what)) title = `${what}获${title}`;
          else if (GRADE_ONLY.test(title) && before.trim() !== '') title = `${tailPhrase(before.trim(), 16)}${title}`;
          const step = TITLE_STEP.exec(title);
          const level = levelIn(title) ?? issuerLevel;
          const line = lineAt(object.clause.block, object.clause.offset + object.start + itemStart);
          const base = { year: span.year, yearEnd: span.yearEnd, line, ...(object.clause.block.section ? { section: object.clause.block.section } : {}) };
          if (step && level) {
            const status: TitleStatus = /保持|保留/.test(trigger[0]) ? '复查保留' : '命名';
            const issuer = ISSUER.exec(before)?.[0];
            honors.push({ ...base, title: step[2] ?? '文明单位', level, kind: 'title', status, ...(issuer ? { issuer } : {}), ...(span.note ? { note: span.note } : {}) });
          } else {
            honors.push({ ...base, title, level, kind: 'honor', ...(span.note ? { note: span.note } : {}) });
          }
        }
      }
    }
  }
  return dedupe(honors);
}

function yearsIn(text: string): YearInfo | null {
  const range = RANGE.exec(text);
  if (range) return { year: Number(range[1]), yearEnd: Number(range[2]) };
  const year = YEAR.exec(text);
  if (year) return { year: Number(year[1]), yearEnd: null };
  if (PLACEHOLDER_YEAR.test(text)) return { year: 'undated', yearEnd: null, note: '原文年份被隐去（XX年）' };
  return null;
}

/** "2010年连续四年获" → 2007—2010. */
function widen(info: YearInfo, count: string | undefined): YearInfo {
  const n = count ? parseChineseInteger(count) : null;
  if (n === null || n < 2) return info;
  if (typeof info.year === 'number' && info.yearEnd === null) return { year: info.year - n + 1, yearEnd: info.year };
  if (info.year === 'undated') return { ...info, note: [info.note, `连续${n}年`].filter(Boolean).join('；') };
  return info;
}

/** Splits a list at 、 and 和/及, but not inside quotes. */
function splitItems(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('“‘「《（('.includes(ch)) depth += 1;
    if ('”’」》）)'.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === '、' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function cleanItem(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:先后|多次|连续[一二两三四五六七八九十\d]{1,3}年|分别|均|还|也|曾|已|荣获|获得?|被评为|评为)+/, '')
    .replace(/(?:的基础上|的基础|的同时|以来|之后|以后|等(?:荣誉)?(?:称号)?)$/, '')
    .replace(/[。；;！!]+$/, '')
    .replace(/^[“"](.+)[”"](?:荣誉称号|称号)$/, '$1')
    .trim();
}

export function levelIn(text: string): Level | null {
  if (/全国|国家级|国家/.test(text)) return '全国';
  if (/省级|省委|省政府|全省|[\u4e00-\u9fff]{2}省(?!一级)/.test(text)) return '省级';
  if (/市级|市委|市政府|全市|[\u4e00-\u9fff]{2}市/.test(text)) return '市级';
  if (/县级|县委|县政府|全县|[\u4e00-\u9fff]{2}县/.test(text)) return '县级';
  if (/区级|区委|区政府|全区|[\u4e00-\u9fff]{2,3}区(?!域)/.test(text)) return '区级';
  return null;
}

function dedupe(honors: HonorProposal[]): HonorProposal[] {
  const seen = new Set<string>();
  return honors.filter((h) => {
    const key = `${h.kind}|${h.title}|${h.year}|${h.yearEnd}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The last ~n characters of a text, widened to include an opening quote it would cut. */
function tailPhrase(text: string, n: number): string {
  let start = Math.max(0, text.length - n);
  const part = text.slice(start);
  if (part.includes('”') && part.indexOf('”') < (part.indexOf('“') === -1 ? Infinity : part.indexOf('“'))) {
    const open = text.lastIndexOf('“', start);
    if (open >= 0) start = open;
  }
  return text.slice(start);
}
