import { findInView, overlapsSorted } from './scan-view';

// Personal data in report prose (个人信息保护法): ID numbers, phone numbers, bank cards and
// the names of aid recipients (特困户陈桂珍老人), which are sensitive personal information.
// Pure and conservative: every finding is checked (checksum, birth date, Luhn, context) so
// a number or a name is flagged only when it very likely is one.

export type PiiKind = 'id-number' | 'mobile' | 'landline' | 'bank-card' | 'aid-recipient';

export interface PiiFinding {
  kind: PiiKind;
  /** The matched text as written. */
  text: string;
  /** Offset of `text` in the scanned text. */
  index: number;
  /** What may be published instead: 510***********1234, 138****5678, 陈某某. */
  masked: string;
  /** Why it was flagged and what to do, for office staff. */
  hint: string;
}

/**
 * Finds personal data, left to right, without overlaps (an ID number is not also a bank card).
 * Reads the text as a reader sees it (full-width digits, split numbers, invisible characters:
 * src/domain/scan-view.ts); `index` and `text` are the original's.
 */
export function findPii(text: string): PiiFinding[] {
  return findInView(text, findPiiInView);
}

function findPiiInView(text: string): PiiFinding[] {
  // Kept sorted by index, so each new finding is checked for overlap by binary search.
  const found: PiiFinding[] = [];
  const add = (finding: PiiFinding) => {
    if (overlapsSorted(found, finding.index, finding.index + finding.text.length)) return;
    let low = 0;
    let high = found.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((found[mid]?.index ?? 0) < finding.index) low = mid + 1;
      else high = mid;
    }
    found.splice(low, 0, finding);
  };
  for (const scan of [scanIdNumbers, scanBankCards, scanMobiles, scanLandlines, scanAidRecipients]) {
    for (const finding of scan(text)) add(finding);
  }
  return found;
}

// --- ID numbers (GB 11643-1999) -------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CODES = '10X98765432';

