// Numbers stripped by a republisher: "投资万元", "奖励元", "年产仔猪头以上", "达%", a sentence
// starting with a bare comma where a year was ("。，镇党委修订…"), "——" left of "2003年——2006年".
import { locate } from './text-map';
import type { Piece, Warning } from './types';

interface Rule {
  re: RegExp;
  hint: (match: string) => string;
  /** Accepts or rejects a match (e.g. 近万元 is a number). */
  ok?: (m: RegExpMatchArray) => boolean;
}

const MONEY_WORDS =
  '投资|投入|奖励|资金|罚没款|罚款|筹资|集资|捐款|捐资|捐助|补助|补贴|收入|总值|产值|经费|发放|金额|价值|合计|共计|累计|增加|节约|节省|花费|支出|资助|奖金|折合人民币|人民币|达到|达|共|计';
/** Characters that make a word with a count word after them: 案件, 层次, 时期, 各项, 平方公里. */
const COMMON_WORDS: Readonly<Record<string, string>> = {
  件: '案文条事信邮证稿部软硬物配附要构组零',
  次: '层档名班车依再首多屡其此这历逐批场人主渐席位频',
  期: '时长近同学周假定初后中按如到逾分星预汛活工刑早晚末',
  个: '各整这那每单几一',
  项: '事各强选款逐单立弱要专',
  篇: '全开长短诗',
  台: '平舞讲柜电阳后前站擂务窗吧灶',
  辆: '车',
  座: '讲宝就满',
  处: '各到随好之远近住办去长短大深难害用益出相',
  支: '开收透分超预',
  公里: '方',
  千米: '方',
  户: '农住用商客散门窗账落入到各困贫难保庭属业专孤残首大小旧新病危租债',
  起: '一发崛兴引唤缘提升挑掀建做算看比对了不经想说谈早晨崛奋群站竖立拿抓扛托捡拾收叠',
  条: '一面纸金线链字便信教逐苗头枝油柳鞭规法律各',
  吨: '公',
  人: '个老家本他工世主名军商病成族亲友客能新达证众',
  份: '股省身月年部成充备缘辈名本月',
};
const RULES: readonly Rule[] = [
  {
    // ("发放“助业贷”万元": the money's name in quotes between the verb and the unit.)
    re: new RegExp(`(?:${MONEY_WORDS})(?:了)?(?:“[^“”]{1,12}”)?(近|约|上)?(元|万元|亿元|千元|百元)`, 'g'),
    // 近万元 and 上万元 are numbers ("nearly / over ten thousand"); 约万元 has lost its digits.
    ok: (m) => !(m[1] && m[1] !== '约' && /^[万亿千百]/.test(m[2] ?? '')),
    hint: (s) => `“${s}”缺少数字：金额可能被删去，请按原件补上`,
  },
  {
    re: /(?<=[\u4e00-\u9fff])(?<![\d〇零一二两三四五六七八九十百千万亿几数多余个每整成])(头|户|亩|平方米|千米|公里|人次)(以上|左右|多)/g,
    hint: (s) => `“${s}”缺少数字：数量可能被删去，请按原件补上`,
  },
  {
    // "约公里", "约万平方米", "藏书约册", "辐射周边约公里": a qualifier with no number after it.
    re: /(?<![\d〇零一二两三四五六七八九十百千万亿几数多余])(?:约|大约|近|达到?|共计?|合计|累计|超过|逾|全长|总长|面积|占地|占地面积)(?:万|千|百|亿)?(?:平方公里|平方千米|平方米|立方米|公里|千米|公顷|亩|人次|册|吨)/g,
    ok: (m) => !/^(?:近|逾)[万千百亿]/.test(m[0]),
    hint: (s) => `“${s}”缺少数字：数量可能被删去，请按原件补上`,
  },
  {
    // "服务人口约万人" (近万人 is a number, 约万人 has lost its digits; so has "减少开支约万元"), "上缴利税多万元" (多 with no number before it),
    // "铺设供水管网公里", "硬化村道米" (works told with the length gone).
    re: /约万(?:人次|人|户|名)(?=[，,。；;、]|$)|(?<![节制签合预])约[万亿]元|(?:利税|税收|收入|产值|投资|投入|资金|经费|捐款|补助|补贴|节约|节省|合计|共计|累计)多(?:万|亿|千)元|(?:铺设|新建|新修|修建|硬化|改造|建成|铺装|敷设|延伸)[\u4e00-\u9fff]{1,6}?(?<![〇零一二两三四五六七八九十百千万亿几数多余平方立厘毫])(?:公里|千米|米)(?=[，,。；;、]|$)/g,
    hint: (s) => `“${s}”缺少数字：数量或金额可能被删去，请按原件补上`,
  },
  {
    // "签约居民达人", "开展活动达场次": 达 with the number gone before a count word.
    // "评选“最美家庭”共户": after a closing quote too, and 共 alone.
    // "参保人数达万人": a bare 万 or 千 left of the count word is no number either.
    re: /(?<=[\u4e00-\u9fff”"」])(?:达到?|共有|共计|共)(?:万|千)?(?:场次|小时|人|户|名|场|次|期|项|件|个|家|篇|台|辆|座|处)(?=[，,。；;、]|$)/g,
    hint: (s) => `“${s}”缺少数字：数量可能被删去，请按原件补上`,
  },
  {
    // "辖个行政村", "下设个科室", "对辖区栋居民楼": what the unit has, with the number gone before the count word.
    re: /(?:下辖|管辖|辖有|辖区|辖|下设|内设|设有|共有)(?:个|名|户|所|座|支|栋|幢)(?![人体性别称单额义有以属在长庭])(?=[\u4e00-\u9fff])/g,
    hint: (s) => `“${s}”缺少数字：数量可能被删去，请按原件补上`,
  },
  {
    // "现有干部职工名,", "有党员人。": people counted with the number gone, ending the clause.
    // "现有入住老人名,", "在校生约人,": residents and pupils too, 约 before the count word.
    re: /(?:职工|干部|党员|员工|教师|教职工|民警|辅警|医护人员|工作人员|队员|志愿者|人口|老人|在校生|学生|幼儿|居民|村民|学员)约?(?:名|人)(?=[，,。；;、]|$)/g,
    hint: (s) => `“${s}”缺少数字：人数可能被删去，请按原件补上`,
  },
  {
    re: /(?<=[达占为到]|增长|下降|提高)[%％]/g,
    hint: (s) => `“${s}”缺少数字：百分比可能被删去`,
  },
  {
    re: /(?:^|(?<=[。；;！!？?]))\s*[，,]/g,
    hint: () => '句子以逗号开头：前面的年份或日期可能被删去（如“2005年，”）',
  },
  {
    re: /(?<=[。，,；;])——(?=[\u4e00-\u9fff])/g,
    hint: () => '“——”前后缺少年份：可能原为“2003年——2006年”一类的年份范围',
  },
  {
    // ("加装电梯台", "购置办公电脑台": equipment put in, counted, the number gone.)
    // "开展专题学习次", "受理投诉举报件", "建成图书流通点个", "新修田间道路公里": a verb and its
    // object, then a count word with no number before it, ending the clause ("累计清运垃圾吨"; people
    // only after 共/累计 and a verb of honoring or training: "共评选表彰各类先进典型人").
    re: /(?:开展|举办|举行|办理|受理|处理|查处|调解|建成|建立|新建|新修|修建|改建|扩建|改造|硬化|加装|安装|购置|添置|新增|更换|培训|组织|接待|发放|检查|抽检|抽查|走访|慰问|救助|征集|印发|设立|设置|开设|完成|解决|收集|配备|招募|发展|吸纳|选派|帮助|清理|清除|排查|整治|拆除|联系|结对|包保|查验|核查|检测|救援|疏导|劝返|出动|送去|送上|赠送|化解|收到|清运|(?<=(?:共|累计|共计))(?:评选表彰|评选|表彰|培训|表扬))(?:[\u4e00-\u9fff]|“[^“”]{1,12}”|"[^"]{1,12}"){0,10}?(批次|人次|场次|辆次|车次|架次|平方公里|平方米|立方米|公里|千米|亩|次|件|个|期|项|篇|台|辆|座|处|支|户|起|条|份|吨|(?<=(?:共|累计|共计)(?:评选表彰|评选|表彰|培训|表扬)[\u4e00-\u9fff]{1,10})人)(?=[，,。；;、]|$)/g,
    ok: (m) => {
      const count = m[1] ?? '';
      const lead = m[0].slice(0, -count.length);
      const prev = lead.at(-1) ?? '';
      // A numeral before it is a number; a character before it may make a word (案件, 时期, 整个).
      if (/[\d〇零一二两三四五六七八九十百千万亿几数多余每各整这那该本首此其上下半]/.test(prev)) return false;
      return !(COMMON_WORDS[count] ?? '').includes(prev);
    },
    hint: (s) => `“${s}”缺少数字：数量可能被删去，请按原件补上`,
  },
];

export function lintMissingNumbers(pieces: readonly Piece[]): Warning[] {
  const out: Warning[] = [];
  for (const piece of pieces) {
    // One warning for one gap: a wider rule does not repeat what a narrower one found.
    const taken: Array<[number, number]> = [];
    for (const rule of RULES) {
      for (const m of piece.text.matchAll(rule.re)) {
        if (rule.ok && !rule.ok(m)) continue;
        const end = m.index + m[0].length;
        if (taken.some(([a, b]) => m.index < b && a < end)) continue;
        taken.push([m.index, end]);
        const context = piece.text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8);
        out.push({ kind: 'missing-number', line: locate(piece, m.index).line, text: context.trim(), hint: rule.hint(m[0].trim() || context) });
      }
    }
  }
  return out;
}
