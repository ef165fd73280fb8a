// What web pages add to a report copied from them: navigation and breadcrumbs, the page's
// meta line (时间:… 作者:… 阅读:…), anti-copy noise lines, a site's URL glued to a sentence,
// paywall notes (……(范文网省略812字,正式会员可完整阅读)) and the related-articles list at the end.

/** Keys of a page's meta line. */
const META_KEY =
  /(?:发布时间|发布日期|更新时间|时间|日期|作者|来源|出处|阅读次数|阅读量|阅读|浏览次数|浏览量|浏览|点击数|点击量|点击|访问量|人气|责任编辑|编辑|编者|字号|字体|栏目|分类|标签|评论)\s*[:：(（]/g;

/** A line made of two or more meta fields: 时间:2021-05-18 作者:admin 阅读:2316次. */
export function isMetaLine(text: string): boolean {
  if (text.length > 120 || /[。！？]/.test(text)) return false;
  return (text.match(META_KEY) ?? []).length >= 2;
}

/** 当前位置:首页 > 工作总结, 首页 | 企业文化 | 文明创建. */
export function isNavigationLine(text: string): boolean {
  if (/^(?:当前位置|您的位置|您现在的位置|现在位置)\s*[:：]/.test(text) && text.length <= 80) return true;
  const parts = text.split(/\s*[|｜>»›]\s*/);
  return parts.length >= 3 && parts.every((p) => p.length >= 1 && p.length <= 10 && !/[。，,；;！!？?]/.test(p));
}

/**
 * Anti-copy noise: short tokens of Latin letters, digits and ASCII marks with no Chinese,
 * "+ j" x! m! |! N* Q# w.". English prose, numbers and URLs do not look like this.
 */
export function isNoiseLine(text: string): boolean {
  if (/[\u3400-\u9fff]/.test(text) || text.length < 6) return false;
  const tokens = text.trim().split(/\s+/);
  const marks = (text.match(/[!"#$%&'*+,./:;<=>?@\\^_`|~-]/g) ?? []).length;
  const short = tokens.filter((t) => t.length <= 3).length;
  return tokens.length >= 4 && short / tokens.length >= 0.75 && marks >= 3;
}

const RELATED_WORDS =
  '(?:相关文章|相关阅读|相关推荐|本文关键词|关键词|本文标签|文章标签|相关范文|推荐阅读|猜你喜欢|热门文章|热门推荐|延伸阅读|更多相关文章|精彩推荐|最新文章|网友评论|发表评论|我要评论|最新评论|评论列表)';

/** The heading of a page's related-articles list. */
export const RELATED_LIST = new RegExp(`^[【[]?${RELATED_WORDS}[】\\]]?\\s*[:：]?$`);

/** The list on one line: 相关推荐:A|B|C, 推荐阅读：A　B. */
export const RELATED_INLINE = new RegExp(`^[【[]?${RELATED_WORDS}[】\\]]?\\s*[:：]\\s*[^。！？!?；;]{2,160}$`);

/**
 * A WeChat 公众号 article's chrome: the header line under the title (原创 账号名 2022-06-24 08:30
 * 发表于湖北), the call to follow (点击上方蓝字关注我们), and the footer's buttons and prompts
 * (阅读原文, 长按识别二维码, 关注我们, 分享 收藏 在看 点赞). The editor's note is the article's own text.
 */
export function isWeChatChrome(text: string): boolean {
  const t = text.trim();
  if (t.length > 60 || /[。！？；，,]/.test(t)) return false;
  // The header: an account name (or two), a date and time, and where it was posted from.
  if (/^(?:原创\s+)?(?:[^\s]{1,20}\s+){0,2}(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?(?:\s*发表于\s*[一-鿿]{2,4})?$/.test(t))
    return /^原创|发表于|\d{1,2}:\d{2}$/.test(t);
  // Under the header: the collection the post is filed in (收录于合集 / 收录于话题) and its tag line (#文明创建 6个).
  if (/^收录于(?:合集|话题|专辑)\s*(?:#\S{1,20}\s*(?:\d{1,4}个)?)?$/.test(t) || /^(?:#[^\s#]{2,20}\s*)+\d{1,4}个$/.test(t)) return true;
  if (/^(?:[▲△↑☝]\s*)?点击(?:上方|上面|标题下|顶部)?\s*[“"]?(?:蓝字|蓝色字体|[^\s“”"]{2,12}[”"])[”"]?\s*(?:一键)?关注/.test(t)) return true;
  const BUTTON =
    /^(?:阅读原文|长按识别二维码|长按二维码识别|长按识别|识别二维码|扫码关注|长按关注|关注我们|欢迎关注|分享|收藏|在看|点赞|赞|写留言|留言|转发|阅读|喜欢此内容的人还喜欢|预览时标签不可点|微信扫一扫|关注该公众号|关注公众号|轻触阅读原文|使用小程序|知道了)$/;
  const tokens = t.split(/[\s　|｜·]+/).filter(Boolean);
  // The end mark (- END -, —THE END—) and the counts beside the buttons (阅读 2381, 在看 12, 10万+).
  if (/^[-—–－_~·•\s]*(?:THE\s*)?END[-—–－_~·•\s]*$/i.test(t)) return true;
  const COUNT = /^(?:\d{1,7}|\d{1,3}(?:\.\d)?万)\+?$/;
  // (Two prompts glued in one token: 长按识别二维码关注我们.)
  const GLUED = new RegExp(BUTTON.source.replace(/\$$/, '+$'));
  return tokens.length > 0 && tokens.some((x) => GLUED.test(x)) && tokens.every((x) => GLUED.test(x) || COUNT.test(x));
}

/**
 * A government or company site's footer: 主办单位：… 网站标识码… ICP备…号, 公网安备, 技术支持：…, and
 * the prompt to open the page on a phone (扫一扫在手机打开当前页).
 */
export function isSiteFooter(text: string): boolean {
  const t = text.trim();
  if (t.length > 140 || /[。！？]/.test(t)) return false;
  if (/ICP备|ICP证|网站标识码|公网安备|网安备\d/.test(t)) return true;
  if ((t.match(/(?:主办单位|承办单位|协办单位|主办|承办|协办|技术支持|维护单位|运维单位|联系电话|联系地址|邮编|地址)\s*[:：]/g) ?? []).length >= 2) return true;
  return /^(?:扫一扫|手机扫一扫|用手机扫一扫|微信扫一扫|扫描二维码|用手机扫描二维码)[^，,；;]{0,16}(?:打开|浏览|阅读|分享|查看)[^，,；;]{0,8}$/.test(t);
}

/** A site's notice under an article: 本文由网友投稿，如有侵权请联系删除; 版权归原作者所有; 转载请注明出处. */
export function isSiteNotice(text: string): boolean {
  return text.length <= 60 && /侵权|版权归|版权所有|转载请注明|仅供参考|免责声明|网友投稿|网友上传/.test(text) && (text.match(/[，,。；;]/g) ?? []).length <= 3;
}

export interface InlineDebris {
  start: number;
  end: number;
  op: 'watermark' | 'paywall';
  /** For a paywall note: how much text the site left out, when it says. */
  omitted?: string;
}

/** A URL, or a bare domain (fanwen.com) as sites glue after a sentence. */
const URL =
  /(?:(?:本文|文章)?(?:来自|来源于?|转载自|摘自|出自)\s*[:：]?\s*)?(?:(?:https?:\/\/|www\.)[A-Za-z0-9][A-Za-z0-9./?=&%#_~:-]*[A-Za-z0-9/]|(?<![A-Za-z0-9@/_-])[A-Za-z0-9][A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40})*\.(?:com|net|org|cn|cc|top|vip|info|xyz)(?:\.cn)?(?![A-Za-z0-9]))/g;
// (An ellipsis on both sides, ……（本文剩余…字）……, is the note's too.)
const PAYWALL =
  /(?:…{1,3}|\.{3,6}|。{3,6})?\s*[（(【[][^（()）【】[\]]{0,40}?(?:省略\s*\d*\s*字|剩余\s*\d*\s*字|内容省略|请登录|登录后|下载全文请|正式会员|VIP会员|vip会员|付费阅读|完整阅读|阅读全文|查看全文|下载全文|全文下载|未完待续)[^（()）【】[\]]{0,40}[）)】\]](?:\s*(?:…{1,3}|\.{3,6}|。{3,6}))?/g;

/** Watermark URLs and paywall notes inside a line. */
export function findInlineDebris(text: string): InlineDebris[] {
  const out: InlineDebris[] = [];
  for (const m of text.matchAll(URL)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // A site's URL follows a finished sentence, or says where the text came from; a unit's own
    // web address (开通了门户网站www.… , （www.…）) is part of the report.
    const glued = /(?:^|[。！？.!?])\s*$/.test(before) || /^(?:本文|文章)?(?:来自|来源|转载|摘自|出自)/.test(m[0]);
    if (glued && !/[（(]\s*$/.test(before) && (after.trim() === '' || /^[\s)）]*$/.test(after) || /^[\u4e00-\u9fff]/.test(after)))
      out.push({ start: m.index, end: m.index + m[0].length, op: 'watermark' });
  }
  for (const m of text.matchAll(PAYWALL)) {
    const omitted = /(?:省略|剩余)\s*(\d+)\s*字/.exec(m[0])?.[1];
    out.push({ start: m.index, end: m.index + m[0].length, op: 'paywall', ...(omitted ? { omitted } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}
