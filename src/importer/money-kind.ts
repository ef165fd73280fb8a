// What a sum of money in a report is (see DOMAIN.md, "What a figure means"): the unit's own
// 创建经费, public works, funds won from higher levels (争取), donations, aid to people or
// villages, something else, or not money put into anything at all (产值, 收入, 节省). And
// whether it recurs (每月300元). Each proposal carries its reason; doubts become warnings.
import type { InvestmentKind, RatePeriod } from '../domain/vocabulary';

interface KindRule {
  kind: InvestmentKind | null;
  re: RegExp;
  /** What the matched words mean, for the reason. */
  means: string;
}

/** Tried in order on the amount's own clause: the most specific wording first. */
const RULES: readonly KindRule[] = [
  {
    // "对评为“文明村”的村一次性奖励3万元": what a township gives the bodies under it for the titles
    // they win is its creation money (not a prize it won).
    kind: '创建经费',
    // "对评上的家庭每户每年奖励500元": those chosen in the campaign's 评选 are its model households.
    re: /对(?:[^，,。；;]{0,12}(?:文明|先进|示范)|(?:评上|评选出|评出|获评|当选|选出)的?)[^，,。；;]{0,12}?(?:村|社区|单位|集体|家庭|户|科室|窗口)[^，,。；;]{0,8}?奖励/,
    means: '单位奖励下属创建文明称号的钱（创建经费）',
  },
  {
    // "安排创建专项经费12万元，比上年增加3万元": a difference from last year is not money put in.
    kind: null,
    re: /^\s*(?:比|较)(?:上年|去年|上一年|前一年|往年|上年度|上一年度|(?:19|20)\d{2}年)(?:同期)?(?:增加|增长|多|减少|下降|少|提高)|^\s*同比(?:增加|增长|多|减少|下降|少)/,
    means: '与往年相比的差额，不是投入的钱',
  },
  {
    kind: null,
    // ("每月拿出3000元奖励服务明星": money set aside to reward is spent, not a prize won.)
    // ("保护财产价值约2.6亿元": property a rescue kept from harm is no money spent.)
    re: /(?:保护|抢救|挽救|保全|避免)[^，,。；;]{0,6}?财产|财产(?:损失)?价值|(?<!低)收入|增收|创收|产值|总值|营业额|销售额|利润|利税|税收|纳税|增加值|GDP|节省|节约|减免|减少|挽回|代理(?:发放|收付|收缴|缴纳)|代发|代收|代缴|贷款|余额|存款|归集|保额|保险金额|人均(?![^，,。；;]{0,12}(?:经费|费用|标准|捐助|资助))|(?<!(?:拿出|安排|列支|用于)[^，,。；;]{0,12})奖励|奖金|工资性/,
    means: '不是投入的钱（收入、产值、节省、奖励等）',
  },
  {
    // "为全体干部每人每年安排体检经费600元", "为职工购买意外伤害保险": the unit's care for its own staff (health checks, rest
    // leave) is spent on them, not on works nor aid.
    kind: '其他',
    // ("职工人均年度体检费用约600元": the same care told as a budget per head.)
    re: /(?:为|给|组织)[^，,。；;]{0,10}(?:职工|员工|干部|教职工|医务人员|工作人员)[^，,。；;]{0,12}?(?:体检|健康检查|疗养|休养|(?:购买|办理|投保|缴纳)[^，,。；;]{0,8}?保险)|(?:职工|员工|干部|教职工)(?:人均|每人)[^，,。；;]{0,6}?(?:体检|疗养|休养)(?:费用|经费)/,
    means: '单位给本单位职工的体检、疗养或保险（其他）',
  },
  {
    // "职工人均年度文体活动经费300元", "人均学习培训经费不低于800元": the unit's budget per head for the
    // campaign's activities and its training is its creation money (a rate, not a statistic).
    kind: '创建经费',
    re: /(?:人均|每人)[^，,。；;]{0,16}?(?:文体活动|文化活动|读书活动|志愿服务|学习培训|教育培训|培训)(?:活动)?(?:经费|资金)/,
    means: '按人头安排的创建活动或学习培训经费（创建经费）',
  },
  {
    kind: '创建经费',
    // "用于创建工作的资金共计…", "为创建投入资金…": money the unit spends on its own creation work.
    re: /(?:创建|精神文明建设|文明建设)(?:专项|工作|活动)?(?:的)?(?:奖补)?(?:经费|资金)|文明(?:单位|机关|校园|社区|村镇?)?创建(?:工作)?经费|为(?:文明)?创建(?:工作)?投入|^\s*(?:(?:19|20)\d{2}\s*年度?)?(?:精神文明建设|文明创建|创建工作|创建)投入/,
    means: '单位自己的创建经费',
  },
  {
    kind: '捐款捐物',
    // ("干警人均每月捐助困难学生50元", "民警每人每年结对资助…": the staff's own giving at a rate per head.)
    re: /捐款|捐物|捐赠|捐资|捐献|募捐|募集[^，,。；;]{0,6}?(?:物资|善款|款物|爱心)|爱心捐|一日捐|慈善|善款|(?:干部|职工|员工|党员|教师|教职工|医务人员|工作人员)(?:每人|人均)?(?:每月|每年|每季度)?(?:从[^，,。；;]{0,8}?中)?(?:自愿)?(?:缴纳|交纳|捐出|拿出|凑)(?!党费|社保|医保|保险|公积金|税)|(?:干部|职工|员工|党员|教师|教职工|医务人员|工作人员|干警|民警|警官|检察官|法官)(?:每人|人均)(?:每月|每年|每季度)?(?:结对|自愿)?(?:捐助|资助)/,
    means: '捐款捐物（职工自己出的钱）',
  },
  {
    // "免费送药价值8万多元", "无偿赠送图书价值3千余元": goods given away, valued.
    kind: '捐款捐物',
    // ("结对帮扶…幼儿园2所，赠送图书玩具价值约1.2万元": goods 赠送 at their value are given too, whoever gets them.)
    re: /(?:免费|无偿)(?:赠送|送|发放|提供|捐)[^，,。；;]{0,10}价值|^[^，,。；;]{0,4}赠送(?![^，,。；;]{0,10}慰问)[^，,。；;]{0,10}价值/,
    means: '无偿送出的物品，折合价值（捐物）',
  },
  {
    // A subsidy or a project's funds won from above (争取上级交通补助资金, 争取易地扶贫搬迁后续扶持项目资金,
    // 为结对村争取产业帮扶资金) are funds won, not aid to people, whatever the project is for.
    kind: '争取项目',
    re: /争取[^，,。；;]{0,16}?(?:补助|补贴|奖补|项目|帮扶|扶贫|扶持|衔接)(?:资金|款)/,
    means: '向上级争取的补助或项目资金',
  },
  {
    // "获得省社科联出版资助12万元", "获得区委宣传部“以奖代补”资金20万元": money a higher body gave the unit is money
    // won from above, as a higher level's budget put in is (not aid to people, not a prize).
    kind: '争取项目',
    re: /^(?![^，,。；;]*(?:户|老人|学生|群众|村民|居民|患者|职工|员工)[^，,。；;]*(?:获得|得到))[^，,。；;]*?(?:获得|得到)[^，,。；;]{0,12}?(?:中央|国家|省|市|县|区|上级|政府|管委会|[\u4e00-\u9fff](?:部|厅|局|委|办|联|会))[^，,。；;]{0,16}?(?:资助|资金|补助|奖补|补贴|拨款)/,
    means: '上级单位给本单位的资助或资金（争取项目）',
  },
  {
    kind: '帮扶资金',
    re: /帮扶|慰问|救助|低收入|资助|助学|扶贫|扶助|结对|低保|困难[\u4e00-\u9fff]{1,4}|特困|关爱|生活补贴|补助金|交通补助|补助交通费/,
    means: '帮助个人或村的钱',
  },
  {
    // "按每人每年不超过300元的标准为固定献血者办理意外伤害保险": insurance bought for people who are not
    // aided (donors, volunteers) is money spent on them, 其他, as for the unit's own staff.
    kind: '其他',
    re: /(?:购买|办理|投保)[^，,。；;]{0,10}?保险/,
    means: '为人购买或办理的保险（其他）',
  },
  {
    kind: '争取项目',
    re: /争取|上级(?:拨付|下拨|补助|资金)|(?:中央|国家|省级?|市级?)财政(?:支持|专项|补助|奖补)?资金|(?:中央|国家|省|市|县|区)(?:级)?(?:财政)?(?:补助|拨付|拨款|下拨|奖补)|^(?:县|市|省|区)(?:级)?(?:财政(?:局)?|[\u4e00-\u9fff]{1,5}(?:局|厅|委|部|办))(?:投资|投入|拨付|拨款|下拨)|(?<!(?:安排|列支|拿出|预算|设立)[^，,。；;]{0,20})(?:专项|项目|衔接|补助|财政|预算内)资金|中央预算|下拨|拨付专项/,
    means: '向上级争取或上级拨付的资金',
  },
  {
    kind: '基础设施与民生',
    // 保洁经费 (keeping villages clean; not a cleaner's pay) and facilities (设施) are public works and services too.
    // "实施农村饮水安全巩固提升工程": a works programme carried out.
    re: /实施[^，,。；;]{0,20}?工程|(?:升级|更新)[^，,。；;]{0,10}?(?:系统|平台|设备|网络)|饮水|公交|公共交通|电网|管网|供水|排水|污水|保洁(?:经费|资金|费用)|设施|修建|新建|兴建|建起|通上|接通|自来水|淋浴|扩建|改建|改造|建设|建成|硬化|铺设|维修|修缮|养护|翻新|装修|粉刷|整治|绿化|亮化|安装|加固|道路|公路|水库|桥|广场|厕|场馆|运动场|办公楼|大楼|新(?:馆|楼|院区|校区|址)|(?:馆|校)舍|(?:交通|水利|市政|城建|基础设施)[^，,。；;]{0,4}?投资/,
    means: '工程或设施（谁出的钱原文常未写明）',
  },
  {
    // "投入约460万元修复废弃矿山12处": repairing mines, river banks or land is public works too.
    kind: '基础设施与民生',
    re: /修复[^，,。；;]{0,6}?(?:矿山|矿区|河道|河堤|堤防|岸线|湿地|植被|生态|耕地|土地|水毁)/,
    means: '修复工程（谁出的钱原文常未写明）',
  },
];

