// Who earned an honor and what sort of honor it is. Only the unit's own 称号 and 奖项 count
// as its honors: "我镇王庄村被评为…" is a village's, "我校张老师获评…" a teacher's, and 锦旗
// or 感谢信 are thanks (表扬), not honors. Each proposal says why.
import type { HonorCategory } from '../domain/vocabulary';
import { opensWithSurname } from '../domain/pii';
import type { RecipientProposal } from './types';

/** Words that name the unit itself when they stand as the subject. */
const SELF =
  /^(?:我们|我|本|该)?(?:单位|机关|镇|乡|苏木|街道|村|社区|校|学校|学院|院|医院|中心|局|公司|厂|所|站|车站|集团|分公司|支行|企业|园|园所|镇党委|镇政府|党委政府|党委|党组|局党委|局党组|院党委|公司党委|两委|村两委)?$/;
/** The unit's leadership named with the unit's word: 乡党委, 镇政府, 局党组, 院党委. */
const UNIT_LEADERSHIP = /^(?:我们|我|本|该)?(?:镇|乡|苏木|街道|局|院|校|公司|中心)(?:党委|党组|党工委|政府|人民政府|党委政府|党政班子|领导班子)$/;
/** The unit's own name, or a leading "我校", "学校" etc. before the real subject. */
const SELF_PREFIX = /^(?:我们|我|本|该)?(?:单位|机关|镇|乡|苏木|街道|村|社区|校|学校|学院|院|医院|中心|局|县局|公司|厂|车站|集团|企业)(?=.)/;
/** A body under the unit: a department, branch, team, village group or residential estate, a plant's shift (运行一值). */
const BODY_END =
  /(?:科|科室|部|处|室|股|班|组|队|站|所|办|中心|支部|党支部|总支|党委|党总支|团总支|团工委|分局|分院|分公司|分行|支行|车间|班组|窗口|服务台|营业厅|服务厅|大厅|网格|小区|村|嘎查|社区|组|协会|大队部|少先队|团委|团支部|工会|妇联|妇委会|年级|病区|护理单元|门诊|服务队|志愿队|义工队|片区|合唱团|艺术团|乐团|舞蹈团|供销社|合作社|信用社|学校|小学|中学|中心校|幼儿园|卫生院|卫生室|医院|敬老院|养老院|学院|食堂|餐厅|气象台|法庭|审判庭|执行局|监区|分监区|客户端|公众号|[一二三四五六七八九十]值)$/;