/** True for an 18-character ID number whose check character and birth date are valid. */
export function isValidIdNumber(id: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(id)) return false;
  // Province codes run from 11 (北京) to 82 (澳门).
  const province = Number(id.slice(0, 2));
  if (province < 11 || province > 82) return false;
  if (!plausibleBirthDate(id.slice(6, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(id[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CODES[sum % 11] === id[17]?.toUpperCase();
}

function plausibleBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || year > new Date().getFullYear()) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function* scanIdNumbers(text: string): Generator<PiiFinding> {
  for (const match of text.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)) {
    if (!isValidIdNumber(match[0])) continue;
    yield {
      kind: 'id-number',
      text: match[0],
      index: match.index,
      masked: `${match[0].slice(0, 3)}${'*'.repeat(11)}${match[0].slice(14)}`,
      hint: '身份证号码（校验位有效）：不得公开，请删除或改为“***”',
    };
  }
}

// --- Bank cards (Luhn) ----------------------------------------------------------------

/** Luhn check over a digit string. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function* scanBankCards(text: string): Generator<PiiFinding> {
  // 16–19 digits, plain or in groups of four; issuers' first digits are 3–6 (62 is UnionPay).
  const pattern = /(?<![0-9A-Za-z])(?:[3-6]\d{15,18}|[3-6]\d{3}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?)(?![0-9A-Za-z])/g;
  for (const match of text.matchAll(pattern)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (digits.length < 16 || digits.length > 19 || !passesLuhn(digits)) continue;
    if (digits.length === 18 && isValidIdNumber(digits)) continue;
    yield {
      kind: 'bank-card',
      text: match[0],
      index: match.index,
      masked: `${digits.slice(0, 4)}${'*'.repeat(digits.length - 8)}${digits.slice(-4)}`,
      hint: '银行卡号（通过 Luhn 校验）：不得公开，请删除',
    };
  }
}

// --- Phone numbers ---------------------------------------------------------------------

function* scanMobiles(text: string): Generator<PiiFinding> {
  const pattern = /(?<![0-9A-Za-z])(?:\+?86[ -]?)?1[3-9]\d(?:\d{8}|[ -]\d{4}[ -]\d{4})(?![0-9A-Za-z])/g;
  for (const match of text.matchAll(pattern)) {
    if (isAmount(text, match.index, match[0].length)) continue;
    const digits = match[0].replace(/\D/g, '').slice(-11);
    yield {
      kind: 'mobile',
      text: match[0],
      index: match.index,
      masked: `${digits.slice(0, 3)}****${digits.slice(7)}`,
      hint: '手机号码：属于个人信息，公开前须本人同意；一般应删除',
    };
  }
}

/** 13800138000元, ￥13800138000: an amount of money or a quantity, not a phone number. */
const UNIT_AFTER = /^(?:\.\d+)?(?:多|余|万|亿|千|百|元|块|吨|米|斤|亩|户|人|名|次|个|件|台|辆|座|所|册|株|棵|平方|公里|千克|公斤|kg|m|t)/i;
function isAmount(text: string, index: number, length: number): boolean {
  return UNIT_AFTER.test(text.slice(index + length, index + length + 4)) || /[￥¥$]\s*$/.test(text.slice(Math.max(0, index - 2), index));
}

function* scanLandlines(text: string): Generator<PiiFinding> {
  // 0830-1234567, 028－87654321, (0830)1234567, 0830—1234567-801.
  const pattern = /(?<![0-9A-Za-z])(?:[(（]0\d{2,3}[)）]\s?|0\d{2,3}[-－—–\s])[2-9]\d{6,7}(?:[-－转]\d{1,5})?(?![0-9A-Za-z])/g;
  for (const match of text.matchAll(pattern)) {
    yield {
      kind: 'landline',
      text: match[0],
      index: match.index,
      masked: `${match[0].slice(0, Math.max(0, match[0].length - 4))}****`,
      hint: '固定电话：单位办公电话可以公开，个人或家庭电话须删除；请核对',
    };
  }
}

// --- Aid recipients ------------------------------------------------------------------

/** Words naming someone who receives aid; a name right before or after one is sensitive. */
const AID_WORDS = [
  '建档立卡贫困户',
  '特困供养人员',
  '特困人员',
  '特困户',
  '特困职工',
  '特困群众',
  '特困老人',
  '特困患者',
  '低保户',
  '低保对象',
  '低保老人',
  '五保户',
  '五保老人',
  '贫困户',
  '困难户',
  '困难群众',
  '困难职工',
  '困难党员',
  '困难家庭',
  '帮扶对象',
  '救助对象',
  '孤寡老人',
  // Living alone, or gravely ill: a vulnerable person whose name goes with health or aid facts.
  '独居老人',
  '空巢老人',
  '重病患者',
  '大病患者',
  '重病职工',
  '留守儿童',
  '残疾人',
  '贫困学生',
  '贫困生',
];
const AID_PATTERN = new RegExp(AID_WORDS.join('|'), 'g');

/** Common surnames (about 97% of the population); compound ones first. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯'];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
/** Whether a name opens with a common surname (王, 欧阳) and is not a function word (在, 和). */
export function opensWithSurname(name: string): boolean {
  if (COMPOUND_SURNAMES.some((c) => name.startsWith(c))) return true;
  const first = name[0] ?? '';
  return first !== '' && SURNAMES.includes(first) && !WORD_SURNAMES.includes(first);
}
/** Words for a person that follow a name in reports (王德明同志, 陈桂珍老人). */
const PERSON_WORDS = '同志|老人|老汉|老太|大爷|大娘|大妈|大叔|大婶|奶奶|爷爷|阿姨|婆婆|女士|先生|师傅|一家|夫妇|母子|父子|母女|父女|同学|小朋友';
/** Characters that end a name: the words that follow names in reports. */
const AFTER_NAME = new RegExp(`^(?:${PERSON_WORDS}|家庭|家中|家里|[，,、。；;：:（()）\\s”"等家的]|$)`);
/**
 * Right after the aid word (低保老人王桂珍联系了…), a name may also be ended by what was done
 * for or by the person.
 */
const AFTER_NAME_DIRECT = new RegExp(
  `^(?:${PERSON_WORDS}|家庭|家中|家里|[，,、。；;：:（()）\\s”"等家的]|$|联系|送|解决|办理|申请|领取|提供|安排|享受|获得|落实|购买|修缮|改造|发放|上门|度过|居住|患有|患|因病|因残|独自|独居|年过|今年|已经|长期|常年|一直|生活|住进|住上|领到|拿到|过上|重新|感激|激动|说|捐款|捐助|捐资)`,
);
/** Surnames that are also common function words. */
const WORD_SURNAMES = '和于向时成明全应单将同令以由为在把被给让使到从对与及自上下中高常安文方';
const AFTER_NAME_PERSON = new RegExp(`^(?:${PERSON_WORDS})`);
/** Characters that cannot be part of a given name here. */
const NOT_NAME_CHAR = /[的了在和与及等为对把被给向从到是有这那个们一二三四五六七八九十百千万户人元年月日村镇社区家老送修慰问捐帮扶救助困难特低保共计其中名位]/;
/** Titles written after a surname (王书记同志): a public office, not a private person. */
const OFFICE = /^(?:书记|主任|局长|镇长|乡长|县长|区长|市长|村长|站长|所长|校长|院长|部长|主席|经理|委员|科长|股长|队长|组长|干部|老师|医生)/;
/** Between an aid word and the name it introduces: 帮扶对象、村民王德明同志; 低保户中的刘建华老人. */
const WINDOW = 14;
/** A clause ends at these: a name beyond them belongs to another statement. */
const CLAUSE_END = /[。！？!?；;\n]/;

function* scanAidRecipients(text: string): Generator<PiiFinding> {
  for (const match of text.matchAll(AID_PATTERN)) {
    const after = match.index + match[0].length;
    const name = nameAt(text, after, false, true);
    if (name) yield aidFinding(name, after, match[0]);
    else yield* namesIntroducedAfter(text, after, match[0]);
    const before = nameBefore(text, match.index);
    if (before) yield aidFinding(before.name, before.index, match[0]);
    for (const named of namesCalledAid(text, match.index)) yield aidFinding(named.name, named.index, match[0]);
  }
}

/** 结对帮扶对象、村民王德明同志；困难户——残疾人张国强，: a name a few words after the aid word. */
function* namesIntroducedAfter(text: string, from: number, word: string): Generator<PiiFinding> {
  for (let index = from + 1; index < Math.min(text.length, from + WINDOW); index += 1) {
    if (CLAUSE_END.test(text[index - 1] ?? '')) return;
    // The name starts a word: after punctuation, or after a word for a person or a verb.
    if (!/[，,、：:（(“"\s—－-]|[民工主员象生人是为有叫名户中的老]/.test(text[index - 1] ?? '')) continue;
    const name = nameAt(text, index, true);
    if (name) {
      yield aidFinding(name, index, word);
      return;
    }
  }
}

/** 王德明同志是我单位结对帮扶的低保户: a name, then 是/系/为 and the aid word in the same clause. */
function namesCalledAid(text: string, wordIndex: number): { name: string; index: number }[] {
  // Only the few characters before the aid word: a name belongs to the same short clause.
  const windowStart = Math.max(0, wordIndex - 24);
  const before = text.slice(windowStart, wordIndex);
  const clauseStart = windowStart + Math.max(0, ...[...'。！？!?；;，,\n'].map((c) => before.lastIndexOf(c) + 1));
  const clause = text.slice(clauseStart, wordIndex);
  const found: { name: string; index: number }[] = [];
  const pattern = new RegExp(`(?:${PERSON_WORDS})?(?:是|系|为|作为|属于|属|成为|被列为|列为|纳入)`, 'g');
  for (const verb of clause.matchAll(pattern)) {
    for (const length of [4, 3, 2]) {
      const start = verb.index - length;
      if (start < 0) continue;
      const candidate = clause.slice(start, verb.index);
      const boundary = clause[start - 1] ?? '';
      if (boundary !== '' && !/[，,、。；;：:（(“"\s]/.test(boundary)) continue;
      if (nameAt(`${candidate}，`, 0) === candidate) {
        found.push({ name: candidate, index: clauseStart + start });
        break;
      }
    }
  }
  return found;
}

function aidFinding(name: string, index: number, word: string): PiiFinding {
  const surname = COMPOUND_SURNAMES.find((s) => name.startsWith(s)) ?? name.slice(0, 1);
  return {
    kind: 'aid-recipient',
    text: name,
    index,
    masked: surname + '某'.repeat(Math.max(1, [...name].length - [...surname].length)),
    hint: `“${word}”的姓名属于敏感个人信息：未经本人书面同意不得公开，应写作“${surname}某某”（只隐去一个字，如“${surname}某明”，仍能认出本人）`,
  };
}

/**
 * A 2–3 (or compound 3–4) character name at `index`, ended by a word that follows names.
 * `strict`: only a word for a person ends it (同志, 老人), for names found further from the aid word.
 * A name masked with 某 in every place of its given name (陈某某, 陈某) is the published form;
 * one masked by half (刘某明, 刘明某) still names the person.
 */
function nameAt(text: string, index: number, strict = false, direct = false): string | null {
  const rest = text.slice(index, index + 6);
  const surname = COMPOUND_SURNAMES.find((s) => rest.startsWith(s)) ?? (SURNAMES.includes(rest[0] ?? '\u0000') ? rest[0] : undefined);
  if (surname === undefined) return null;
  // 和, 于, 向… are surnames but far more often words ("特困群众和学生"): then only a word for a person confirms a name.
  const after = strict || WORD_SURNAMES.includes(surname) ? AFTER_NAME_PERSON : direct ? AFTER_NAME_DIRECT : AFTER_NAME;
  for (const givenLength of [2, 1]) {
    const given = rest.slice(surname.length, surname.length + givenLength);
    if (given.length !== givenLength || ![...given].every(isGivenNameChar) || OFFICE.test(rest.slice(surname.length))) continue;
    // A short window: the words after a name are short, and slicing the rest of a long line per candidate would be quadratic.
    if (!after.test(text.slice(index + surname.length + givenLength, index + surname.length + givenLength + 6))) continue;
    if ([...given].every((ch) => ch === '某')) return null;
    return surname + given;
  }
  return null;
}

/** A name written just before the aid word and 等: 陈桂珍等困难户, 张秀英等5户特困户. */
function nameBefore(text: string, wordIndex: number): { name: string; index: number } | null {
  // Only with 等 in between: "陈桂珍等困难户"; a bare word before the aid word is rarely a name (关心困难群众).
  const between = /等(?:\d+|[一二三四五六七八九十两几]+)?(?:户|名|人|位|个)?$/.exec(text.slice(Math.max(0, wordIndex - 6), wordIndex));
  if (!between) return null;
  const end = wordIndex - between[0].length;
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start < 0) continue;
    const candidate = text.slice(start, end);
    const boundary = text[start - 1] ?? '';
    // The name must start a word: after punctuation or a verb such as 慰问/帮扶/给.
    if (boundary !== '' && !/[，,、。；;：:（(“"\s对给为向了问扶望访]/.test(boundary)) continue;
    if (nameAt(candidate + '，', 0) === candidate) return { name: candidate, index: start };
  }
  return null;
}

function isGivenNameChar(ch: string): boolean {
  return /[\u4e00-\u9fff]/.test(ch) && !NOT_NAME_CHAR.test(ch);
}
