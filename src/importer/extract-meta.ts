// Who wrote the report, what it applies for, and when: unit name, kind, region, level sought
// and the report's date, each proposed with the line it was read from.
import { findChineseDates, parseChineseDate } from '../domain/chinese-date';
import { toIsoPartial } from '../domain/partial-date';
import type { Level, UnitKind } from '../domain/vocabulary';
import { lineOf } from './text-map';
import type { Block, DateProposal, Piece, Removal, UnitProposal } from './types';

/** Suffixes of organisation names, longest first. */
const ORG_SUFFIX =
  '党政机关|人民政府|居民委员会|村民委员会|居委会|村委会|管委会|人民医院|卫生院|医院|超市|商场|商厦|购物中心|酒店|宾馆|饭店|机关|街道办事处|街道|办事处|镇|乡|苏木|社区|嘎查|村|委员会|管理局|局|委|办公室|办|检察院|法院|学院|研究院|院|中学|小学|幼儿园|学校|大学|校|管理中心|服务中心|中心|有限公司|股份公司|公司|集团|分行|支行|银行|林场|农场|牧场|渔场|茶场|养殖场|厂|所|站|队|馆|管理段|养护段|工务段|机务段|电务段|车务段|储备库|粮库|监狱|合作社|协会|联合会|部|处|科|支部|党委';