/** Works and facilities: the words of the 基础设施与民生 rule. */
const WORKS = RULES.find((r) => r.kind === '基础设施与民生')?.re ?? /(?!)/;

/** Kinds that say whose money it is or what it is given as, which the parts of a whole share. */
export const OWNER_KINDS: ReadonlySet<InvestmentKind> = new Set<InvestmentKind>(['帮扶资金', '争取项目', '捐款捐物', '创建经费']);

/** A part named as one of the whole's funds: "产业发展资金30万元", "其中慰问款2万元". */
const NAMED_FUND = /^(?:其中)?[\u4e00-\u9fff]{0,12}(?:资金|经费|款|金)(?:约|近|共)?[\d.一二三四五六七八九十百千万两]/;

/** A part named as a subsidy: "危房改造补助5万元", "其中助学补贴2万元". */
const NAMED_AID = /^(?:其中)?[\u4e00-\u9fff]{0,12}(?:补助|补贴)(?:资金|金)?(?:约|近|共)?[\d.一二三四五六七八九十百千万两]/;

/** Where spent money is taken from: 从集体经济收入中, 从利润里. */
const FUNDS_SOURCE = /从[^，,。；;从]{0,16}?(?:中|里|内)(?=(?:每年|每季度|每月|每半年|年均)?(?:安排|列支|拿出|提取|支出|划拨|投入))/g;

