// Honors and 文明单位 title steps: "2004年财政税收工作一等奖", "2005年，成功创建为县级文明单位",
// "2007—2010年，我镇连续四年获…一等奖" (a range), "被市政府授予“敬老模范乡镇”荣誉称号" (undated).
import { parseChineseInteger } from '../domain/chinese-numeral';
import type { Level, TitleStatus } from '../domain/vocabulary';
import { bracketHolder, categoryOf, PERSONAL_TITLE, personOpening, recipientOf } from './honor-recipient';
import { opensWithSurname } from '../domain/pii';
import { maskPii } from './lint-pii';
import { lineAt, type Clause, type Sentence } from './sentences';
import type { HonorProposal } from './types';

const TRIGGER =
  /创建(?=[^，,。；]{2,30}(?:获得?成功|取得成功))|(?<=被[^，,。；]{2,12})记(?=(?:集体|个人)?[一二三特]等功)|荣获|荣立|荣登|入选|入围|获得了?(?!感)|获评|获(?!得感)|被评为|(?<![测考点讲])评为|被评定为|评定为|被授予|授予|被命名为|命名为|(?:被)?表彰为|晋升为|晋级为|升格为|升级为|被确定为|确定为|被认定为|认定为|成功创建为|创建为|成为|荣膺|保持了?|继续保留|保留|是/;
/** Verbs after which every listed item is an honor, whatever its words. */
const STRONG =
  /^创建$|荣获|荣立|入选|荣登|获评|被评为|评为|被评定为|评定为|被授予|授予|被命名为|命名为|表彰为|晋升为|晋级为|升格为|升级为|被确定为|确定为|被认定为|认定为|荣膺/;
const AWARD =
  /奖|[一二三]等功|先进|模范|示范|标兵|红旗|优秀|称号|文明单位|文明机关|文明校园|文明村|文明社区|园林式|学习型|卫生|十强|达标|星级|荣誉|五好|四好|特色|平安|绿色|和谐|满意|文明号|文明岗|先锋|能手|最美|书香|温馨|之家|优胜|冠军|第[一二三]名/;
/** Not an honor: plans, people, money given out, the unit's history (由原…整体并入, 合并组建), a 测评 grade (测评成绩为优秀). */
const NOT_HONOR =
  /由原[^，,。；]{2,30}(?:并入|合并|组建|更名|划转|改制)|整体并入|合并组建|把[^，,。；]{1,20}(?:建设|打造|建)成为?|把[^，,。；]{1,20}(?:作为|当作|当成|看作|视为)|如下|见下表|见附表|以下几|争创|力争|争取|(?:为|的)目标|为抓手|为(?:新的?)?(?:契机|起点|动力|载体|突破口)|申报|申请|创建单位|创建对象|候选单位|奖励|奖金(?!奖)|\d元|万元|(?:一定|必将|必定|将会?|能够|努力)[^，,。；]{0,4}成为|成为一个|更加|(?:测评|考评|考核)(?:成绩|结果|得分|等次|等级)/;