// "湖阳县烟草专卖局（分公司）": a body's second name, in brackets after the first, ends the name too.
const ORG_END = new RegExp(`(?:${ORG_SUFFIX})(?:[（(][\u4e00-\u9fff]{0,6}(?:${ORG_SUFFIX})[)）])?$`);
const NAME_BEFORE_VERB = new RegExp(
  `^([^，,。；;：:“”"（(！!？?]{2,30}?(?:${ORG_SUFFIX}))(?:现有|位于|是|始建于|始建|成立于|成立|地处|坐落|共有|下设|内设|有|辖|创建|总结|全体)`,
);
const NAME_BEFORE_ALIAS = /([^，,。；;：:“”"（(]{2,30})[（(]以下简称/;
const PLACEHOLDER = /[XxＸｘ×＊*]{2,}/;

export interface UnitGuess extends UnitProposal {
  /** Evidence and doubts for the person checking. */
  notes: string[];
}

/** A 申报表's labelled line naming the unit: "单位名称：江北职业技术学院", "申报单位：…". */
const FORM_UNIT = /^\s*(?:单位名称|申报单位|单位全称|申报单位名称)\s*[:：]\s*([^\s，,。；;：:]{2,40})\s*$/;

export function guessUnit(title: Piece | null, subtitle: Piece | null, markerTitle: Piece | null, blocks: readonly Block[]): UnitGuess | null {
  const fromTitles: Array<{ name: string; line: number }> = [];
  // A 范文 page's label after 篇一 (交警大队创建…) names the unit more loosely than the report's own
  // title under it (东陵县公安局交通警察大队创建…): the label is tried last.
  for (const p of [subtitle === markerTitle ? null : subtitle, title, markerTitle]) {
    if (!p) continue;
    const labelled = FORM_UNIT.exec(p.text)?.[1];
    const name = labelled && ORG_END.test(labelled) ? labelled : nameInTitle(p.text);
    if (name) fromTitles.push({ name, line: lineOf(p) });
  }
  const fromBody: Array<{ name: string; line: number }> = [];
  for (const block of blocks.slice(0, 12)) {
    if (block.role !== 'paragraph') continue;
    const t = block.piece.text;
    // A 申报表's labelled line: "单位名称：江北职业技术学院".
    const label = FORM_UNIT.exec(t);
    if (label?.[1] && ORG_END.test(label[1])) fromBody.unshift({ name: label[1], line: lineOf(block.piece, label.index) });
    // "大家好！我代表城南中学全体师生…": a speech's greeting and 我代表 are not part of the name.
    const verb = NAME_BEFORE_VERB.exec(t.replace(/^[^，,。；;：:！!？?]{0,8}[！!，,]\s*/, ''));
    const spoken = verb?.[1]?.replace(/^(?:我们?|本人)?谨?代表/, '');
    if (spoken) fromBody.push({ name: spoken, line: lineOf(block.piece) });
    const alias = NAME_BEFORE_ALIAS.exec(t);
    if (alias?.[1]) {
      const name = alias[1].replace(/^.*(?:中|在|由|和|与|及|的)(?=[^中在由和与及的]{3,}$)/, '');
      if (ORG_END.test(name)) fromBody.push({ name, line: lineOf(block.piece, alias.index) });
    }
  }
  const titleName = fromTitles.find((c) => coreOf(c.name).length >= 2) ?? fromTitles[0];
  let chosen = titleName ?? fromBody[0];
  // The one body signing the report, in full, with the city and district in front: a township's
  // (河川市江安县石门乡人民政府 for 石门乡人民政府 or 石门乡) or a district's or county's government
  // (河川市江安县人民政府 for "江安县创建省级文明县城…"), which the title names short.
  const soleSigner = blocks.filter((b) => b.role === 'signature' && !/\d|[〇○零一二三四五六七八九十]{1,4}年|[XxＸｘ×＊*]年/.test(b.piece.text));
  const signedInFull = (short: string) => {
    const signer = soleSigner.length === 1 ? soleSigner[0] : undefined;
    const full = signer?.piece.text.trim() ?? '';
    const prefix = full.endsWith(short)
      ? full.slice(0, -short.length)
      : full.replace(/(?:人民政府|办事处)$/, '').endsWith(short)
        ? full.slice(0, full.replace(/(?:人民政府|办事处)$/, '').length - short.length)
        : null;
    return signer && prefix && /(?:人民政府|办事处)$/.test(full) && /^(?:[\u4e00-\u9fff]{2,4}(?:市|州|盟|地区|县|区|旗)){1,2}$/.test(prefix)
      ? { name: full, line: lineOf(signer.piece) }
      : undefined;
  };
  const place = title ? /^([\u4e00-\u9fff]{2,6}(?:区|县|旗))(?:创建|争创|申报)/.exec(title.text.trim())?.[1] : undefined;
  if (!chosen && place) chosen = signedInFull(place);
  if (!chosen) return null;
  // The body often gives the full name of what the title shortens: 鱼塘镇 → 鱼塘镇党政机关.
  // So does the signature, when one body signs: 平岭瑶族乡 in the title, 平岭瑶族乡人民政府 under
  // the report. Signed by the Party committee and the government together, the report speaks
  // for both, and neither name alone is the unit's.
  const signers = blocks
    .filter((b) => b.role === 'signature' && !/\d|[〇○零一二三四五六七八九十]{1,4}年|[XxＸｘ×＊*]年/.test(b.piece.text))
    .map((b) => ({ name: b.piece.text.trim(), line: lineOf(b.piece) }));
  const fromSignature = signers.filter(
    (c) =>
      signers.length === 1 &&
      chosen &&
      c.name.startsWith(chosen.name) &&
      ((/(?:镇|乡|街道)$/.test(chosen.name) && /^(?:人民政府|党政机关|办事处)$/.test(c.name.slice(chosen.name.length))) ||
        // A 社区 signed by its 居民委员会 is named by it (a 村 keeps its own name: holdout2).
        (/社区$/.test(chosen.name) && /^(?:居民委员会|居委会)$/.test(c.name.slice(chosen.name.length)))),
  );
  // "澜江市云岗区东濠街道…中心" in the title, "云岗区东濠街道…中心" signing: the city in front is where
  // the unit is, not part of its name; the signature's name is the unit's own.
  const cityless = signers.find(
    (c) =>
      signers.length === 1 &&
      chosen &&
      c.name.length >= 6 &&
      chosen.name.endsWith(c.name) &&
      // ("XX市XX区XX街道…居委会": a city and a district in front, both where the unit is.)
      /^(?:(?:[\u4e00-\u9fff]{2,4}|[XxＸｘ×＊*]{2,3})(?:市|地区|自治州|州|盟|县|区|旗)){1,2}$/.test(chosen.name.slice(0, -c.name.length)),
  );
  if (cityless) chosen = cityless;
  // "XX市XX区XX街道XX社区居民委员会" signed "XX社区居民委员会": the city in front is where the unit is and goes;
  // the district and the 街道 (镇, 乡), which the short signature leaves out too, stay (holdout5, 6).
  const placeOnly =
    /^(?:[\u4e00-\u9fff]{2,4}|[XxＸｘ×＊*]{2,3})(?:市|地区|自治州|州|盟)(?=(?:[\u4e00-\u9fff]{2,4}|[XxＸｘ×＊*]{2,3})(?:区|县|旗)(?:[\u4e00-\u9fff]{2,6}|[XxＸｘ×＊*]{2,3})(?:街道|镇|乡))/.exec(
      chosen.name,
    );
  if (!cityless && placeOnly && signers.length === 1 && signers.some((c) => c.name.length >= 6 && chosen?.name.endsWith(c.name) && c.name !== chosen.name))
    chosen = { ...chosen, name: chosen.name.slice(placeOnly[0].length) };
  const longer =
    fromBody.find((c) => c.name !== chosen?.name && c.name.startsWith(chosen?.name ?? '') && c.name.length <= (chosen?.name.length ?? 0) + 6) ??
    // The full name ends with the title's short one, the bodies above it in front:
    // 国家税务总局某市某区税务局城东税务分局 for 城东税务分局 (only a name of four characters or more).
    fromBody.find((c) => titleName && c.name !== chosen?.name && (chosen?.name.length ?? 0) >= 4 && c.name.endsWith(chosen?.name ?? '')) ??
    fromSignature[0] ??
    (/(?:镇|乡|街道)(?:人民政府|办事处)?$/.test(chosen.name) ? signedInFull(chosen.name) : undefined);
  const shortFromTitle = chosen.name;
  if (longer) chosen = longer;
  const name = chosen.name;
  const notes: string[] = [];
  const shortName = shorten(longer ? shortFromTitle : name);
  if (PLACEHOLDER.test(name)) notes.push(`单位名称含占位符（${name}），原文隐去了地名：请改成真实名称，或确认以匿名发布`);
  else if (coreOf(name).length < 2) notes.push(`单位名称“${name}”不完整，地名可能被删去：请补全`);
  return { name, shortName, kind: kindOf(name), region: [], line: chosen.line, notes };
}

function nameInTitle(text: string): string | null {
  // "关于推荐××村创建…的情况报告": a letter about the unit (sent up by the level above) names it after 关于推荐.
  const t = text.replace(/^[—\-－\s]+/, '').replace(/^关于(?:推荐|申报|呈报|上报|报送|报请)/, '');
  // "宁川县人民医院：以文明创建擦亮…": a news headline names the unit before its colon.
  const headline = /^([^:：，,。“”"]{2,30})[:：]/.exec(t)?.[1]?.trim();
  if (headline && ORG_END.test(headline)) return headline;
  const m = /^(.{2,30}?)(?:创建|争创|申报|关于|[12]\d{3}年|二[〇○零]|精神文明建设|文明建设|文明创建|工作汇报|工作总结|汇报材料|先进事迹|事迹)/.exec(t);
  // "石桥村文明村创建…": the name stops before the title it seeks.
  // "…支公司文明单位复查工作汇报": and before the step it reports (复查, 验收, 测评).
  const candidate = m?.[1]?.trim().replace(/(?:县级|市级|省级|区级|全国)?(?:最佳)?文明(?:单位|机关|校园|村镇|村|镇|社区|窗口)(?:复查|验收|测评|检查)?$/, '');
  // "安平县市场监督管理局" over "创建县级文明单位工作汇报": a title line that is the unit's name alone.
  // (Its place may be a placeholder: "XX县市场监督管理局".)
  if (!m && t.length <= 30 && /^[\u4e00-\u9fff（）()XxＸｘ×＊*]+$/.test(t.trim()) && ORG_END.test(t.trim())) return t.trim();
  if (!candidate) return null;
  // "以“税”为媒传文明——城东税务分局创建…": a slogan before a dash (or a bar: 奋进新征程 | …), the unit after it.
  const afterDash =
    candidate
      .split(/—{1,2}|－{1,2}|-{2}|\s*[|｜]\s*/)
      .at(-1)
      ?.trim() ?? '';
  if (afterDash !== candidate && afterDash.length >= 2) return ORG_END.test(afterDash) ? afterDash : null;
  return ORG_END.test(candidate) ? candidate : null;
}

/** The name without its kind suffix: XX镇党政机关 → XX镇 → XX. */
function coreOf(name: string): string {
  return shorten(name)
    .replace(/[XxＸｘ×＊*]/g, '')
    .replace(ORG_END, '');
}

function shorten(name: string): string {
  const short = name.replace(/(?:党政机关|机关|党委政府)$/, '');
  return short.length >= 2 ? short : name;
}

export function kindOf(name: string): UnitKind {
  if (/医院|卫生院|卫生服务中心|妇幼保健/.test(name)) return '医院';
  if (/学校|中学|小学|幼儿园|大学|学院|职校|校$/.test(name)) return '学校';
  if (/公司|集团|厂$|银行|分行|支行|酒店|商场/.test(name)) return '企业';
  if (/社区|村$|嘎查$|居委会|村委会/.test(name)) return '社区/村';
  if (/党政机关|机关|政府|局$|委$|办$|办公室|镇$|乡$|苏木$|街道|法院|检察院|人大|政协|部$/.test(name)) return '党政机关';
  if (/中心|站$|所$|馆$|院$|队$|台$/.test(name)) return '事业单位';
  return '其他';
}

// --- Region -------------------------------------------------------------------------------

const PROVINCE =
  /(北京|天津|上海|重庆)市|(河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省|(内蒙古|广西|西藏|宁夏|新疆)(?:自治区)?/g;
const NOT_NAME_START = /[获是在为的了和到全本该我各市省县区城于由被向从对与及、，,“”"年月日个第镇乡村]/;
const NOT_COUNTY =
  /(?:城|园|社|开发|辖|景|灾|山|地|小|片|市|校|牧|矿|老|全|本|该|各|县|郊|新|城乡|湾|保护|库|功能|示范|试验|经济|工业|高新|产业|商|学|住宅|营)$/;

export interface RegionGuess {
  region: string[];
  evidence: string;
}

export function guessRegion(text: string, unitName: string): RegionGuess | null {
  const provinces = new Map<string, number>();
  for (const m of text.matchAll(PROVINCE)) bump(provinces, m[0]);
  const cities = placeCounts(text, '市');
  const counties = new Map([...placeCounts(text, '区'), ...placeCounts(text, '县')]);
  const province = top(provinces);
  const city = top(cities);
  // A municipal unit (市住房公积金管理中心) is not located by the districts it mentions.
  const municipal = /^市/.test(unitName);
  const county = municipal ? null : top(counties, 2);
  const region = [province, city, county].filter((x): x is [string, number] => x !== null);
  if (region.length === 0) return null;
  return { region: region.map(([n]) => n), evidence: region.map(([n, c]) => `${n}（${c}次）`).join('、') };
}

/** Words before 市/区/县 that are not place names: 按照市文明委, 全市. */
const NOT_PLACE = /^(?:按照|根据|依照|遵照|对照|关于|通过|经过|全体|所在|城乡|本地|当地|外地|各地|全面|参加|组织|召开|开展|及时|深入|进入|走进)$/;

/**
 * Place names before 市/区/县. A name is 2 characters (泸州市) unless the same 3 characters
 * recur often enough to be a 3-character name (龙马潭区), which one-off prefixes (得泸州市) do not.
 */
function placeCounts(text: string, suffix: '市' | '区' | '县'): Map<string, number> {
  const two = new Map<string, number>();
  const three = new Map<string, number>();
  const re = new RegExp(`([\\u4e00-\\u9fff]{2,4})${suffix}`, 'g');
  for (const m of text.matchAll(re)) {
    const run = m[1] ?? '';
    const next = text[(m.index ?? 0) + (m[0]?.length ?? 0)] ?? '';
    // 市委, 市场, 市民, 区委, 县城…: not place names.
    if (suffix === '市' && '委场民政直级属内外长区县域中'.includes(next)) continue;
    if (suffix !== '市' && '委政长域级属内外'.includes(next)) continue;
    const a = run.slice(-2);
    if (a.length === 2 && ![...a].some((c) => NOT_NAME_START.test(c)) && !NOT_PLACE.test(a) && !NOT_COUNTY.test(a)) bump(two, a);
    const b = run.slice(-3);
    if (b.length === 3 && ![...b].some((c) => NOT_NAME_START.test(c)) && !NOT_COUNTY.test(b)) bump(three, b);
  }
  const counts = new Map<string, number>();
  for (const [name, c] of three) {
    const shorter = name.slice(1);
    if (c >= 2 && c * 2 >= (two.get(shorter) ?? 0)) {
      bump(counts, name + suffix, c);
      two.delete(shorter);
    }
  }
  for (const [name, c] of two) bump(counts, name + suffix, c);
  return counts;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function top(map: Map<string, number>, min = 1): [string, number] | null {
  let best: [string, number] | null = null;
  for (const entry of map) if (entry[1] >= min && (!best || entry[1] > best[1])) best = entry;
  return best;
}

// --- Level sought ----------------------------------------------------------------------------

const SEEKS =
  /(?:创建|申报|争创|创|申请)(全国|国家级|省级|市级|县级|区级|旗级|州级|盟级|[省市县区]级?)?(最佳)?(文明单位|文明机关|文明校园|文明村镇|文明村|文明镇|文明社区|文明行业|文明窗口|文明示范单位)/;

export function levelOf(word: string): Level | null {
  if (/全国|国家/.test(word)) return '全国';
  if (word.startsWith('省')) return '省级';
  if (word.startsWith('市')) return '市级';
  if (word.startsWith('县') || word.startsWith('旗')) return '县级';
  if (word.startsWith('州') || word.startsWith('盟')) return '市级';
  if (word.startsWith('区')) return '区级';
  return null;
}

export function guessSeeks(texts: ReadonlyArray<{ text: string; line: number }>): { level: Level; title: string; line: number } | null {
  for (const { text, line } of texts) {
    const m = SEEKS.exec(text);
    const level = m?.[1] ? levelOf(m[1]) : null;
    if (m && level) return { level, title: `${m[2] ?? ''}${m[3] ?? ''}`, line };
  }
  return null;
}

// --- Date ----------------------------------------------------------------------------------

const TRAILING_DATE =
  /((?:\d{4}|[〇○零一二三四五六七八九OＯ]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?)$/;

/** A page's posting date in its meta line (时间:2022-06-18 09:32) or a WeChat header (原创 账号 2022-09-14 17:30). */
const POSTED = /(?:^原创\s|(?:发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*|\s)((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?=\s|$)/;

/** A report's title (汇报, 总结…) or a collection page's (范文, 精选2篇): posted by others, dated by its 落款 only. */
const REPORT_TITLE = /汇报|总结|材料|报告|范文|精选|[篇份]/;

/**
 * The report's date: its signature, a date at the very end, or one in the title block. An article
 * that is itself the publication has no 落款 and is dated by its posting line (removed as debris):
 * a WeChat post the account marks 原创, or a news story (记者, 通讯员) whose title names no report.
 * A report reposted on a site keeps no date from the site: the posting date is not the report's.
 */
export function guessDate(blocks: readonly Block[], titles: ReadonlyArray<Piece | null>, removed: readonly Removal[] = []): DateProposal | null {
  const found = dateInText(blocks, titles);
  if (found) return found;
  const title = titles.map((p) => p?.text ?? '').join(' ');
  const news = !REPORT_TITLE.test(title) && [...removed.map((r) => r.text), ...blocks.map((b) => b.piece.text)].some((t) => /记者|通讯员/.test(t));
  for (const r of removed) {
    if (r.op !== 'web-debris') continue;
    const line = r.text.trim();
    const m = POSTED.exec(line);
    if (!m?.[1] || !(/^原创\s/.test(line) || (news && /时间|日期/.test(line)))) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { iso, text: m[0].trim(), line: r.line, source: 'page' };
  }
  return null;
}

function dateInText(blocks: readonly Block[], titles: ReadonlyArray<Piece | null>): DateProposal | null {
  for (const block of [...blocks].reverse()) {
    if (block.role !== 'signature') continue;
    const text = block.piece.text.replace(/\s/g, '');
    const date = parseChineseDate(text);
    if (date) return { iso: toIsoPartial(date), text, line: lineOf(block.piece), source: 'signature' };
    // "西山发电有限责任公司 2020年11月20日": the signing unit and the date on one line.
    const tail = TRAILING_DATE.exec(text);
    const tailDate = tail?.[1] ? parseChineseDate(tail[1]) : null;
    if (tail?.[1] && tailDate) return { iso: toIsoPartial(tailDate), text: tail[1], line: lineOf(block.piece), source: 'signature' };
  }
  // A date in brackets under the title: （2022年6月）.
  for (const block of blocks.filter((b) => b.role === 'dateline')) {
    const inner = /^[（(]\s*([^（）()]{6,16})\s*[)）]$/.exec(block.piece.text.trim())?.[1];
    const date = inner ? parseChineseDate(inner.replace(/\s/g, '')) : null;
    if (inner && date) return { iso: toIsoPartial(date), text: inner, line: lineOf(block.piece), source: 'title' };
    // A bulletin's masthead: XX社区居委会编印　2023年6月30日.
    const flat = block.piece.text.replace(/\s/g, '');
    const tail = TRAILING_DATE.exec(flat);
    const tailDate = tail?.[1] ? parseChineseDate(tail[1]) : null;
    if (tail?.[1] && tailDate?.month !== undefined)
      return { iso: toIsoPartial(tailDate), text: tail[1], line: lineOf(block.piece, block.piece.text.lastIndexOf(tail[1].slice(0, 4))), source: 'title' };
  }
  const last = [...blocks].reverse().find((b) => b.role === 'paragraph');
  const tail = last ? TRAILING_DATE.exec(last.piece.text) : null;
  if (last && tail?.[1]) {
    const date = parseChineseDate(tail[1]);
    if (date) return { iso: toIsoPartial(date), text: tail[1], line: lineOf(last.piece, tail.index), source: 'signature' };
  }
  for (const p of titles) {
    if (!p) continue;
    const found = findChineseDates(p.text).find((d) => d.date.month !== undefined);
    if (found) return { iso: toIsoPartial(found.date), text: found.text, line: lineOf(p, found.index), source: 'title' };
  }
  return null;
}

/** The latest year the text mentions, as a hint for an undated report. */
export function latestYear(text: string): number | null {
  const years = findChineseDates(text)
    .map((d) => d.date.year)
    .filter((y) => y <= new Date().getFullYear());
  return years.length > 0 ? Math.max(...years) : null;
}