/** Words that make a sum money put into something (as opposed to a figure merely stated). */
const SPENT =
  /投入|投资|安排|列支|支出|花费|拨付|拨款|下拨|筹集|筹资|集资|发放|设立|缴纳|聘请|聘用|雇用|雇请|拿出|用于|出资|自筹|折合|价值|补助|补贴|购置|添置|购买/;

/** Money handed out to people or households: 为…老人/…户/…学生…发放 (补贴, 补助, 资助). */
const AID_GIVEN =
  /(?:为|向|给|对)[^，,。；;为向给对]{0,24}?(?:老人|老年人|户|居民|村民|群众|学生|幼儿|儿童|家庭|残疾人|患者|[\u4e00-\u9fff]{2}人员|老党员|军属|烈属|退役军人|孤儿|留守|妇女|孕产妇|产妇|牧民|农民)[^，,。；;]{0,12}?(?:发放|补贴|补助|资助)/;
/** Villagers taken on in a public-benefit post: 从周边村庄选聘护林员, 聘用脱贫户为保洁员, 公益性岗位. */
const VILLAGERS_HIRED =
  /(?:从|在)[^，,。；;]{0,12}(?:村|村庄|村民|农户|脱贫户|贫困户|低收入户)[^，,。；;]{0,8}(?:选聘|聘用|聘请|招聘|选用|吸纳)|(?:选聘|聘用|吸纳)[^，,。；;]{0,8}(?:脱贫户|贫困户|低收入)|生态护林员|公益性岗位/;
/** The unit's own money set aside: 安排, 拿出, 列支 … (not money won or given by others). */
const OWN_BUDGET = /^(?!.*争取)[^，,。；;]*(?:每年|每季度|每月|年均)?(?:安排|拿出|列支|预算|划拨|投入)[^，,。；;]{0,4}[\d一二三四五六七八九十]/;
/** The campaign's work the money is spent on: 志愿服务活动, “最美家庭”评选, 道德讲堂. */
const CAMPAIGN_WORK = /(?:开展|用于)[^，,。；;]{0,24}?(?:评选|评比|志愿服务|道德讲堂|文明实践|移风易俗|文明创建|文体活动|文化活动|读书活动)/;
/** A clause that opens with the rate or the pay: "每人每月工资2200元", "每户每年500元", "工资2400元/月". */
const RATE_FIRST = /^\s*(?:每人|每户|每名|每位|人均|户均|每月|每年|每季度|(?:月|年)?(?:工资|薪酬|报酬|薪金)[\d约近])/;
/** Money the unit raised itself, not won from above. */
const OWN_MONEY = /自筹|自有资金|自行筹集|单位出资/;
/** An allowance or pay handed to the unit's own staff: 为一线收费员每人每月发放夜班补助. */
const STAFF_PAY =
  /(?:为|给|向)[^，,。；;为向给]{0,12}?(?:职工|员工|干部|教职工|教师|医务人员|工作人员|(?:一线|在岗|全体)[\u4e00-\u9fff]{0,4}(?:员|工人))[^，,。；;]{0,10}?发放[^，,。；;]{0,8}?(?:补助|补贴|津贴|工资|加班费)/;