/** A form's field of the title held: "现有称号：市级文明校园（2020年命名，2023年复查保留）". */
const HELD_FIELD = /^(?:现有称号|已获称号|所获称号|已有称号|现有荣誉称号|获得称号|已获荣誉称号)\s*[:：]\s*([^（(：:]{2,20})[（(]([^（()）]*)[)）]\s*[。；;]?$/;
/** A place in a ranking, not an honor: 位居全县前列, 名列第一, 排名全市第三. */
const RANKING = /位居|位列|名列|排名|居全[省市县区国]|前列/;
/** A list's caption, not an honor: 主要荣誉, 近年所获各类荣誉, 以下奖项. */
const CAPTION =
  /^的?(?:近年|近几年|历年|多年来)?(?:所获|获得的?)?(?:的)?(?:主要|各类|各项|多项|多个|诸多|众多|一系列|以下|下列|如下|有关|相关)?(?:荣誉|奖项|称号|荣誉称号|表彰|奖励)(?:情况|如下|有|是|包括|主要有)?[:：]?$/;
/** A count of honors, not one: 县级以上荣誉20余项, 各级表彰30多次, 十余项省级荣誉. */
const HONOR_COUNT =
  /^[^“”"「」]{0,10}?(?:荣誉|奖项|称号|荣誉称号|表彰|奖励)(?:共|达)?[\d一二三四五六七八九十百]+(?:余|多)?(?:项|个|次)$|^[\d一二三四五六七八九十百]+(?:余|多)?(?:项|个|次)[^“”"「」]{0,10}?(?:荣誉|奖项|称号|荣誉称号|表彰|奖励)$/;
/** "入选《国家珍贵古籍名录》46部": how many of the unit's items a list or register holds is a count, no honor. */
const LISTED_COUNT = /^《[^《》]{2,30}》[\d一二三四五六七八九十百千]+(?:余|多)?(?:部|件|册|卷|种|项|份|个|幅|株|处)$/;
/** A rating in quotes ("AAA级信用企业", "五星级服务窗口"): an honor whatever the verb before it (保持, 通过). */
const RATING = /^[“"](?:[A-D]{1,5}级|[一二三四五六七1-7]星级)[\u4e00-\u9fff]{1,12}[”"][。；;]?$/;
const GRADE_ONLY = /^(?:团体(?:总分)?|个人)?(?:[一二三特]等奖|优秀奖|金奖|银奖|铜奖|第[一二三四五六]名|冠军|亚军|季军)$/;
/** An honor told in passing: “…”的老兵, 集体二等功的…站 (the title, then the noun for its holder). */
const HELD_BY = /^(.{2,}?(?:[”"]|[一二三特]等功|奖|称号))的([\u4e00-\u9fff]{2,20})$/;
/** What the holder noun says: a person (老兵, 民警, 同志…) or a body under the unit. */
const PERSON_NOUN = /^(?:老兵|老党员|老民警|民警|辅警|队员|消防员|战士|同志|老师|教师|医生|护士|职工|员工|干部|党员|工人|年轻人|老人)/;

/** "参加县“迎新春”长跑比赛": the event the clause before entered, for a placing with no event of its own. */
function enteredEvent(previous: string | undefined): string | null {
  const m = /参加(?:了)?([^，,。；;]{2,24}?(?:比赛|竞赛|大赛|运动会|联赛|锦标赛|邀请赛|擂台赛|演讲赛|知识赛|技能赛|评比|展演|会演|汇演))$/.exec(
    previous?.trim() ?? '',
  );
  return m?.[1] ?? null;
}

/**
 * The holder an honor told in passing names after 的: a body (城关消防救援站) is its own name; a
 * person (这位…的老兵) is the person named (post and name) in a clause before it, when there is one.
 */
function holderOf(noun: string, earlier: readonly Clause[], unitNames: readonly string[]): string | null {
  if (!PERSON_NOUN.test(noun)) return recipientOf(noun, '', '', unitNames).kind === 'subordinate' ? noun : null;
  for (const c of [...earlier].reverse()) {
    const person = personOpening(c.text, unitNames);
    if (person) return person;
  }
  return PERSON_NOUN.exec(noun)?.[0] ?? null;
}
const SUBJECT =
  /^(?:(?:19|20)\d{2}\s*年度?|(?:19|20)?[XxＸｘ×＊*]{2,4}\s*年度?|我镇|我局|我院|我校|我们|我|本单位|镇党委|镇政府|镇机关党支部|机关党支部|党支部|中心|机关|镇|先后|多次|连续[一二两三四五六七八九十\d]{1,3}年|曾|还|均|也|分别|已|共)+/;
export const TITLE_STEP =
  /^(?:(全国|国家级|省级|市级|县级|区级|旗级|州级|盟级|[\u4e00-\u9fff]{2,4}[省市县区州]级|[\u4e00-\u9fff]{2,3}[省市县区]|[省市县区]级?)[“"]?)?(最佳文明单位|文明单位|文明机关|最佳文明机关|文明校园|文明村镇|文明乡镇|文明街道|文明社区|文明村|文明镇|文明乡|文明城区|文明城市)[”"]?(?:称号|荣誉称号)?$/;
const RANGE = /((?:19|20)\d{2})\s*年?\s*(?:—{1,2}|－|-|–|~|～|至|到)\s*((?:19|20)\d{2})\s*年?/;
const YEAR = /((?:19|20)\d{2})\s*年(?!代)/;
const PLACEHOLDER_YEAR = /[XxＸｘ×＊*]{2,}年/;
const RELATIVE_YEAR = /(今年|去年|前年)(?!轻|龄|纪|级|代)/;
/** A year in brackets after an item: “省级绿色学校”（2017年）, (2019年度), an anonymised （20xx年）. */
const BRACKET_YEAR =
  /[（(]\s*(?:(?:19|20)\d{2}\s*年?|(?:19|20)?[XxＸｘ×＊*]{2,4}\s*年)度?(?:\s*[、，,]\s*(?:19|20)\d{2}\s*年?度?)*(?:\s*(?:—{1,2}|－|-|–|~|～|至|到)\s*(?:19|20)\d{2}\s*年?度?)?\s*[)）]/g;
/** A re-examination passed in the given years: 2016年、2019年两次通过复查. */
/** A bracket after an item with its year and who earned it: （2019年，北门社区）, (20xx年,二中队). */
const HOLDER_BRACKET = /[（(]\s*((?:19|20)\d{2}\s*年度?|(?:19|20)?[XxＸｘ×＊*]{2,4}\s*年度?)\s*[，,、；;]\s*([\u4e00-\u9fff“”"]{2,16})\s*[)）]\s*(?=$|等)/;
const REVIEW = /(?:通过|经过)了?[^，。；]{0,6}复查|复查(?:保留|合格)|复查中?[^，。；]{0,6}(?:确认|继续)?保留/;
/** "执行局也因此被…记集体二等功": a consequence of what was told just before, in its year. */
const CONSEQUENCE = /因此|由此|为此|因而/;
const ISSUER = /[市县区省]委[、，,]?[市县区省]?政府|[市县区省]政府|[市县区省]委|[市县区省]文明委/;
const CONSECUTIVE = /连续([一二两三四五六七八九十\d]{1,3})年/;
const TIME_ONLY =
  /^[\s自从在于]*(?:(?:19|20)\d{2}|(?:19|20)?[XxＸｘ×]{2,})\s*年?(?:\s*(?:—{1,2}|－|-|–|~|～|至|到)\s*(?:(?:19|20)\d{2})\s*年?)?(?:以来|来|起|度|间|期间)?$/;

/** A list item's counter before its year: "1.2017年，被评为…", "（2）2019年，…". */
const COUNTER_BEFORE_YEAR = /^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.．、]|[①-⑳])\s*(?=(?:(?:19|20)\d{2}|(?:19|20)?[XxＸｘ×＊*]{2,4})\s*年)/;

/**
 * A line of an honors list written with the year first and no verb ("2019年　全省“平安单位”",
 * "2020年：全市集体三等功"): the whole line is one honor, the text after the year its title, when
 * the title names an award or is quoted. Returns a match-like object with an empty verb.
 */
const YEAR_FIRST_ITEM = /^((?:(?:19|20)\d{2}|(?:19|20)?[XxＸｘ×＊*]{2,4})\s*年度?(?:[\s\u3000]*|[:：]\s*))(?=\S)([^，,。；;：:]{2,40})[。；;]?$/;
/** "（县文明委）", "（市总工会）" after a listed honor: who gave it. */
const ISSUER_BRACKET = /[（(]\s*([^（()）]{1,14}?(?:委员会|文明委|委|局|厅|部|总工会|工会|妇联|团委|政府|办公室|文明办|协会|联合会))\s*[)）]\s*$/;
/** "——授予气象台" after a listed honor: the body or person it was given to. */
const AWARDED_TO = /[—－]{1,2}\s*(?:授予|颁给|颁发给|获奖者?[:：]?)\s*([^，,。；;（()）—－]{2,16})\s*$/;
function yearFirstItem(text: string, sentence: Sentence, k: number): RegExpExecArray | null {
  if (k !== 0 || sentence.clauses.length !== 1) return null;
  const m = YEAR_FIRST_ITEM.exec(text.replace(AWARDED_TO, ''));
  const item = m?.[2] ?? '';
  if (!m || NOT_HONOR.test(item) || !(AWARD.test(item) || /[“"][^”"]{2,}[”"]/.test(item))) return null;
  const out = [''] as unknown as RegExpExecArray;
  out.index = (m[1] ?? '').length;
  return out;
}

/**
 * A line of a bulleted honors list with no verb ("● 全国示范性老年友好型社区（国家级）"): the line after
 * the bullet is one honor when it names an award, is quoted or gives its level in brackets.
 */
const BULLET_ITEM = /^([●•■◆▲★☆◎○□▪◇►][\s\u3000]*)(?=\S)([^，,。；;：:]{2,40})[。；;]?$/;
function bulletItem(text: string, sentence: Sentence, k: number): RegExpExecArray | null {
  if (k !== 0 || sentence.clauses.length !== 1) return null;
  const m = BULLET_ITEM.exec(text);
  const item = m?.[2] ?? '';
  if (!m || NOT_HONOR.test(item) || !(AWARD.test(item) || /[“"][^”"]{2,}[”"]/.test(item) || BRACKET_LEVEL.test(item))) return null;
  const out = [''] as unknown as RegExpExecArray;
  out.index = (m[1] ?? '').length;
  return out;
}

/** A bullet and a year alone in a clause: "● 2018年". */
const BULLET_YEAR = /^[●•■◆▲★☆◎○□▪◇►][\s\u3000]*(?:19|20)\d{2}\s*年度?$/;
/** The honor after a bulleted entry's year ("● 2018年，全国…先进集体；"), when it names an award or is quoted. */
function bulletYearItem(text: string, sentence: Sentence, k: number): RegExpExecArray | null {
  if (k !== 1 || sentence.clauses.length !== 2 || !BULLET_YEAR.test(sentence.clauses[0]?.text.trim() ?? '')) return null;
  const m = /^(\s*)(?=\S)([^，,。；;：:]{2,40})[。；;]?$/.exec(text);
  const item = m?.[2] ?? '';
  if (!m || NOT_HONOR.test(item) || !(AWARD.test(item) || /[“"][^”"]{2,}[”"]/.test(item))) return null;
  const out = [''] as unknown as RegExpExecArray;
  out.index = (m[1] ?? '').length;
  return out;
}

/** A level in brackets after an item: "全市优秀社区工作者（市级）". */
const BRACKET_LEVEL = /[（(]\s*(国家级|全国|省级|市级|县级|区级)\s*[)）]\s*$/;

interface YearInfo {
  year: number | 'undated';
  yearEnd: number | null;
  note?: string;
  /** 今年/去年/前年, resolved against the report's date once it is known (run.ts). */
  relative?: string;
}

/** The subject that opens a sentence, for a later clause without one: "县局办税服务厅推行…，被省税务局评为…". */
function sentenceSubject(sentence: Sentence): string {
  const first = sentence.clauses[0]?.text.trim() ?? '';
  const m =
    /^(.{2,16}?)(?:推行|开展|坚持|组织|成立|建立|实施|以|把|在|对|为|通过|积极|认真|全面|深入|始终|紧紧|推进|开设|建成|常年|定点|与|围绕|按照|结合|利用|被|扎根|坚守|从事|立足|默默|长期|多年来|十年如一日|带领|带头|主动|负责|牵头|荣立|荣获)/.exec(
      first.replace(/^(?:(?:19|20)\d{2}\s*年度?|(?:19|20)?[XxＸｘ×＊*]{2,4}\s*年度?|今年|去年|近年来|近年|多年来)[，,\s]*/, ''),
    );
  // "村党支部书记×××同志…": a person named with 同志, whatever verb follows.
  // "城北派出所二中队敢打硬仗，…被命名为…": a numbered team (一班, 二中队), a 班组, 车间 or 窗口 opening the
  // sentence, whatever it did, is who a later clause without a subject speaks of.
  const team = /^(.{0,12}?(?:[一二三四五六七八九十\d]{1,2}(?:班|中队|小队|分队|组)|班组|车间|窗口))(?![长员])/.exec(first)?.[1];
  return m?.[1] ?? /^(.{2,16}?同志)/.exec(first)?.[1] ?? team ?? '';
}

/** Each paragraph's paragraph before it (not across a heading), for 该班组 opening a paragraph. */
let PREVIOUS_PARAGRAPH = new WeakMap<Sentence['block'], string>();

export function extractHonors(sentences: readonly Sentence[], unitNames: readonly string[] = [], context: LevelContext = {}): HonorProposal[] {
  const honors: HonorProposal[] = [];
  PREVIOUS_PARAGRAPH = new WeakMap();
  let lastBlock: Sentence['block'] | null = null;
  for (const { block } of sentences) {
    if (block === lastBlock) continue;
    if (lastBlock && block.role !== 'heading' && lastBlock.role !== 'heading') PREVIOUS_PARAGRAPH.set(block, lastBlock.piece.text);
    lastBlock = block;
  }
  // The title the unit holds, for "2016年、2019年两次通过复查".
  let held: { title: string; level: Level } | null = null;
  // The last year written, for "同年，…被表彰为…" (the same year as the sentence before).
  let lastYear: number | null = null;
  let previousOpening: { block: Sentence['block']; years: YearInfo; run: number } | null = null;
  // "二、2024年：抓服务、树品牌": a heading with one year dates the honors under it that give none.
  const headingYears = new Map<number, YearInfo>();
  let sectionYear: YearInfo | null = null;
  for (const sentence of sentences) {
    // A heading names a topic (四、近年所获荣誉), not an honor.
    if (sentence.block.role === 'heading') {
      if (sentence !== sentences.find((x) => x.block === sentence.block)) continue;
      const depth = sentence.block.depth ?? 0;
      for (const d of [...headingYears.keys()]) if (d >= depth) headingYears.delete(d);
      const heading = sentence.block.piece.text;
      const years = [...heading.matchAll(/(?:19|20)\d{2}\s*年/g)];
      const one = years.length === 1 && !/以来|以后|以前|之前|之后|[—–\-~～至到]|度?计划|打算|目标|思路/.test(heading) ? yearsIn(years[0]?.[0] ?? '') : null;
      if (one && typeof one.year === 'number') headingYears.set(depth, one);
      sectionYear = [...headingYears.entries()].sort((a, b) => b[0] - a[0])[0]?.[1] ?? null;
      continue;
    }
    let carried: YearInfo | null = null;
    // "2019年、2022年两次通过复查，保留市级文明单位称号": the 保留 clause restates the dated reviews.
    let reviewed = false;
    const clauses = sentence.clauses;
    const quote = maskPii(sentence.text.trim());
    const subjectOfSentence = sentenceSubject(sentence);
    // "现有称号：市级文明校园（2020年命名，2023年复查保留）": a form's field of the title the unit holds,
    // a step for each year in the bracket.
    const field = HELD_FIELD.exec(sentence.text.trim());
    const fieldStep = field ? TITLE_STEP.exec((field[1] ?? '').trim()) : null;
    const fieldLevel = field ? levelIn(field[1] ?? '', context) : null;
    if (field && fieldStep && fieldLevel) {
      for (const m of (field[2] ?? '').matchAll(/((?:19|20)\d{2})\s*年[^，,、；;）)]*/g)) {
        const status: TitleStatus = /复查|保留|保持/.test(m[0]) ? '复查保留' : '命名';
        const titleName = fieldStep[2] ?? '文明单位';
        honors.push(
          honor(sentence, Math.max(0, sentence.text.indexOf(m[0])), { year: Number(m[1]), yearEnd: null }, titleName, fieldLevel, 'title', quote, {
            status,
            subject: '',
          }),
        );
        held = { title: titleName, level: fieldLevel };
      }
      continue;
    }
    // A year opening the sentence dates all of it: "2010年完成…，招商引资工作单项考核获…一等奖".
    const first = (clauses[0]?.text ?? '').replace(COUNTER_BEFORE_YEAR, '');
    // "2022年，车站获评…；值班员孟晓燕被评为…": after a semicolon, the year that opened the sentence
    // before (in the same paragraph) still holds.
    // But not after a run of items each opening with its own year ("2020年获评…；2021年获评…；书记×××
    // 被评为…"): there an item without a year is undated.
    const ownOpening = /^\s*(?:(?:19|20)\d{2}\s*年|今年|去年|前年)/.test(first);
    const sameBlock: boolean = previousOpening !== null && previousOpening.block === sentence.block;
    const run: number = ownOpening ? (sameBlock ? (previousOpening?.run ?? 0) : 0) + 1 : 0;
    const opening: YearInfo | null = ownOpening
      ? yearsIn(first)
      : previousOpening && sameBlock && previousOpening.run < 2 && !yearsIn(sentence.text)
        ? previousOpening.years
        : null;
    previousOpening = /[；;]\s*$/.test(sentence.text) && opening ? { block: sentence.block, years: opening, run } : null;
    honors.push(...commendations(sentence, quote, opening ?? sectionYear, unitNames));
    for (let k = 0; k < clauses.length; k += 1) {
      const clause = clauses[k];
      if (!clause) continue;
      const text = (k === 0 ? clause.text.replace(COUNTER_BEFORE_YEAR, '') : clause.text).trim();
      const sameYear = /^(?:同年|当年|是年|同一年)/.test(text) && lastYear !== null ? { year: lastYear, yearEnd: null } : null;
      const written = yearsIn(text);
      if (written && typeof written.year === 'number') lastYear = written.yearEnd ?? written.year;
      if (sameYear && /^(?:同年|当年|是年|同一年)(?:度)?$/.test(text)) {
        carried = sameYear;
        continue;
      }
      // "● 2018年，全国…先进集体；": a bulleted entry's year, then the honor in the clause after it.
      if (k === 0 && sentence.clauses.length === 2 && BULLET_YEAR.test(text)) {
        carried = yearsIn(text);
        continue;
      }
      if (TIME_ONLY.test(text) || /^(?:今年|去年|前年)(?:以来)?$/.test(text)) {
        carried = yearsIn(text);
        continue;
      }
      // "2020年 “…”（市委组织部）——授予预报员…": a listed entry, its 授予 names the holder, not the verb.
      const trigger =
        (AWARDED_TO.test(text) ? yearFirstItem(text, sentence, k) : null) ??
        TRIGGER.exec(text) ??
        yearFirstItem(text, sentence, k) ??
        bulletItem(text, sentence, k) ??
        bulletYearItem(text, sentence, k);
      const afterTrigger = cleanItem(text.slice((trigger?.index ?? 0) + (trigger?.[0].length ?? 0)));
      // "2018年、2021年两次复查保留市级文明单位称号": the title held named again after several review years is each of them.
      const heldAgain =
        held !== null && afterTrigger.includes(held.title) && afterTrigger.includes(held.level) && (text.match(/(?:19|20)\d{2}\s*年/g) ?? []).length >= 2;
      if (held && REVIEW.test(text) && (!TITLE_STEP.test(afterTrigger) || heldAgain)) {
        // "2018年，2021年两次通过复查": a year alone in the clause before (a comma for 、) is one of them.
        const before = carried && typeof carried.year === 'number' && carried.yearEnd === null ? [carried.year] : [];
        const years = [...before, ...[...text.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]))];
        for (const year of years.length > 0 ? years : []) {
          honors.push(honor(clause, 0, { year, yearEnd: null }, held.title, held.level, 'title', quote, { status: '复查保留', subject: '' }));
        }
        if (years.length > 0) {
          reviewed = true;
          continue;
        }
        // "20xx年通过复查": a review whose year is hidden is a step all the same, undated.
        if (PLACEHOLDER_YEAR.test(text)) {
          honors.push(
            honor(clause, 0, { year: 'undated', yearEnd: null, note: '原文年份被隐去（XX年）' }, held.title, held.level, 'title', quote, {
              status: '复查保留',
              subject: '',
            }),
          );
          reviewed = true;
          continue;
        }
      }
      // "2023年通过市级文明村镇测评，被命名为…": the year the inspection was passed dates the naming after it.
      if (
        written &&
        /^(?:19|20)\d{2}\s*年[^，,]{0,4}通过[^，,]{0,16}文明[^，,]{0,6}(?:测评|验收|考核|评审|检查)$/.test(text) &&
        TRIGGER.test(clauses[k + 1]?.text ?? '')
      ) {
        carried = written;
        continue;
      }
      if (!trigger || NOT_HONOR.test(text)) {
        carried = null;
        continue;
      }
      const before = text.slice(0, trigger.index);
      if (trigger[0] === '是' && !/^(?:[^，,]{0,20}(?:我|镇|乡|机关|中心|局|院|校|单位|党委|支部))?$/.test(before)) continue;
      // "我馆连续三年(2019-2021年)被评为…": a year in brackets before the verb dates the clause (one
      // after an item, “A”（2016年）, dates only that item).
      const bracketBefore = [...before.matchAll(BRACKET_YEAR)].at(-1)?.[0];
      const clauseYear =
        yearsIn(text.replace(BRACKET_YEAR, '')) ??
        (bracketBefore ? yearsIn(bracketBefore) : null) ??
        carried ??
        sameYear ??
        opening ??
        sectionYear ??
        (CONSEQUENCE.test(before) && lastYear !== null ? { year: lastYear, yearEnd: null } : null);
      carried = null;
      // The list may continue over the next clauses: "获得A，2004年B、2004年C".
      const objects: Array<{ clause: Clause; text: string; start: number }> = [
        {
          clause,
          text: text.slice(trigger.index + trigger[0].length),
          start: trigger.index + trigger[0].length + Math.max(0, clause.text.indexOf(text)),
        },
      ];
      while (k + 1 < clauses.length) {
        const nextClause = clauses[k + 1];
        const t = nextClause?.text.trim() ?? '';
        const items = splitItems(t);
        // "…等荣誉称号，群众满意度测评位居全县前列": 等…称号 closes the list; a ranking is no honor.
        const closed = /等(?:荣誉)?称号$|等荣誉$|等奖项$/.test((objects.at(-1)?.text ?? '').trim());
        if (
          !nextClause ||
          closed ||
          RANKING.test(t) ||
          TRIGGER.test(t) ||
          // "…被命名为市级文明单位，2021年顺利通过市级文明单位复查": a re-examination passed is a step of its own.
          REVIEW.test(t) ||
          // ("，2023年通过市级文明村镇测评，被命名为…": an inspection passed leads to a naming of its own.)
          /^(?:(?:19|20)\d{2}\s*年)?[^，,]{0,4}通过[^，,]{0,16}文明[^，,]{0,6}(?:测评|验收|考核|评审|检查)$/.test(t) ||
          !AWARD.test(t) ||
          NOT_HONOR.test(t) ||
          // ("…被评为“A”，镇卫生院收到锦旗5面": a body that received thanks opens a clause of its own.)
          RECEIVED_BY.test(t) ||
          items.some((x) => x.length > 40) ||
          /^[我其并通使给对]/.test(t)
        )
          break;
        objects.push({ clause: nextClause, text: t, start: nextClause.text.length - nextClause.text.trimStart().length });
        k += 1;
      }
      const issuerLevel = levelIn(before, context);
      // "先后获得“A”（2016年）、“B”（2017年）等荣誉称号": every item of such a list is an honor.
      const listed = trigger[0] === '' || STRONG.test(trigger[0]) || objects.some((o) => /等(?:荣誉)?称号|等荣誉|等奖项|[”"]\s*(?:荣誉)?称号/.test(o.text));
      for (const object of objects) {
        let offset = 0;
        for (const written of splitItems(object.text)) {
          const itemStart = object.text.indexOf(written, offset);
          offset = itemStart + written.length;
          // "“A”（20××年，北门社区）": the bracket after an item gives its year and the body that earned it.
          const bracketed = HOLDER_BRACKET.exec(written.trim());
          // "…“工人先锋号”（市总工会）——授予气象台": a listed honor's holder after a dash.
          const given = trigger[0] === '' ? AWARDED_TO.exec(written) : null;
          const holder = bracketed ?? (given ? (['', '', given[1]] as unknown as RegExpExecArray) : null);
          const unissued = bracketed ? written.replace(bracketed[0], `（${bracketed[1] ?? ''}）`) : given ? written.replace(given[0], '') : written;
          // "全省…先进集体（省气象局）": in a listed entry, the bracket at the end names who gave it.
          const issuedBy = trigger[0] === '' ? ISSUER_BRACKET.exec(unissued) : null;
          const raw = issuedBy ? unissued.slice(0, issuedBy.index) : unissued;
          const item = cleanItem(raw);
          const quoted = /^[“"].+[”"]/.test(raw.trim().replace(/^(?:(?:19|20)\d{2}\s*年度?)/, '')) || /[“"][^”"]{2,}[”"]/.test(item);
          if (!item || NOT_HONOR.test(item) || item.length > 40 || CAPTION.test(item) || HONOR_COUNT.test(item) || LISTED_COUNT.test(item)) continue;
          // "获评民警给予通报表扬": 获评 ends a modifier (those who won it), and what follows is given, not won.
          if (/给予|予以/.test(item)) continue;
          // "获得A奖（2021年）、“B”（2022年）、“市级花园式单位”（2024年）": a quoted item with its year in
          // brackets, in a list after a verb of winning, is an honor whatever its words.
          const datedQuote = quoted && /[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）]/.test(raw) && objects.length + splitItems(object.text).length > 1;
          if (!AWARD.test(item) && !(listed && (quoted || item.length <= 20)) && !datedQuote && !RATING.test(raw.trim())) continue;
          // 是 names what the unit is: only awards with an issuing level (泸州市“十强乡镇”).
          if (trigger[0] === '是' && !levelIn(item, context)) continue;
          const own = yearsIn(raw);
          const info = own ?? clauseYear ?? { year: 'undated' as const, yearEnd: null };
          const consecutive = CONSECUTIVE.exec(text);
          const span = widen(info, consecutive?.[1]);
          let title = item.replace(/^(?:(?:19|20)\d{2}\s*年(?:度)?\s*)/, '').replace(/^(?:了|为)/, '');
          title = cleanItem(title);
          // "荣立集体二等功的城关消防救援站", "曾获“…先进个人”的老兵": an honor told in passing, as what
          // marks out who holds it; the title stops at 的 and the noun after it is the holder.
          const holderNoun = HELD_BY.exec(title);
          if (holderNoun?.[1] && holderNoun[2]) title = cleanItem(holderNoun[1]);
          if (/^奖\s*[\d一二三四五六七八九十百千]+\s*[余多]?\s*(?:人次|人|项|次|个|篇|件)/.test(title)) continue;
          // "工业经济单项考核获全区乡镇街一等奖": what the prize was for is written before 获.
          const what = /获|荣获/.test(trigger[0]) && !before.includes('被') && object.clause === clause ? before.replace(SUBJECT, '').trim() : '';
          // (Not a person's work, "学生李明的书法作品获…": the prize is the person's, its title what follows 获.)
          if (
            what.length >= 2 &&
            what.length <= 16 &&
            /(?:考核|评比|竞赛|比赛|评选|论坛|征文|大赛|检查|工作|活动|项目|课题|作品|文章)$/.test(what) &&
            recipientOf(what, '', '', unitNames).kind !== 'individual'
          )
            title = `${what}获${title}`;
          else if (GRADE_ONLY.test(title) && object.clause === clause && (enteredEvent(clauses[clauses.indexOf(clause) - 1]?.text) || !before.trim()))
            title = `${enteredEvent(clauses[clauses.indexOf(clause) - 1]?.text) ?? ''}${title}`;
          else if (GRADE_ONLY.test(title) && before.trim() !== '') title = `${contestOf(before.trim())}${title}`;
          // "…“巾帼文明岗”（档案科）": the body or person in brackets after the title earned it.
          const inBracket = holder ? null : bracketHolder(title, unitNames);
          if (inBracket) title = inBracket.title;
          const step = TITLE_STEP.exec(title);
          const bracketLevel = BRACKET_LEVEL.exec(raw.trim())?.[1];
          // ("中国图书馆学会“…”": the body written before the quotes, taken out of the title, gives its level.)
          const bodyBefore =
            /^(?:[^“"]{2,20}(?:学会|协会|联合会)|被[^“"]{2,16}?(?:授予|评为|评定为|命名为|认定为)|[^“"]{2,16}?(?:授予|颁发|命名|认定|评定)的)(?=[“"])/.exec(
              raw.trim(),
            )?.[0];
          const level =
            levelIn(title, context) ??
            (bracketLevel ? levelIn(bracketLevel, context) : null) ??
            issuerLevel ??
            (bodyBefore ? levelIn(bodyBefore, context) : null);
          const at = clauses.indexOf(clause);
          const previous =
            at > 0 &&
            object.clause === clause &&
            /^被?$/.test(before.trim()) &&
            PERSONAL_TITLE.test(title) &&
            // (A personal title whose holder the sentence does not name: "…十年，被评为“江北好人”".)
            ((r) => r.kind !== 'individual' || !r.name)(recipientOf('', title, subjectOfSentence, unitNames))
              ? (clauses[at - 1]?.text ?? '')
              : '';
          const subject =
            holder?.[2] ??
            inBracket?.holder ??
            (holderNoun?.[2] ? holderOf(holderNoun[2], clauses.slice(0, at), unitNames) : null) ??
            (previous ? personOpening(previous, unitNames) : null) ??
            (object.clause === clause && PRONOUN_SUBJECT.test(before) ? pronounPerson(clause, unitNames) : null) ??
            (object.clause === clause ? before : '');
          // "石门村（2019年）、柳湾村（2022年）被评为…": each body listed before the verb, with its own
          // year in brackets, holds the honor, in the year written after it.
          const listedBodies = object.clause === clause && !holder ? bodiesWithYears(before, unitNames) : [];
          const holders: Array<{ subject: string; span: YearInfo }> =
            listedBodies.length > 0
              ? listedBodies.map((b) => ({ subject: b.name, span: own ?? b.span ?? span }))
              : eachYear(raw, span).map((y) => ({ subject, span: y }));
          for (const h of holders) {
            if (step && level) {
              const status: TitleStatus = /保持|保留/.test(trigger[0]) ? '复查保留' : '命名';
              if (status === '复查保留' && reviewed && h.span.year === 'undated') continue;
              const issuer = ISSUER.exec(before)?.[0];
              const titleName = step[2] ?? '文明单位';
              const step_ = honor(object.clause, object.start + itemStart, h.span, titleName, level, 'title', quote, {
                status,
                subject: h.subject,
                sentenceSubject: subjectOfSentence,
                unitNames,
                ...(issuer ? { issuer } : {}),
              });
              // Only the unit's own title is the one a later 复查 re-examines.
              if (step_.recipient.kind === 'unit') held = { title: titleName, level };
              honors.push(step_);
            } else {
              honors.push(
                honor(object.clause, object.start + itemStart, h.span, title, level, 'honor', quote, {
                  subject: h.subject,
                  sentenceSubject: subjectOfSentence,
                  unitNames,
                }),
              );
            }
          }
        }
      }
    }
  }
  return dedupe(honors);
}

interface HonorExtras {
  status?: TitleStatus;
  issuer?: string;
  /** Text before the verb: who earned it. */
  subject: string;
  sentenceSubject?: string;
  unitNames?: readonly string[];
}

function honor(
  clause: Clause,
  at: number,
  span: YearInfo,
  title: string,
  level: Level | null,
  kind: 'honor' | 'title',
  quote: string,
  extras: HonorExtras,
): HonorProposal {
  const who =
    kind === 'title'
      ? titleHolder(extras, title)
      : recipientOf(
          extras.subject.replace(SUBJECT_TIME, ''),
          title,
          // Used only when the clause, without its times and adverbs, names no one.
          extras.sentenceSubject ?? '',
          extras.unitNames ?? [],
        );
  const category = kind === 'title' ? { category: 'title' as const, reason: '文明单位称号' } : categoryOf(title);
  // (The paragraph before, when the body is named there and 该… opens the next one: "“云朵”服务班组推出…。" / "该班组先后被评为…".)
  const named =
    who.kind === 'subordinate' && who.name
      ? (antecedent(who.name, clause.block.piece.text.slice(0, clause.offset)) ?? antecedent(who.name, PREVIOUS_PARAGRAPH.get(clause.block) ?? ''))
      : null;
  if (named) {
    who.name = named;
    who.reason = `${who.reason}；“${extras.subject.trim()}”指前文的${named}`;
  }
  return {
    year: span.year,
    yearEnd: span.yearEnd,
    title,
    level,
    kind,
    ...(extras.status ? { status: extras.status } : {}),
    ...(extras.issuer ? { issuer: extras.issuer } : {}),
    ...(span.note ? { note: span.note } : {}),
    ...(span.relative ? { relative: span.relative } : {}),
    line: lineAt(clause.block, clause.offset + at),
    ...(clause.block.section ? { section: clause.block.section } : {}),
    recipient: who.name ? { kind: who.kind, name: who.name } : { kind: who.kind },
    category: category.category,
    reason: `${who.reason}；${category.reason}`,
    ...(who.unsure ? { unsure: true } : {}),
    quote,
  };
}

/**
 * "政务服务中心市场监管窗口全面推行…。该窗口先后被评为…": 该窗口 (该科室, 该村) points back to the body
 * of that kind named last before it in the paragraph; null when it is not such a word or none is named.
 */
/** "她2020年被评为…", "他还多次…": a person's pronoun as the subject, times and adverbs after it. */
const PRONOUN_SUBJECT = /^\s*(?:她|他)(?:(?:19|20)\d{2}\s*年度?|先后|多次|还|也|曾|又|均|再次)*\s*$/;

/**
 * "馆员刘静…送书上门。" / "她2020年被评为…": the person (post and name) a 她 (他) stands for, opening a
 * sentence before it in its paragraph, or else one of the paragraph before (the nearest first).
 */
function pronounPerson(clause: Clause, unitNames: readonly string[]): string | null {
  const sentencesOf = (text: string) =>
    text
      .split(/(?<=[。！？!?])/)
      .map((x) => x.trim())
      .filter(Boolean)
      .reverse();
  for (const text of [...sentencesOf(clause.block.piece.text.slice(0, clause.offset)), ...sentencesOf(PREVIOUS_PARAGRAPH.get(clause.block) ?? '')]) {
    const person = thankedPerson(text, unitNames);
    if (person) return person;
  }
  return null;
}

function antecedent(name: string, earlier: string): string | null {
  const kind = /^该([\u4e00-\u9fff]{1,3})$/.exec(name)?.[1];
  if (!kind) return null;
  // ("“云朵”服务班组": a brand in quotes before the body's own words is part of its name.)
  const found = [...earlier.matchAll(new RegExp(`((?:[“"][^“”"，,。；;]{1,8}[”"])?[\\u4e00-\\u9fff]{1,10})${kind}`, 'g'))].at(-1)?.[1];
  if (!found) return null;
  // Back to the body it belongs to: 政务服务中心市场监管窗口 → 市场监管窗口.
  const own = found.replace(/^.*(?:中心|大厅|局|院|所|站|部|[我本该的在和与及])/, '');
  return own.length >= 2 ? `${own}${kind}` : null;
}

/**
 * Who holds a 文明单位-type title: the unit, unless the clause names a body under it as the
 * subject ("花园村被评为全国文明村": the village's 文明村, not the town's).
 */
function titleHolder(extras: HonorExtras, title: string): { kind: 'unit' | 'subordinate'; name?: string; reason: string; unsure: boolean } {
  const subject = extras.subject.replace(SUBJECT_TIME, '');
  if (subject.trim() !== '') {
    const who = recipientOf(subject, '', '', extras.unitNames ?? []);
    if (who.kind === 'subordinate' && who.name) return { kind: 'subordinate', name: who.name, reason: `${who.reason}；文明称号归它所有`, unsure: false };
  }
  // A 文明村 (文明社区) is a village's (a community's): a unit that is none never holds it. The
  // village named last before the verb does, however the words around its name run.
  const body = title === '文明村' ? '村' : title === '文明社区' ? '社区' : null;
  if (
    body &&
    !(extras.unitNames ?? []).some((n) => n.endsWith(body) || n.includes(`${body}民委员会`) || n.includes(`${body}居民委员会`) || n.includes(`${body}居委会`))
  ) {
    const named = [...subject.matchAll(new RegExp(`([\\u4e00-\\u9fffXx×＊*]{1,6}?${body})(?![民委级务干部组集两内里庄镇长医])`, 'g'))].at(-1)?.[1];
    const name = named?.replace(/^.*[的在和与及是有]/, '');
    if (name && name.length > body.length) return { kind: 'subordinate', name, reason: `“${title}”是${name}的称号，不是单位本身的`, unsure: false };
  }
  return { kind: 'unit', reason: '文明单位称号是单位本身的', unsure: false };
}

/** A body with its year in brackets, in a list before the verb: 石门村（2019年）、柳湾村（2022年）. */
const BODY_WITH_YEAR = /([^、，,；;（(）)]{2,24}?)[（(]\s*((?:19|20)\d{2})\s*年度?\s*[)）]\s*(?:[、，,]|和|及|以及|$)/g;

/**
 * The bodies under the unit listed before the verb, each with its year in brackets. Empty unless
 * every one is a body under the unit (a village, a 科室) and two or more are named, or one is.
 */
function bodiesWithYears(before: string, unitNames: readonly string[]): Array<{ name: string; span: YearInfo | null }> {
  const text = before.replace(/(?:先后|分别|均|都|也|还|又)+$/, '').trim();
  const found = [...text.matchAll(BODY_WITH_YEAR)];
  // "桃花村、柳林村先后被评为…": bodies under the unit listed with 、 and no years each hold it, in the
  // clause's year.
  if (found.length === 0) {
    const items = text.split('、').map((x) => x.trim());
    if (items.length < 2) return [];
    const bodies = items.map((name) => ({ name, who: recipientOf(name, '', '', unitNames) }));
    if (bodies.some((b) => b.who.kind !== 'subordinate' || b.who.name !== b.name || !/^[\u4e00-\u9fffXxＸｘ×]{2,16}$/.test(b.name))) return [];
    return bodies.map((b) => ({ name: b.name, span: null }));
  }
  // The list must run to the verb: nothing after the last bracket.
  const last = found.at(-1);
  if (!last || (last.index ?? 0) + last[0].length < text.length) return [];
  const out: Array<{ name: string; span: YearInfo }> = [];
  for (const m of found) {
    const name = (m[1] ?? '').replace(/^.*(?:先后有|共有|先后|有|其中|全[镇乡县区市]|我[镇乡局院校])/, '').trim();
    const who = recipientOf(name, '', '', unitNames);
    if (who.kind !== 'subordinate' || !who.name) return [];
    out.push({ name, span: { year: Number(m[2]), yearEnd: null } });
  }
  return out;
}

/** Time words in front of a subject: "2020年，", "今年". */
const SUBJECT_TIME = /^(?:(?:19|20)\d{2}\s*年度?|(?:19|20)?[XxＸｘ×＊*]{2,4}\s*年度?|今年|去年|前年|近年来|近年|多年来|一年来)[，,\s]*/;

/** "学校在全县教学质量评估中连续三年" + 一等奖 → 全县教学质量评估一等奖. */
function contestOf(before: string): string {
  const inside = /在(.{2,16}?)中/.exec(before)?.[1] ?? /在(.{2,24}?)中$/.exec(before)?.[1];
  if (inside) return inside;
  return tailPhrase(before.replace(SUBJECT, '').replace(/连续[一二两三四五六七八九十\d]{1,3}年$/, ''), 16);
}

const COMMENDATION_WORD = /(锦旗|感谢信|表扬信|牌匾|匾额|感谢状|通报表扬|批示表扬)([\d一二三四五六七八九十百千余多]+[面封块幅份张]?)?/g;
// ("市委主要领导对大队…作出批示表扬": a leader's written praise is a commendation from above, as 通报表扬 is.)
const RECEIVED = /收到|获赠|赠送|送来|写来|送上|送给|赠给|获得|发来|寄来|受到|得到|予以|给予|被[^，,。；;]{0,12}通报表扬|(?:作出|做出)[^，,。；;]{0,4}批示表扬/;
/** "乡党委受到县委通报表扬": who was commended, written before the verb. */
const COMMENDED = /^(.*?)(?:受到|得到|获得|被)/;
/** "急诊科先后收到锦旗": who received the thanks, before 收到 or 获赠. */
const RECEIVED_BY = /^([\u4e00-\u9fff]{2,16}?)(?:先后|共|累计|还|又|也|均)*(?:收到|获赠)/;
/** "送给窗口两面锦旗": who the thanks went to. */
const GIVEN_TO = /(?:送给|赠给|赠送给|送往)([\u4e00-\u9fff]{1,10}?)(?:[一两二三四五六七八九十\d余多]+[面封块幅份张])?(?:锦旗|感谢信|表扬信|牌匾|匾额)/;

/** 锦旗 and 感谢信: thanks from the public, recorded apart from honors. */
function commendations(sentence: Sentence, quote: string, opening: YearInfo | null, unitNames: readonly string[]): HonorProposal[] {
  if (!RECEIVED.test(sentence.text)) return [];
  const out: HonorProposal[] = [];
  // A year opening an earlier clause dates what follows it: "…锦旗37面，2020年因…突出，受到…通报表扬".
  let earlier: YearInfo | null = null;
  for (const clause of sentence.clauses) {
    // "仅今年上半年，…收到锦旗16面": an adverb (仅, 单, 光) may come before the time.
    if (/^\s*(?:仅仅|仅|单|光)?(?:(?:19|20)\d{2}\s*年|今年|去年|前年)/.test(clause.text)) earlier = yearsIn(clause.text);
    for (const m of clause.text.matchAll(COMMENDATION_WORD)) {
      const word = m[1] ?? '';
      // "对获评民警给予通报表扬": the unit commends its own people; nothing it received.
      if (/对[^，,。；]{0,12}(?:[员警工师生者士]|干部|同志|个人|先进|集体)(?:给予|予以)[^，,。；]{0,4}$/.test(clause.text.slice(0, m.index))) continue;
      const count = m[2] ?? /([\d一二三四五六七八九十百千余多]+[面封块幅份张])$/.exec(clause.text.slice(0, m.index))?.[1];
      const year = yearsIn(clause.text) ?? earlier ?? opening ?? { year: 'undated' as const, yearEnd: null };
      const h = honor(clause, m.index, year, word, null, 'honor', quote, { subject: '' });
      // A 通报表扬 goes to whoever the clause names before 受到 (a body, a person, or the unit).
      // ("执法队在去年防汛工作中受到…": the circumstance after the body, 在…中, is not its name.)
      const commended =
        word === '通报表扬'
          ? COMMENDED.exec(clause.text.trim())?.[1]
              ?.replace(/(?:在|于|因)[^，,。；;]{1,20}?(?:中|期间|时|里|上)$/, '')
              .replace(SUBJECT_TIME, '')
          : undefined;
      // "镇便民服务中心收到群众送来的锦旗9面": who received it, written before 收到.
      const receiver =
        word === '通报表扬'
          ? undefined
          : RECEIVED_BY.exec(clause.text.slice(0, m.index).trim())?.[1]
              ?.replace(SUBJECT_TIME, '')
              .replace(/^(?:此外|另外|同时|还)/, '');
      // "社保窗口被评为…，群众送来锦旗8面": thanks with no receiver of their own, right after a clause
      // about a body under the unit, went to that body.
      const at = sentence.clauses.indexOf(clause);
      const lastSubject =
        at > 0 && word !== '通报表扬' && /^\s*(?:群众|居民|村民|患者|旅客|家属|办事群众|服务对象)[^，,。；;]{0,6}(?:送来|赠送)/.test(clause.text)
          ? /^(.{2,16}?)(?:被|荣获|获评|获得)/.exec(sentence.clauses[at - 1]?.text.trim() ?? '')?.[1]
          : undefined;
      // "驾驶员李卫东拾金不昧，受到乘客送来的锦旗": thanks in a clause with no subject of its own, right
      // after a clause that opens with a person (post and name), went to that person.
      // ("科长周某某被评为“…”，收到群众送来的锦旗11面": not after a clause telling the person's honor,
      // one of the unit's list of what its people earned; those thanks are the unit's.)
      const person =
        at > 0 &&
        word !== '通报表扬' &&
        !STRONG.test(sentence.clauses[at - 1]?.text ?? '') &&
        /^\s*(?:又|还|也|多次|先后)?(?:受到|收到|获得|得到|赢得|群众|居民|村民|患者|病人|旅客|乘客|家属|失主|办事群众|服务对象)/.test(clause.text)
          ? thankedPerson(sentence.clauses[at - 1]?.text ?? '', unitNames)
          : null;
      // "市场监管窗口被评为…，窗口全年收到表扬信15封": a receiver named short (窗口) is the body the clause
      // before named in full, when that name ends with it.
      const namedBefore = at > 0 && receiver ? /^(.{2,24}?)(?:被|荣获|获评|获得)/.exec(sentence.clauses[at - 1]?.text.trim() ?? '')?.[1] : undefined;
      const bare = receiver?.replace(/(?:全年|今年|去年|前年|一年来|近年来|上半年|下半年|(?:19|20)\d{2}\s*年度?)$/, '');
      const fullReceiver = bare && namedBefore && bare.length <= 4 && namedBefore !== bare && namedBefore.endsWith(bare) ? namedBefore : receiver;
      const target =
        GIVEN_TO.exec(clause.text)?.[1] ??
        (person || undefined) ??
        // "读者多次为她送来锦旗": thanks to a person named before by a pronoun.
        ((/(?:为|给|向)(?:她|他)(?:送来|送上|赠送|送|颁发)[^，,。；;]{0,4}$/.test(clause.text.slice(0, m.index)) && pronounPerson(clause, unitNames)) ||
          undefined) ??
        (commended ? commended.replace(/(?:(?:19|20)\d{2}\s*年度?)$/, '') : undefined) ??
        (fullReceiver || undefined) ??
        lastSubject;
      const to = target ? recipientOf(target, word, '', unitNames) : null;
      const recipient = to && to.kind !== 'unit' ? (to.name ? { kind: to.kind, name: to.name } : { kind: to.kind }) : { kind: 'unit' as const };
      out.push({
        ...h,
        recipient,
        ...(count ? { note: `收到${count}` } : {}),
        reason: `“${word}”是${word === '通报表扬' || word === '批示表扬' ? '上级的表扬' : '群众的表扬'}，不是荣誉，不计入荣誉数${to && to.kind !== 'unit' ? `；${word === '通报表扬' ? '给' : '送给'}“${target}”` : ''}`,
      });
    }
  }
  return out;
}

/** Words that often follow a name as what the person did: 王丽热心救治 is 王丽, not 王丽热. */
const DEED_START =
  /^(?:热心|耐心|细心|认真|主动|积极|拾金|见义|舍己|奋不|不顾|冒雨|冒雪|连夜|及时|坚持|扎根|长期|多年|始终|默默|服务|救治|救助|帮助|勇救|挺身|爱岗|敬业|尽心|悉心|精心|用心|全力|[一二三四五六七八九十两]{1,3}(?:多|余)?(?:年|载))/;

/**
 * The person (post and name) opening the clause before thanks with no receiver of their own:
 * "驾驶员李卫东拾金不昧". Only a name that opens with a surname; a three-character name whose last
 * character starts a word of what was done (热心, 拾金) is the two characters before it.
 */
function thankedPerson(text: string, unitNames: readonly string[]): string | null {
  const opening = personOpening(text, unitNames);
  if (!opening) return null;
  const who = recipientOf(opening, '', '', unitNames);
  let name = who.name ?? '';
  if (name.length === 3 && DEED_START.test(text.slice(text.indexOf(opening) + opening.length - 1))) name = name.slice(0, 2);
  if (!opensWithSurname(name)) return null;
  return `${opening.slice(0, opening.length - (who.name ?? '').length)}${name}`;
}

function yearsIn(text: string): YearInfo | null {
  const range = RANGE.exec(text);
  const relative = RELATIVE_YEAR.exec(text);
  if (relative && !YEAR.test(text.slice(0, relative.index))) return { year: 'undated', yearEnd: null, relative: relative[1] ?? '今年' };
  if (range) return { year: Number(range[1]), yearEnd: Number(range[2]) };
  const year = YEAR.exec(text);
  if (year) return { year: Number(year[1]), yearEnd: null };
  if (PLACEHOLDER_YEAR.test(text)) return { year: 'undated', yearEnd: null, note: '原文年份被隐去（XX年）' };
  return null;
}

/** "“A”（2021年、2022年）": the honor won in each year the bracket lists, one a year; else the span as read. */
function eachYear(raw: string, span: YearInfo): YearInfo[] {
  const list = /[（(]\s*((?:19|20)\d{2}\s*年?度?(?:\s*[、，,]\s*(?:19|20)\d{2}\s*年?度?)+)\s*[)）]/.exec(raw);
  if (!list?.[1]) return [span];
  return [...list[1].matchAll(/(?:19|20)\d{2}/g)].map((y) => ({ year: Number(y[0]), yearEnd: null }));
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
    // “A”“B”: quoted titles written one after the other are two items.
    if (ch === '“' && depth === 0 && /[”"]\s*$/.test(current)) {
      out.push(current);
      current = '';
    }
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
  return (
    raw
      .replace(BRACKET_YEAR, '')
      .trim()
      .replace(BRACKET_LEVEL, '')
      .replace(/^(?:先后|多次|连续[一二两三四五六七八九十\d]{1,3}年|分别|均|还|也|曾|已|荣获|获得?|被评为|评为|晋升为|晋级为|升格为|升级为)+/, '')
      .replace(/(?:获得?成功|取得成功).*$/, '')
      .replace(/(?:的基础上|的基础|的同时|以来|之后|以后|等(?:荣誉)?(?:称号)?)$/, '')
      // "入选…示范单位名单": the list is not part of the title.
      .replace(/(?<=.{4})(?:名单|名录)$/, '')
      .replace(/[。；;！!]+$/, '')
      // "“…”称号（市委〔2021〕12号）", "交运〔2022〕6号": the document that conferred it is no part of the title.
      .replace(/\s*[（(]?[\u4e00-\u9fff]{0,8}[〔［[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*(?:第\s*)?\d{1,4}\s*号[)）]?$/, '')
      // "被市公安局记集体三等功": the body that recorded it and the verb are no part of the title.
      .replace(/^被?[\u4e00-\u9fff]{2,12}?[记荣]立?(?=(?:集体|个人)?[一二三特]等功)/, '')
      // "荣立个人二等功1次": the count is not part of the title.
      .replace(/(?<=[功奖])(?:\d{1,2}|[一两二三四五])次$/, '')
      .replace(/^[“"]([^“”"]+)[”"](?:荣誉称号|称号|荣誉)?$/, '$1')
      // "管理处“优秀共产党员”": the awarding body before the quotes (not a level: 市级“文明社区”).
      // (A body that names its level, 省公司“工人先锋号”, stays: it is how the title's level is known.)
      .replace(
        /^(?![省市县区](?:公司|分公司|[\u4e00-\u9fff]{2,8}?系统))[\u4e00-\u9fff]{1,10}(?:管理处|管理局|总工会|工会|委员会|党委|党组|公司|集团|厅|局|委)[“"]([^“”"]+)[”"]$/,
        '$1',
      )
      // "中国图书馆学会“…”", "被全国总工会授予“…”": a society or association that gave it, or a body and its
      // verb before the quotes, is no part of the title either.
      .replace(/^(?![省市县区](?:公司|分公司|[\u4e00-\u9fff]{2,8}?系统))[\u4e00-\u9fff]{1,12}(?:学会|协会|联合会)[“"]([^“”"]+)[”"]$/, '$1')
      .replace(/^被[\u4e00-\u9fff]{2,16}?(?:授予|评为|评定为|命名为|认定为)[“"]([^“”"]+)[”"]$/, '$1')
      // "全国总工会授予的“…”" in a list after 获得: the body that gave it and 授予的 are no part of it.
      .replace(/^[\u4e00-\u9fff]{2,16}?(?:授予|颁发|命名|认定|评定)的[“"]([^“”"]+)[”"]$/, '$1')
      // "纳税信用“A级纳税人”": the field a rating is in, before the quotes, is no part of its name.
      .replace(/^[\u4e00-\u9fff]{0,4}(?:信用|信用等级|等级)[“"]([A-D]{1,5}级[^“”"]+)[”"]$/, '$1')
      .replace(/(?:荣誉称号|称号)$/, '')
      .trim()
  );
}

/** What the words for "the region" mean in one report. */
export interface LevelContext {
  /**
   * The report comes from an autonomous region (广西, 内蒙古…) and its unit is not in a city
   * district: 全区, 区委, 区政府 there name the autonomous region, a province-level body.
   */
  regionIsProvince?: boolean;
  /** The unit's city named short (江北 for 江北市): "江北好人" is that city's honor. */
  city?: string;
}

/** Provinces and autonomous regions named without 省: 广西五一劳动奖章, 湖北好人. */
const PROVINCE_SHORT =
  /^(?:内蒙古|广西|西藏|宁夏|新疆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海)(?![省市县区州])/;

/** Minority-area names of the city and county levels (the honor's title keeps its own words). */
export const MINORITY_CITY = /州级|自治州|州委|州政府|州人民政府|全州|盟级|盟委|盟行署|全盟/;
export const PREFECTURE = /全地区|地区级|地委|地区行署|行政公署|行署/;
export const MINORITY_COUNTY = /旗级|自治旗|旗委|旗政府|旗人民政府|全旗/;

/** A province by its name and 省, whatever follows: 云南省一级高级中学. */
const PROVINCE_NAMED = /(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省/;

export function levelIn(text: string, context: LevelContext = {}): Level | null {
  // "中国人民银行县支行": a national body's local branch gives the branch's level (中国 names the body).
  const branch = /中国[\u4e00-\u9fff]{2,8}?(?:银行|公司|集团|保险)([\u4e00-\u9fff]{0,6}?[省市县])(?:中心支行|分行|支行|分公司)/.exec(text)?.[1];
  if (branch && !/全国|国家级|国务院|中央/.test(text)) return branch.endsWith('省') ? '省级' : branch.endsWith('市') ? '市级' : '县级';
  if (/全国|国家级|国家|国务院|中央|中华全国|中国/.test(text)) return '全国';
  // "被省税务局评为": an issuing body of that level.
  const issuedBy = (c: string) => new RegExp(`(?:^|[被由经受获在])${c}(?:[\u4e00-\u9fff]{1,6}?(?:局|厅|委|会|办|部|联|院|政府))`).test(text);
  // "省公司“工人先锋号”", "省交通运输系统“优秀班组”": a body of that level (a company's provincial
  // head office, a province's line of offices) named before the title.
  // (Also a company named by its trade, 市供电公司, 省烟草公司; not 市场….)
  const bodyOfLevel = /^[“"]?([省市县])(?!场)(?:[\u4e00-\u9fff]{0,4}?(?:公司|分公司)|[\u4e00-\u9fff]{2,8}?系统)/.exec(text)?.[1];
  if (bodyOfLevel) return bodyOfLevel === '省' ? '省级' : bodyOfLevel === '市' ? '市级' : '县级';
  // "新建一所省一级标准敬老院" is no province's honor; "云南省一级高级中学" is one.
  if (/省级|省委|省政府|全省|省直|^省[“"]|[\u4e00-\u9fff]{2}省(?!一级)/.test(text) || PROVINCE_NAMED.test(text) || issuedBy('省')) return '省级';
  // An autonomous region is a province: 自治区级, 广西壮族自治区, 自治区党委 (not 自治州, 自治县).
  if (/自治区/.test(text) || issuedBy('自治区')) return '省级';
  // 全疆, 全藏: the whole of an autonomous region, named by its short name.
  if (/全疆|全藏|新疆维吾尔|西藏自治/.test(text)) return '省级';
  if (context.regionIsProvince && (/区级|区委|区政府|全区/.test(text) || issuedBy('区'))) return '省级';
  if (/市级|市委|市政府|全市|市直|^市[“"]|[\u4e00-\u9fff]{2}市/.test(text) || issuedBy('市')) return '市级';
  if (context.city && text.replace(/^[“"]/, '').startsWith(context.city)) return '市级';
  // A prefecture in a minority area is a city: 州级, 自治州, 州委; 盟级, 盟委, 盟行署 (Inner Mongolia).
  if (MINORITY_CITY.test(text) || issuedBy('州') || issuedBy('盟')) return '市级';
  // A 地区 (prefecture, run by a 行政公署) is a city: 全地区, 地区级, 地委, 行署.
  if (PREFECTURE.test(text)) return '市级';
  if (/县级|县委|县政府|全县|县直|^县[“"]|[\u4e00-\u9fff]{2}县/.test(text) || issuedBy('县')) return '县级';
  // A 旗 is Inner Mongolia's county: 旗级, 旗委, 旗人民政府, 全旗 (not 红旗, 锦旗).
  if (MINORITY_COUNTY.test(text) || issuedBy('旗')) return '县级';
  if (PROVINCE_SHORT.test(text.replace(/^[“"]/, ''))) return '省级';
  if (/区级|区委|区政府|全区|[\u4e00-\u9fff]{2,3}区(?!域)/.test(text) || issuedBy('区')) return '区级';
  // "被公安部评定为“一级看守所”": a ministry of the State Council (or a 总局, 总署) rates at the national level.
  if (MINISTRY.test(text)) return '全国';
  return null;
}

/** The State Council's ministries, commissions and administrations, named without 国家 or 中国. */
const MINISTRY =
  /(?:^|[被由经受获在和、])(?:公安|教育|民政|司法|财政|商务|水利|科技|科学技术|审计|文化|卫生|农业|交通|交通运输|应急管理|自然资源|生态环境|文化和旅游|工业和信息化|农业农村|住房和城乡建设|人力资源和社会保障|退役军人事务)部|(?:^|[被由经受获在和、])(?:民航局|海关总署|税务总局|审计署|广电总局|体育总局|市场监管总局)/;

/** 广西 (or 自治区) in the report, and no city district in the unit's name or region. */
export function levelContext(text: string, unitName: string, region: readonly string[]): LevelContext {
  const autonomous = /自治区|内蒙古|广西|西藏|宁夏|新疆|全疆/.test(text) || region.some((r) => /自治区$|^(?:内蒙古|广西|西藏|宁夏|新疆)/.test(r));
  const district = region.some((r) => /区$/.test(r) && !/自治区$/.test(r)) || /[\u4e00-\u9fff]{2,3}(?<!自治)区(?!域)/.test(unitName);
  // "江北市人民医院", region 江北市: a title opening with the city's short name (江北好人) is the city's.
  // (Not 清溪县 in 清溪县市场监督管理局.)
  const city =
    /^([\u4e00-\u9fff]{2,3})市$/.exec(region.find((r) => /^[\u4e00-\u9fff]{2,3}市$/.test(r)) ?? '')?.[1] ??
    /^([\u4e00-\u9fff]{2,3})市(?!场)/.exec(unitName)?.[1];
  return { regionIsProvince: autonomous && !district, ...(city && !/[省县区旗镇乡]$/.test(city) ? { city } : {}) };
}

function dedupe(honors: HonorProposal[]): HonorProposal[] {
  const seen = new Set<string>();
  return honors.filter((h) => {
    // (A 命名 and a 复查 of the same title, both in hidden years, are two steps.)
    const key = `${h.kind}|${h.title}|${h.year}|${h.yearEnd}|${h.recipient.kind}|${h.recipient.name ?? ''}|${h.year === 'undated' ? (h.status ?? '') : ''}`;
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
