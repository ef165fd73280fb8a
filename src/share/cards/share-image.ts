// The 1200×630 picture link previews show (Open Graph), drawn at build time: an SVG card
// rendered to PNG by sharp (librsvg + fontconfig, so the CJK fonts of the machine are used).
import sharp from 'sharp';
import { cachedRender } from './render-cache';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** Small line at the top: the site's title. */
  kicker: string;
  /** The big text: the unit's name (wrapped to two lines at most). */
  title: string;
  /** The unit's current title, e.g. 县级文明单位（2005年命名）. */
  badge?: string | undefined;
  /** Up to three short facts: 在岗职工 48人. */
  facts: string[];
  /** Bottom line: office and short URL. */
  footer: string;
}

const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const BRAND = '#9b1c1c';

/** Visual width in em: CJK characters are one em, Latin letters and digits about half. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0000-\u00ff]/.test(char) ? 0.55 : 1;
  return width;
}

/** Breaks text into lines of at most `maxEm`; the last allowed line ends with … when cut. */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (textWidthEm(line + char) > maxEm) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${[...last].slice(0, -1).join('')}…`;
  return kept;
}

/** The card as SVG markup (pure; tested without rendering). */
export function shareCardSvg(card: ShareCard): string {
  const { width, height } = SHARE_IMAGE;
  const titleSize = textWidthEm(card.title) * 84 <= 1040 ? 84 : 68;
  const titleLines = wrapText(card.title, 1040 / titleSize, 2);
  const titleTop = 200;
  const titleBlock = titleLines
    .map((line, i) => `<text x="80" y="${titleTop + i * titleSize * 1.2}" font-size="${titleSize}" font-weight="700" fill="#1b1b1b">${escapeXml(line)}</text>`)
    .join('');
  let y = titleTop + (titleLines.length - 1) * titleSize * 1.2 + 78;
  const parts: string[] = [];
  if (card.badge) {
    const badgeWidth = textWidthEm(card.badge) * 36 + 40;
    parts.push(`<rect x="80" y="${y - 44}" width="${badgeWidth}" height="60" rx="8" fill="#fdf0cf" stroke="#5c3d00" stroke-width="3"/>`);
    parts.push(`<text x="100" y="${y}" font-size="36" font-weight="700" fill="#5c3d00">${escapeXml(card.badge)}</text>`);
    y += 80;
  }
  const facts = card.facts.slice(0, 3).join('　·　');
  if (facts) parts.push(`<text x="80" y="${y + 10}" font-size="34" fill="#4a4a4a">${escapeXml(wrapText(facts, 1040 / 34, 1)[0] ?? '')}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="#f6f3ee"/>`,
    `<rect width="${width}" height="96" fill="${BRAND}"/>`,
    `<text x="80" y="62" font-size="36" font-weight="700" fill="#ffffff">${escapeXml(wrapText(card.kicker, 1040 / 36, 1)[0] ?? '')}</text>`,
    titleBlock,
    ...parts,
    `<rect y="${height - 84}" width="${width}" height="84" fill="#ffffff"/>`,
    `<rect y="${height - 84}" width="${width}" height="4" fill="${BRAND}"/>`,
    `<text x="80" y="${height - 30}" font-size="30" fill="#1b1b1b">${escapeXml(wrapText(card.footer, 1040 / 30, 1)[0] ?? '')}</text>`,
    '</svg>',
  ].join('');
}

/**
 * The card as a PNG file's bytes. Plain PNG: a palette PNG is half the size but six times
 * slower to make (≈ 90 ms a card), which a thousand units feel; the cache makes it once.
 */
export async function shareImagePng(card: ShareCard): Promise<Buffer> {
  const svg = shareCardSvg(card);
  return cachedRender('share-cards', svg, () => sharp(Buffer.from(svg)).png().toBuffer());
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