/** People aid goes to, named in a clause: 脱贫户, 低保户, 老人, 困难学生. */
const AID_PEOPLE =
  /(?:建档立卡|脱贫户|贫困户|低保户|低收入户|困难户|特困户|五保户|监测户|边缘户|困难家庭|困难群众|老人|老年人|残疾人|孤儿|留守儿童|困难学生|贫困学生)/;
/** A hire for the campaign's own work: its ledgers and files, its 测评 (not a cleaner, not a guard). */
const CAMPAIGN_HIRE = /(?:创建|文明|测评|台账|档案资料|宣传资料)[^，,。；;]{0,8}/;
/** The last clause of a text: what comes right before the amount's clause. */
function lastClause(before: string): string {
  return (
    before
      .split(/[，,；;。]/)
      .filter((c) => c.trim())
      .at(-1) ?? ''
  );
}

/** The unit's own people: what is paid to them is pay, not aid. */
const STAFF = /职工|员工|干部|教职工|教师|医务人员|工作人员|一线|本单位|本站|本院|本校/;

const PERIODS: ReadonlyArray<readonly [RegExp, RatePeriod, string?]> = [
  [/元\/人\/月|元\/月\/人|元\/人·月/, '每人每月'],
  [/元\/人\/年|元\/年\/人|元\/人·年/, '每人每年'],
  [/元\/户\/月|元\/月\/户/, '每户每月'],
  [/元\/户\/年|元\/年\/户/, '每户每年'],
  [/元\/(?:个)?月/, '每月'],
  [/元\/年/, '每年'],
  // "年度创建经费 | 12万元", "年度预算经费10万元": money named as the year's is a yearly rate (not 2023年度…).
  [/(?:^|\s)年度(?=[\u4e00-\u9fff]{0,8}(?:经费|资金|预算))/, '每年'],
  [/每人每月|人均每月/, '每人每月'],
  [/每人每年|人均(?:每年|年度)/, '每人每年'],
  [/每户每月|户均每月/, '每户每月'],
  [/每户每年|户均每年/, '每户每年'],
  [/每季度|每个季度/, '每季度'],
  [/每月|每个月|月均|按月/, '每月'],
  [/每年|每一年|年均|按年/, '每年'],
  [/每天|每日/, '每天'],
  [/每人|人均|每名|每位|元\/人/, '每人'],
  [/每户|户均|元\/户/, '每户'],
  // "按照每村5万元的标准": an amount per village is a rate per recipient, as 每户 is (its total is told apart).
  [/每村|每个村|村均|元\/村/, '每村'],
  [/每次|每场/, '每次'],
];

/** Rates of money that is not spent: only 每月, 每季度, 每年 as such (not 人均, 年均, 月均). */
const NOT_SPENT_PERIODS: ReadonlyArray<readonly [RegExp, RatePeriod]> = [
  // "每户每月减免水费10元": a rate per household (or person) and period written as such.
  [/每户每月/, '每户每月'],
  [/每户每年/, '每户每年'],
  [/每人每月/, '每人每月'],
  [/每人每年/, '每人每年'],
  [/每季度|每个季度/, '每季度'],
  [/每月|每个月/, '每月'],
  [/每年|每一年/, '每年'],
  // "为每户入社牧户分红2000余元": a sum per household (person, village) written as such is a rate too
  // (not 户均, 人均: averages).
  [/每户/, '每户'],
  [/每人|每名/, '每人'],
  [/每村|每个村/, '每村'],
];

export interface MoneyProposal {
  kind: InvestmentKind | null;
  period: RatePeriod | null;
  reason: string;
  /** Why a person should look at it; null when the wording is plain. */
  doubt: string | null;
}

/**
 * `clause` is the amount's clause; `before` the text of its sentence before that clause (a
 * 争取 or a 捐款 there can govern the amount: "积极向上争取项目，投资1000多万元的变电站").
 */