/** A party, youth league or union body with no name of its own: 团支部, 党支部, 工会. */
const ORGAN = /^(?:机关)?(?:第[一二三四五六七八九十\d]{1,3})?(?:党支部|党总支|团支部|团总支|团委|团工委|工会|妇委会|党委)$/;
/** Roles before a person's name: 教师张红, 网格员周晓燕, 科员周敏, 村民王秀英. */
const ROLE_BEFORE =
  /(?:董事长|副董事长|总经理|警长|警督|警司|记者|编辑|主播|副总经理|总裁|总工程师|法官|检察官|警官|教师|老师|医生|医师|村医|乡医|校医|家庭医生|护士长|护士|职工|员工|党员|干部|科员|科长|网格员|村民|居民|学生|队长|主任|书记|校长|院长|经理|站长|所长|同志|社工|志愿者|辅警|民警|司机|工人|技术员|班主任|[股局行园组处部馆社村会厂庭科室队站所院校班值]长|秘书长|主席|委员|主管|会计|出纳|干事|专员|助理|负责人|带头人|联络人|客户经理|柜员|营业员|保教主任|[\u4e00-\u9fff]{1,4}(?:员|工|师))([\u4e00-\u9fff][\u4e00-\u9fff*＊#＃×xX]{1,2}(?:家庭|一家)?|[*＊#＃×xX]{2,3})(?:家庭|一家)?$/;
/**
 * A longer name (复姓, or a Mongolian, Tibetan or Uyghur one: 乌云其其格, 欧阳明辉) after a post
 * that ends in 长 or 员 (股长, 科员, 网格员): tried only when a two- or three-character name is not found.
 */
const LONG_NAME_AFTER_POST = /(?:[\u4e00-\u9fff]长|[\u4e00-\u9fff]员|教师|医生|老师|书记|经理|主任)([\u4e00-\u9fff]{4,5})$/;
/** A transliterated name with a middle dot, after a role or alone: 工作人员古丽米拉·艾力. */
const DOTTED_NAME = /(?:^|人员|[员工师长]|书记|主任|经理|干部|职工|党员|村民|居民|同志)([\u4e00-\u9fff]{2,6}[·•・][\u4e00-\u9fff]{2,6})(?:同志)?$/;
/** A work and its author: ×××创作的小戏《…》, 王老师撰写的论文. */
const WORK_OF = /^(.{2,16}?)(?:创作|撰写|编写|编排|编导|拍摄|设计|执教|指导|主持|采写|采制|摄制)的[^，,。；;]{1,20}$/;
/** A person's work named by its kind: 学生李明的书法作品, 王老师的论文. */
const WORK_OWNED = /^(.{2,16}?)的[\u4e00-\u9fff]{0,6}(?:作品|论文|文章|画作)$/;
/** A name with an honorific after it: 王建国主任, 李老师. */
const NAME_BEFORE_ROLE = /([\u4e00-\u9fff]{1,3}?|[#＃×*＊]{2,3})(老师|同志|医生|主任|护士长|书记|校长|院长|经理|师傅|队长|站长|所长|科长)$/;
/** Titles only a person holds. */
export const PERSONAL_TITLE =
  /个人[一二三]等功|优秀(?:人民警察|民警|辅警|教师|班主任|共产党员|党员|党务工作者|医师|医生|护士|护理工作者|网格员|志愿者|团干部|少先队辅导员|员工|职工|公务员|乡村医生)|先进个人|先进工作者|劳动模范|劳模|三八红旗手|五一劳动奖章|岗位能手|技术能手|业务能手|道德模范|身边好人|好人|最美(?!家庭|庭院|乡村|社区|村|[\u4e00-\u9fff]{0,4}(?:空间|书屋|书店|驿站|站|中心|阵地|场所|窗口|单位|校园|公园|景区|小区|街道|图书馆|文化馆|博物馆|展馆)(?![\u4e00-\u9fff]))[\u4e00-\u9fff]{1,4}|名医|名师|骨干教师|学科带头人|师德标兵|青年岗位能手|巾帼建功标兵|文明家庭|最美家庭|五好家庭|星级文明户|新乡贤|企业家/;
/** Titles of a collective: a 窗口, a 科室, a 班组. */
const COLLECTIVE_BODY_TITLE = /青年文明号|巾帼文明岗|工人先锋号|示范窗口|文明窗口|红旗窗口|优秀班集体|先进班集体|红旗大队|红旗中队|五星级|示范岗/;

export interface RecipientGuess extends RecipientProposal {
  reason: string;
  /** A person should confirm it. */
  unsure: boolean;
}

/** 红岩镇下坝村 → 下坝村 when the unit is 红岩镇 (or 红岩镇人民政府, whose short name it is). */
function stripUnitName(subject: string, unitNames: readonly string[]): string {
  for (const name of unitNames) {
    // "分局第一党支部" in 城东税务分局, "馆第二党支部" in a 文化馆: the unit's own word before a numbered body.
    for (const tail of [name.slice(-2), name.slice(-1)])
      if (subject.startsWith(tail) && /^第[一二三四五六七八九十\d]{1,3}[\u4e00-\u9fff]{2,8}$/.test(subject.slice(tail.length)))
        return subject.slice(tail.length);
    const short = name.replace(/(?:人民政府|党政机关|党委|政府|机关)$/, '');
    for (const n of [name, short]) if (n.length >= 2 && subject.startsWith(n) && subject.length - n.length >= 2) return subject.slice(n.length);
  }
  return subject;
}

const INSTITUTION_OF_CENTRE = /^中心(?:卫生院|医院|小学|中学|学校|校|幼儿园|敬老院)/;

/** Strips the unit's own words in front: 我社区阳光小区 → 阳光小区, 医院急诊科 → 急诊科. */
function stripSelf(subject: string): string {
  let s = subject;
  for (let i = 0; i < 3; i += 1) {
    const next = s.replace(SELF_PREFIX, '');
    // 镇中心卫生院, 乡中心小学: 中心 is part of the institution's name, and so is the 镇 before it.
    if (INSTITUTION_OF_CENTRE.test(next)) return s.replace(/^(?:我们|我|本|该)/, '');
    if (next === s || next.length < 2) break;
    s = next;
  }
  // "镇辖大王庄村", "所辖石河村": the word for "under the unit" before the body's name.
  return s.replace(/^(?:所辖|下辖|辖区内|辖)(?=[\u4e00-\u9fff]{2})/, '');
}

/**
 * `subject` is what stands before the verb (被评为, 获得…) in the clause, with times and
 * adverbs removed; `sentenceSubject` the start of the sentence when the clause has none.
 */
/**
 * "乡邮员马建军扎根山区二十余年，被评为…劳动模范": a person named (post and name) at the start of the
 * clause before, when the clause with the verb names no one. Null when it opens with no person.
 */
export function personOpening(text: string, unitNames: readonly string[] = []): string | null {
  const t = text.trim();
  for (let n = Math.min(12, t.length); n >= 3; n -= 1) {
    const who = recipientOf(t.slice(0, n), '', '', unitNames);
    if (who.kind === 'individual' && who.name && ROLE_BEFORE.test(t.slice(0, n))) return t.slice(0, n);
  }
  return null;
}

/**
 * A body named in quotes: 社区“银湖义工队” → 银湖义工队. After a body's own name the quotes hold its
 * brand (重点旅客服务台“暖心驿站” → 重点旅客服务台).
 */
function unquoteBody(subject: string): string {
  // "控告申诉检察部“12309检察服务中心”窗口": a quoted name with its body word after it is that body.
  const named = /[“"「]([^“”"「」]{2,16})[”"」](窗口|服务窗口|服务台|大厅|营业厅|班组|岗)\s*$/.exec(subject);
  if (named) return `${named[1] ?? ''}${named[2] ?? ''}`;
  const m = /^(.*?)[“"「]([^“”"「」]{2,16})[”"」]\s*$/.exec(subject);
  if (!m) return subject;
  const [, lead = '', inner = ''] = m;
  const body = stripSelf(lead.replace(/^.*[，,、]/, ''));
  if (lead.length >= 3 && !SELF.test(lead) && BODY_END.test(body) && body.length >= 3) return lead;
  return `${lead}${inner}`;
}

export function recipientOf(subject: string, title: string, sentenceSubject = '', unitNames: readonly string[] = []): RecipientGuess {
  const raw = unquoteBody(
    unquoteBody(subject)
      // A list item's counter: "3.巡查二组被评为…".
      .replace(/^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.．、]|[①-⑳]|[●•■◆▲★☆◎○□▪◇►])\s*/, '')
      .replace(/被[^被]*$/, ''),
  )
    .replace(
      /(?:(?:19|20)\d{2}\s*年度?|(?:19|20)?[XxＸｘ×＊*]{2,4}\s*年度?|先后|多次|连续[一二两三四五六七八九十\d]{1,3}(?:年|届|次)|分别|均|还|也|曾|已|共|再次|又|今年|去年|前年|因此|由此|为此|因而|在全[省市县区][^，]*中)+$/,
      '',
    )
    .trim();
  // "红岩镇下坝村": the unit's own name in front of the body under it.
  const s = stripUnitName(raw || sentenceSubject, unitNames);
  // The unit's own name (柳河村, 幸福里社区) as the subject: the unit itself.
  const bare = s.replace(/^(?:我们|我|本|该)/, '');
  // ("县妇联" in the report of XX县妇女联合会: the unit's name in its usual short form.)
  const names = [
    ...unitNames,
    ...unitNames.map((n) =>
      n
        .replace(/妇女联合会$/, '妇联')
        .replace(/残疾人联合会$/, '残联')
        .replace(/科学技术协会$/, '科协'),
    ),
  ];
  if (bare && names.some((n) => n === bare || (bare.length >= 2 && n.endsWith(bare)) || (n.length >= 2 && bare.endsWith(n))))
    return { kind: 'unit', reason: `主语“${s}”是单位本身`, unsure: false };
  // "我部", "我委", "我办", "我馆": 我 and one word of the unit's kind is the unit speaking of itself.
  if (/^我[\u4e00-\u9fff]$/.test(s)) return { kind: 'unit', reason: `主语“${s}”是单位自称`, unsure: false };
  // "工作人员古丽米拉·艾力", "维修工吐尔逊·买买提": a name written with a middle dot (Uyghur, Kazakh…).
  const dotted = DOTTED_NAME.exec(s);
  if (dotted?.[1]) return { kind: 'individual', name: dotted[1], reason: `主语“${s}”是个人（${dotted[1]}）`, unsure: false };
  // "馆长×××创作的小戏《渔家灯》获得…": the work of a person is that person's honor.
  const work = WORK_OF.exec(s) ?? WORK_OWNED.exec(s);
  if (work?.[1]) {
    const author = recipientOf(work[1], title, '', unitNames);
    if (author.kind === 'individual' && author.name) return { ...author, reason: `主语“${s}”是${author.name}的作品` };
  }
  const person = ROLE_BEFORE.exec(s);
  if (person?.[1] && !BODY_END.test(person[1])) return { kind: 'individual', name: person[1], reason: `主语“${s}”是个人`, unsure: false };
  // "尹德良同志的调查文章获…": the work of a named person.
  const comrade = /([\u4e00-\u9fff×xX*＊]{2,3})同志/.exec(s);
  if (comrade?.[1] && !BODY_END.test(comrade[1]))
    return { kind: 'individual', name: comrade[1], reason: `主语“${s}”是个人（${comrade[1]}同志）`, unsure: false };
  const honorific = NAME_BEFORE_ROLE.exec(s);
  if (honorific) {
    // The name runs back to the nearest body word: 心内科王建国主任 → 王建国.
    const lead = s.slice(0, honorific.index + (honorific[1] ?? '').length);
    const name = lead.replace(/^.*(?:科|部|室|处|股|班|组|队|站|所|校|院|镇|局|村|社区|公司|中心|我|本)/, '');
    const named = name.length >= 2 ? name : `${name}${honorific[2] ?? ''}`;
    if (named.length >= 2) return { kind: 'individual', name: named, reason: `主语“${s}”是个人`, unsure: false };
  }
  // "林静怡被评为…": a name alone (a surname and one or two characters), no post before it.
  if (
    /^[\u4e00-\u9fff]{2,3}$/.test(s) &&
    opensWithSurname(s) &&
    !SELF.test(s) &&
    !BODY_END.test(s) &&
    !SELF_PREFIX.test(s) &&
    !/[镇乡县市区省州局院校馆厂园司庭台港湾]$/.test(s)
  )
    return { kind: 'individual', name: s, reason: `主语“${s}”是个人（姓名）`, unsure: false };
  const longName = LONG_NAME_AFTER_POST.exec(s);
  if (longName?.[1] && !BODY_END.test(longName[1])) return { kind: 'individual', name: longName[1], reason: `主语“${s}”是个人`, unsure: false };
  // "公共卫生科刘##被评为优秀共产党员": a department and a person's name, for a personal title.
  const member = /(?:科|部|室|处|股|班|组|队|站|所)([\u4e00-\u9fff][\u4e00-\u9fff*＊#＃×xX]{1,2})$/.exec(s);
  if (member?.[1] && PERSONAL_TITLE.test(title) && !BODY_END.test(member[1]))
    return { kind: 'individual', name: member[1], reason: `主语“${s}”是个人，“${PERSONAL_TITLE.exec(title)?.[0] ?? ''}”是个人荣誉`, unsure: false };
  // "学校代表队获团体一等奖": the team the unit sends to an event plays for the unit.
  if (/^(?:我们|我|本|该)?(?:单位|机关|学校|校|院|医院|局|公司|中心|镇|乡|街道|社区|村|站|车站)?代表队$/.test(s))
    return { kind: 'unit', reason: `主语“${s}”是单位派出的代表队，荣誉归单位本身`, unsure: false };
  // "乡党委被评为五好乡镇党委": a party committee named for a party body's honor is that body.
  if (UNIT_LEADERSHIP.test(s) && /党(?:委|组|工委)$/.test(s) && /党组织|党委|党支部|党总支|党组|党工委/.test(title))
    return { kind: 'subordinate', name: s.replace(/^(?:我们|我|本|该)/, ''), reason: `主语“${s}”是党组织，荣誉是党组织的`, unsure: false };
  // "乡党委", "镇政府", "局党组": the unit's own leadership, so the unit itself.
  if (UNIT_LEADERSHIP.test(s)) return { kind: 'unit', reason: `主语“${s}”是单位本身（领导班子）`, unsure: false };
  // "社区团支部", "院机关党支部", "学校团委": a party, youth or union body is named with the unit's word
  // before it (its own word alone, 团支部, names no one).
  const stripped = stripSelf(s);
  const body = ORGAN.test(stripped) && stripped !== s ? s.replace(/^(?:我们|我|本|该)/, '') : stripped;
  if (s !== '' && !SELF.test(s) && BODY_END.test(body) && body.replace(/[“”"「」]/g, '').length <= 16) {
    return { kind: 'subordinate', name: body, reason: `主语“${s}”是单位下属的${body}，不是单位本身`, unsure: false };
  }
  // "石门镇2022年被命名为市级文明村镇" in a county's report: a town or a 街道 under the unit, named as
  // the subject, is that body (the unit's own name was matched above).
  // (Not the unit's own township named short: 青龙镇 for 青龙镇人民政府.)
  const ownTown = unitNames.some((n) => n.replace(/(?:人民政府|办事处|党委|政府|党政机关|机关)$/, '').endsWith(s));
  if (/^[\u4e00-\u9fff]{2,8}(?:镇|乡|街道)$/.test(s) && !SELF.test(s) && !SELF_PREFIX.test(s) && !ownTown)
    return { kind: 'subordinate', name: s, reason: `主语“${s}”是单位下辖的乡镇（街道），不是单位本身`, unsure: false };
  if (PERSONAL_TITLE.test(title)) return { kind: 'individual', reason: `“${PERSONAL_TITLE.exec(title)?.[0] ?? ''}”是个人荣誉，原文没有写明是谁`, unsure: true };
  if (COLLECTIVE_BODY_TITLE.test(title) && s === '')
    return { kind: 'unit', reason: `“${COLLECTIVE_BODY_TITLE.exec(title)?.[0] ?? ''}”常授予科室或窗口，原文没有写明获得者，暂记为单位`, unsure: true };
  return { kind: 'unit', reason: s ? `主语“${s}”是单位本身` : '没有别的主语：单位本身', unsure: false };
}

/**
 * "全市档案系统“巾帼文明岗”（档案科）": a body or a person named in brackets after a quoted title
 * earned it. Returns the title without the bracket and who is named, or null when the bracket
 * names no one (a year, a level, a status, a document).
 */
export function bracketHolder(title: string, unitNames: readonly string[] = []): { title: string; holder: string; kind: 'subordinate' | 'individual' } | null {
  const m = /^(.{2,}?[”"」])\s*[（(]\s*([\u4e00-\u9fff“”"]{2,16})\s*[)）]$/.exec(title.trim());
  if (!m?.[1] || !m[2]) return null;
  const who = recipientOf(m[2], '', '', unitNames);
  if (who.kind === 'unit' || !who.name) return null;
  return { title: m[1], holder: m[2], kind: who.kind };
}

const COMMENDATION = /锦旗|感谢信|表扬信|牌匾|匾额|感谢状|通报表扬|批示表扬/;
// (金牌 before a post, 金牌客户经理, 金牌调解员, is a person's title, not a medal.)
// ("全国优秀公益广告作品": a work chosen as one of the best has won a prize: an award.)
const AWARD =
  /奖(?!励)|(?:优秀|精品)[\u4e00-\u9fff]{0,8}作品[”"]?$|优胜|冠军|亚军|季军|第[一二三1-3]名|金牌(?![\u4e00-\u9fff]{0,4}(?:经理|员|师|店长|导游|月嫂|管家))|银牌|铜牌|一等|二等|三等/;

export function categoryOf(title: string): { category: HonorCategory; reason: string } {
  const thanks = COMMENDATION.exec(title);
  if (thanks) return { category: 'commendation', reason: `“${thanks[0]}”是群众的表扬，不是荣誉` };
  const award = AWARD.exec(title);
  // 服务质量优胜单位: a 称号 for a collective; a contest's 优胜单位 (“安康杯”竞赛优胜单位) is a placing, an award.
  if (award && /^优胜$/.test(award[0]) && /优胜(?:单位|集体|班组|窗口|科室|个人)[”"]?$/.test(title) && !/竞赛|比赛|大赛|杯|评比|联赛|运动会/.test(title))
    return { category: 'title', reason: `“${/优胜[\u4e00-\u9fff]{2}$/.exec(title)?.[0] ?? ''}”：荣誉称号` };
  if (award) return { category: 'award', reason: `“${award[0]}”：奖项` };
  return { category: 'title', reason: '荣誉称号' };
}
