// ASCII names for URLs and anchors. Chinese becomes toneless pinyin so a link can be read
// aloud and typed on any keyboard; the whole text goes to pinyin-pro at once so polyphones
// are read in context (重庆 is chong-qing, not zhong-qing).
import { pinyin } from 'pinyin-pro';

/**
 * "鱼塘镇" → "yu-tang-zhen", "XX镇" → "xx-zhen". ASCII letters and digits are kept
 * (lower-cased), everything else is dropped. `maxSyllables` keeps the first N parts.
 */
export function slugify(text: string, options: { maxSyllables?: number } = {}): string {
  const key = `${options.maxSyllables ?? ''}\0${text}`;
  let slug = slugs.get(key);
  if (slug === undefined) {
    // A bounded memo: it only has to outlive one build's repeats, not grow with the content.
    if (slugs.size >= MAX_REMEMBERED_SLUGS) slugs.clear();
    slug = pinyinSlug(text, options.maxSyllables);
    slugs.set(key, slug);
  }
  return slug;
}

// Every heading is slugged by the check and again by the rendering, and unit names on every
// page that lists them: pinyin-pro cost a cold build of 1 000 units 1.7 s before this memo.
const slugs = new Map<string, string>();
const MAX_REMEMBERED_SLUGS = 50_000;

function pinyinSlug(text: string, maxSyllables: number | undefined): string {
  // NFKC folds full-width letters and digits (ＡＢＣ１) to ASCII.
  const normalized = text.normalize('NFKC');
  if (normalized.trim() === '') return '';
  const parts: string[] = [];
  for (const item of pinyin(normalized, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true })) {
    if (item.isZh) {
      const syllable = item.pinyin.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (syllable !== '') parts.push(syllable);
    } else {
      parts.push(...(item.origin.toLowerCase().match(/[a-z0-9]+/g) ?? []));
    }
  }
  const kept = maxSyllables === undefined ? parts : parts.slice(0, Math.max(0, maxSyllables));
  return kept.join('-');
}

// 一、 一． （一） (一) ① 1. 1、 1） 1.2.3 第一部分 第三章: the counters of a report's outline.
const OUTLINE_NUMBER = new RegExp(
  '^\\s*(?:' +
    [
      '[（(]\\s*[一二三四五六七八九十百零〇\\d]+\\s*[)）]',
      '[一二三四五六七八九十百零〇]+\\s*[、．.](?!\\d)',
      '\\d+\\s*[、．.)）](?!\\d)',
      '\\d+(?:[.．]\\d+)+(?:[、．.](?!\\d)|(?=\\s))',
      '[①-⑳]',
      '第[一二三四五六七八九十百零〇\\d]+\\s*(?:部分|章|节|篇|编|条|款)',
    ].join('|') +
    ')\\s*',
);

/** "一、围绕组织落实，强化创建根本" → "围绕组织落实，强化创建根本"; nested counters go too ("一、（一）…"). */
export function stripOutlineNumber(heading: string): string {
  let rest = heading;
  for (;;) {
    const match = OUTLINE_NUMBER.exec(rest);
    if (!match || match[0] === '') return rest.trim();
    rest = rest.slice(match[0].length);
  }
}

/**
 * A stable anchor for a report heading: the pinyin of its first clause, at most 8
 * syllables, so the anchor survives edits to the rest of the heading.
 */
export function sectionSlug(heading: string): string {
  const stripped = stripOutlineNumber(heading);
  const firstClause = stripped.split(/[，,。：:；;、\s]/)[0] ?? '';
  const source = [...firstClause].length < 2 ? stripped : firstClause;
  return slugify(source, { maxSyllables: 8 }) || 'section';
}