export function classifyMoney(
  clause: string,
  before: string,
  inherited?: { kind: InvestmentKind | null; of: string; item?: string },
  after = '',
): MoneyProposal {
  const reasons: string[] = [];
  const doubts: string[] = [];
  let kind: InvestmentKind | null | undefined;
  // "从集体经济收入中安排…经费": where the money comes from does not make it income.
  // (Nor does it say what the money built: "从养护经费中列支…用于文明创建活动".)
  const own = RULES.filter((r) => r.re.test(r.kind === null || r.kind === '基础设施与民生' ? clause.replace(FUNDS_SOURCE, '') : clause));
  const first = own[0];
  if (first) {
    kind = first.kind;
    reasons.push(`“${first.re.exec(clause)?.[0] ?? ''}”：${first.means}`);
    const other = own.slice(1).find((r) => r.kind !== first.kind && r.kind !== '基础设施与民生' && r.kind !== null);
    if (other && first.kind !== '创建经费') doubts.push(`同一句里还有“${other.re.exec(clause)?.[0] ?? ''}”（${other.means}）`);
  }
  // 争取 earlier in the sentence wins over the works the money paid for.
  // (Not money the clause says is the unit's own: "其中争取…9800万元，公司自筹3800万元".)
  // (Nor a rate handed to people after the money won: "争取…补助资金…，为…人员发放补贴，每人每月300元".)
  const sinceWon = before.slice(before.lastIndexOf('争取'));
  // (Nor a sum the unit puts in by a verb of its own after the money won was told with its sum:
  // "共争取上级资金4300余万元，实施…工程，全镇累计投入…资金860万元" is two sums.)
  const ownSumAfterWon =
    /\d\s*(?:余|多)?\s*[万亿]?\s*(?:余|多)?元/.test(sinceWon) && /^(?!\s*其中)[^，,。；;\d]{0,8}?(?:投入|投资|出资|拿出|安排|列支)/.test(clause);
  const wonBefore = OWN_MONEY.test(clause) || AID_GIVEN.test(sinceWon) || ownSumAfterWon ? null : /争取/.exec(before);
  if (wonBefore && (kind === undefined || kind === '基础设施与民生')) {
    kind = '争取项目';
    reasons.push('前文有“争取”：向上级争取的资金');
    doubts.push('“争取”写在前一分句，请确认这笔钱是争取来的');
  }
  // The parts of 帮扶资金 (or of money won, given or budgeted for the campaign) listed as its
  // funds are that money, whatever they paid for: "帮扶资金45万元，其中村部改造资金15万元".
  // A part told as spending ("其中修建产业路投入30万元") is what it paid for.
  // "帮扶资金15万元，其中危房改造补助5万元": a part named as a subsidy is one of the whole's funds too.
  const namedAid = NAMED_AID.test(inherited?.item ?? '') && !SPENT.test((inherited?.item ?? '').replace(/补助|补贴/g, ''));
  const owned =
    inherited?.kind &&
    OWNER_KINDS.has(inherited.kind) &&
    (kind === '基础设施与民生' || kind === '其他') &&
    ((NAMED_FUND.test(inherited.item ?? '') && !SPENT.test(inherited.item ?? '')) || namedAid);
  // The parts of the unit's creation money are that money, whatever they were spent on: "用于创建工作的资金
  // 共计…，其中阵地建设…、职工培训…" (its own creation work, not public works).
  const ownCreation = inherited?.kind === '创建经费' && (kind === '基础设施与民生' || kind === '其他');
  // "帮扶资金共计21万元，其中修建…广场12万元、发展大棚蔬菜产业9万元": a part of aid whose own words are
  // the village's trade (产业, 扶持, 种植) and no works is aid, whatever the other parts built.
  const partWords = (inherited?.item ?? '').replace(/^其中/, '');
  const tradePart = inherited?.kind === '帮扶资金' && kind === '基础设施与民生' && /产业|扶持|种植|养殖/.test(partWords) && !WORKS.test(partWords);
  // "其中争取上级项目资金1200万元、镇村自筹660万元": a part the unit raised itself is not the money won
  // that another part names; it is what the whole is.
  const ownPart = kind === '争取项目' && inherited !== undefined && inherited.kind !== '争取项目' && inherited.kind !== null && OWN_MONEY.test(partWords);
  // "其中争取省级专项资金300万元、县财政配套120万元": a part the unit's own level puts up to match (配套)
  // is not the money another part won; it is what the whole is.
  const notWonPart =
    kind === '争取项目' &&
    inherited !== undefined &&
    inherited.kind !== '争取项目' &&
    inherited.kind !== null &&
    /配套/.test(partWords) &&
    !RULES.some((r) => r.kind === '争取项目' && r.re.test(partWords));
  // "共投入创建经费26万元，其中宣传阵地建设12万元、…、表彰奖励6万元": the parts of money put in are money
  // put in (a 奖励 the unit gives is not a prize it won).
  const spentPart = kind === null && inherited?.kind != null;
  // "帮扶资金共计60万元，其中捐赠农机设备20万元、产业项目资金40万元": the parts of aid the unit gives
  // are that aid (what it gave the aided body, a project it funds there), unless a part says it was won
  // or granted from above (争取, 上级, 财政) or given by the staff.
  const aidPart =
    inherited?.kind === '帮扶资金' &&
    (kind === '捐款捐物' || kind === '争取项目') &&
    !/争取|上级|财政|拨|[省市县区]级|职工|员工|干部|党员|社会/.test(partWords);
  if ((kind === undefined || owned || ownCreation || tradePart || ownPart || notWonPart || spentPart || aidPart) && inherited) {
    kind = inherited.kind;
    reasons.push(`是“${inherited.of}”的一部分，种类随总数`);
  }
  // "争取上级项目资金共计600万元，其中扶贫产业园建设资金450万元": a part named as funds of money won
  // from above is that money, though its name says 扶贫 (only money handed out is aid).
  const wonFund = inherited?.kind === '争取项目' && kind === '帮扶资金' && NAMED_FUND.test(inherited.item ?? '') && !SPENT.test(inherited.item ?? '');
  if (wonFund && inherited) {
    kind = inherited.kind;
    reasons.push(`是“${inherited.of}”的一部分，种类随总数`);
  }
  // "今年又追加2万元用于…建设": a sum added to the money the clause before told is that money
  // (the unit's creation money, aid, money won), whatever it builds.
  // ("社区另自筹1万多元，主要用于…建设": raised besides it, the same.)
  // ("今年又投入8万元粉刷…", "另投入12万元改造…": put in besides the creation money the clause before told, the same.)
  const addedTo = /^[^，,。；;]{0,8}?(?:追加|另(?:外)?(?:每(?:年|月|季度))?(?:自筹|筹集|拿出|安排|投入|出资)|又(?:投入|拿出|安排|列支))/.test(clause)
    ? RULES.find((r) => r.kind !== null && OWNER_KINDS.has(r.kind) && r.re.test(lastClause(before)))
    : undefined;
  if (addedTo && (kind === undefined || kind === '基础设施与民生' || kind === '其他')) {
    kind = addedTo.kind;
    reasons.push(`追加到前一分句的“${addedTo.re.exec(lastClause(before))?.[0] ?? ''}”：${addedTo.means}`);
  }
  // "每月支付3000元，聘请了一名专职文明创建联络员": pay told before the hire for the campaign's own work.
  if (kind === undefined && /每月|每年|每季度/.test(clause) && /^\s*(?:聘请|聘用|雇请|招聘)/.test(after) && CAMPAIGN_HIRE.test(after)) {
    kind = '创建经费';
    reasons.push(`后一分句“${CAMPAIGN_HIRE.exec(after)?.[0] ?? ''}”：为创建工作聘请的人员的报酬`);
  }
  // "捐款捐物，折合人民币8万余元": the amount sums up what came before.
  const refersBack = /^\s*(?:折合|价值|共计?|合计|累计|总计|计)/.test(clause);
  // "自筹资金约300万元，改造门诊大厅": what it paid for follows in the next clause (not "其中…").
  // The campaign's own budget (每月列支3000元用于文明创建活动) is not what the next clause says it built.
  const forCampaign = OWN_BUDGET.test(clause) && CAMPAIGN_WORK.test(clause);
  // (Money handed out to people, 为…老人…发放, is what the clause says, whatever the next one tells.)
  if (kind === undefined && SPENT.test(clause) && !refersBack && !forCampaign && !/^\s*(?:其中|包括)/.test(after) && !AID_GIVEN.test(clause)) {
    const next = RULES.filter((r) => r.kind !== null && r.re.test(after)).at(0);
    if (next) {
      kind = next.kind;
      reasons.push(`后文“${next.re.exec(after)?.[0] ?? ''}”：${next.means}`);
    }
  }
  // "为80周岁以上老人每人每月发放尊老金50元", "为脱贫户每户每年发放奖补资金": money handed out to
  // people or households is aid; an allowance paid to the unit's own staff (职工夜班补助) is not.
  const givenTo = AID_GIVEN.exec(clause) ?? (/^\s*(?:每人|每户|人均|户均)/.test(clause) ? AID_GIVEN.exec(`${before}${clause}`) : null);
  if ((kind === undefined || kind === '其他') && givenTo && !STAFF.test(givenTo[0])) {
    kind = '帮扶资金';
    reasons.push(`“${givenTo[0]}”：发给群众或住户的钱`);
  }
  // "对困难寄宿生每人每年发放生活补助1250元，全年发放补助资金共计31.25万元": subsidies handed out, after
  // a clause of aid to people, are that aid, not funds won from above.
  const handedOut = /发放[^，,。；;]{0,6}?(?:补助|补贴)(?:资金|金)?/.exec(clause);
  const aidBefore = RULES.find((r) => r.re.test(lastClause(before)))?.kind === '帮扶资金' || AID_GIVEN.test(lastClause(before));
  if (kind === '争取项目' && handedOut && aidBefore && !/争取|上级|拨付|下拨/.test(clause)) {
    kind = '帮扶资金';
    reasons.push(`“${handedOut[0]}”：接着前一分句发给群众的补助，是帮扶资金`);
  }
  // "每年为共建社区提供活动经费1万元": money given to a partner community or village (共建, 结对, 对口) is aid.
  const partner =
    /(?:为|向|给|对)(?:共建|结对|帮扶|挂钩|联系|对口)[\u4e00-\u9fff]{0,6}?(?:社区|村|学校|小学|中学)[^，,。；;]{0,8}?(?:提供|发放|拨付|资助|补助|支持)/.exec(
      clause,
    );
  if ((kind === undefined || kind === '其他') && partner) {
    kind = '帮扶资金';
    reasons.push(`“${partner[0]}”：给结对共建的社区或村的钱`);
  }
  // "对156户脱贫户实行动态监测，每户每年发放产业奖补资金": a clause of the rate and the handing out,
  // after a clause about the households or people it went to, is aid as well.
  // ("对建档立卡家庭学生，学校每人每月发放生活补助200元": the one who hands it out may be named first.)
  const peopleBefore =
    /^\s*(?:[\u4e00-\u9fff]{1,4}?)?(?:每户|每人|户均|人均)[^，,。；;]{0,8}?(?:发放|补贴|补助|资助)/.test(clause) && AID_PEOPLE.exec(lastClause(before));
  if ((kind === undefined || kind === '其他') && peopleBefore && !STAFF.test(lastClause(before))) {
    kind = '帮扶资金';
    reasons.push(`前一分句“${peopleBefore[0]}”：发给群众或住户的钱`);
  }
  // "每户每年发放产业扶持资金2000元": money handed out per household goes to households (never to staff): aid.
  // ("按照每户每年600元的标准发放养殖补贴": the rate told as the standard it is paid by.)
  const perHousehold = /^\s*(?:每户|户均)[^，,。；;]{0,8}?发放|^\s*按照?(?:每户|户均)[^，,。；;]{0,14}?的?标准发放/.exec(clause);
  if ((kind === undefined || kind === '其他') && perHousehold) {
    kind = '帮扶资金';
    reasons.push(`“${perHousehold[0]}”：按户发放给住户的钱`);
  }
  // "从周边村庄选聘生态护林员42名，每人每年发放管护补助1.2万元": an allowance paid to villagers taken on
  // in a public-benefit post (生态护林员, 公益性岗位) is aid, as the post itself is.
  const hiredFromVillages = VILLAGERS_HIRED.exec(before);
  if ((kind === undefined || kind === '其他') && hiredFromVillages && /发放[^，,。；;]{0,8}(?:补助|补贴)|(?:补助|补贴)[^，,。；;]{0,4}发放/.test(clause)) {
    kind = '帮扶资金';
    reasons.push(`“${hiredFromVillages[0]}”：发给公益岗位上的群众的补助`);
  }
  // "每季度安排3,000元专项经费用于…志愿服务活动", "村集体每年拿出5,000元开展…“最美家庭”评选": the unit's
  // own money for the campaign's work (a creation budget, its activities, its 评选) is 创建经费.
  const campaign = CAMPAIGN_WORK.exec(clause) ?? (/(?:专项|工作)经费/.test(clause) ? /创建/.exec(before) : null);
  if ((kind === undefined || kind === '其他') && OWN_BUDGET.test(clause) && campaign) {
    kind = '创建经费';
    reasons.push(`“${campaign[0]}”：单位为创建工作安排的钱`);
  }
  // "聘用1名专职人员负责创建台账，每月发放补贴1000元": pay for a hire doing the campaign's own work
  // (its ledgers, its 测评 files) is 创建经费, as holdout6 and holdout12 read a 文明创建信息员's pay.
  const hire = lastClause(before);
  if (kind === undefined && RATE_FIRST.test(clause) && /聘请|聘用|雇请|招聘|配备/.test(hire) && CAMPAIGN_HIRE.test(hire)) {
    kind = '创建经费';
    reasons.push(`前一分句“${CAMPAIGN_HIRE.exec(hire)?.[0] ?? ''}”：为创建工作聘请的人员，这里是报酬标准`);
  }
  // "聘请保洁员8名，每人每月工资2200元", "资助困难学生120余人，每人每年1000元": a clause giving only the
  // rate is the money of the clause before it (hired: pay, 其他; aided: aid).
  if (kind === undefined && RATE_FIRST.test(clause)) {
    const previous =
      before
        .split(/[，,；;]/)
        .filter((c) => c.trim())
        .at(-1) ?? '';
    const rule = RULES.filter((r) => r.kind !== null && r.re.test(previous)).at(0);
    if (rule) {
      kind = rule.kind;
      reasons.push(`前一分句“${rule.re.exec(previous)?.[0] ?? ''}”：${rule.means}，这里是它的标准`);
    } else if (SPENT.test(previous) || /工资|薪酬|报酬|薪金/.test(clause)) {
      kind = '其他';
      reasons.push(`前一分句“${SPENT.exec(previous)?.[0] ?? '工资'}”：付出的钱，这里是它的标准`);
      doubts.push('没有看出这笔钱的种类，暂定为“其他”');
    }
  }
  // "为一线收费员每人每月发放夜班补助300元": an allowance paid to the unit's own staff is pay (其他),
  // not what the clause before it built.
  const staffPay = STAFF_PAY.exec(clause);
  // (Whatever work the staff do: "为一线养护工人每人每月发放高温补贴" is no road works.)
  if ((kind === undefined || kind === '基础设施与民生') && staffPay) {
    kind = '其他';
    reasons.push(`“${staffPay[0]}”：发给本单位职工的补助或工资`);
  }
  // "…投入创建经费18万元，…，并每月支付2400元聘请两名保洁人员": pay for a hire the clause names, not for the
  // campaign's own work, is staff pay (其他), whatever money the sentence told before.
  const hiredHere = /(?:聘请|聘用|雇请|雇用|招聘)([^，,。；;]*)/.exec(clause);
  if (kind === undefined && hiredHere && !CAMPAIGN_HIRE.test(hiredHere[1] ?? '') && !VILLAGERS_HIRED.test(`${before}${clause}`)) {
    kind = '其他';
    reasons.push(`“${hiredHere[0]}”：聘请人员的报酬（不是创建工作本身）`);
  }
  if (kind === undefined) {
    const earlier = RULES.filter((r) => r.kind !== null && r.re.test(before)).at(0);
    // (Money the clause says the unit raised itself never takes a 争取 told before it.)
    if (earlier && SPENT.test(clause + before) && !(earlier.kind === '争取项目' && OWN_MONEY.test(clause))) {
      kind = earlier.kind;
      reasons.push(`前文有“${earlier.re.exec(before)?.[0] ?? ''}”：${earlier.means}`);
      doubts.push('种类是从前文推断的');
    }
  }
  if (kind === undefined) {
    if (SPENT.test(clause)) {
      kind = '其他';
      reasons.push(`“${SPENT.exec(clause)?.[0] ?? ''}”：投入的钱，原文没有说明用途的种类`);
      doubts.push('没有看出这笔钱的种类，暂定为“其他”');
    } else {
      kind = null;
      reasons.push('原文只是提到这个金额，没有说投入');
    }
  }
  let period: RatePeriod | null = null;
  // "为每名学生每年资助3,600元", "每户困难家庭每月补助": aid at a rate per person or household and per
  // period written apart (pay to the unit's own staff, 为每名援藏医生每月发放补助, stays 每月).
  // ("为村里3名孤寡老人各发放生活补助200元": 各 after the people counted is a rate per head.)
  const each = /\d+\s*(户|名|位|人)[^，,。；;\d]{0,10}?各/.exec(clause);
  const per = /每(?:人|名|位)(?!次)|人均/.test(clause) ? '每人' : /每户|户均/.test(clause) ? '每户' : each ? (each[1] === '户' ? '每户' : '每人') : null;
  // "每年春节，为村里18户困难户每户送去慰问金500元": the sentence's time (每年春节, 每月) tells how often
  // the per-head sum recurs.
  const everyBefore = /(?:^|[，,；;])\s*每(?:年|个?月)(?![^，,；;]*元)/.exec(before);
  const every = /每月|每个月|月均|按月/.test(clause)
    ? '每月'
    : /每年|每一年|年均|按年/.test(clause)
      ? '每年'
      : everyBefore
        ? everyBefore[0].includes('年')
          ? '每年'
          : '每月'
        : null;
  // 人均纯收入1.6万元 is a statistic, not a payment: no rate for money that is not spent.
  // "每年为村集体增加收入约8万元": money that is not spent can still come every year (but 人均纯收入
  // and 年均节省 are statistics, averages, not rates).
  for (const [re, p, note] of kind === null ? NOT_SPENT_PERIODS : PERIODS) {
    const m = re.exec(clause);
    if (!m) continue;
    period = p;
    reasons.push(`“${m[0]}”：按${p}计`);
    if (note) doubts.push(note);
    break;
  }
  // "每月上门检修一次线路，并送去慰问金300元": the rate of the clause this one joins, when that clause
  // has no money of its own ("每年安排经费3万元，并争取项目资金180万元" is one rate and one sum).
  const joinedTo =
    before
      .split(/[，,；;]/)
      .filter((c) => c.trim())
      .at(-1) ?? '';
  const joined =
    period === null && kind !== null && /^\s*(?:并且?|同时|还)/.test(clause) && !/元/.test(joinedTo) ? /每(?:个)?月|每季度|每年/.exec(joinedTo) : null;
  // "每年年初制定创建工作计划，列支文明创建经费12万元": the unit's own budget, set in a clause that opens
  // with 每年 and has no money of its own, is a yearly rate.
  const budgetEvery =
    period === null && !joined && kind === '创建经费' && /^[^，,。；;]{0,6}?(?:安排|拿出|列支|预算|划拨)/.test(clause) && !/元/.test(before)
      ? /(?:^|[，,；;])[^，,；;]{0,6}?每(年|个?月)/.exec(before)
      : null;
  if (budgetEvery) {
    period = budgetEvery[1] === '年' ? '每年' : '每月';
    reasons.push(`前文“每${budgetEvery[1] ?? '年'}”：按${period}计`);
  }
  if (joined) {
    period = joined[0].startsWith('每年') ? '每年' : joined[0] === '每季度' ? '每季度' : '每月';
    reasons.push(`前一分句“${joined[0]}”：按${period}计`);
  }
  // (A per-head budget of the campaign, 人均学习培训经费, is yearly when its sentence is: "每年列支…，人均…".)
  const campaignEvery = kind === '创建经费' && per === '每人' && every === null && /每年|年度/.test(before) ? '每年' : every;
  if ((kind === '帮扶资金' || kind === '创建经费') && per && campaignEvery && (period === campaignEvery || period === per)) {
    period = `${per}${campaignEvery}` as RatePeriod;
    reasons.push(`“${per}”“${campaignEvery}”：按${period}计`);
  }
  return { kind, period, reason: reasons.join('；'), doubt: doubts.length > 0 ? doubts.join('；') : null };
}
