// Exhibit boards (展板): paper sizes and what goes on a poster. The layout scales with the
// sheet: A3 is A1 at half the length, so one design serves both.

export type BoardSizeId = 'a1' | 'a3';

export interface BoardSize {
  id: BoardSizeId;
  /** Shown to people: A1, A3. */
  label: string;
  widthMm: number;
  heightMm: number;
  /** Length of one design unit on this sheet, in mm (A1 = 1). */
  scale: number;
}

export const BOARD_SIZES: Record<BoardSizeId, BoardSize> = {
  a1: { id: 'a1', label: 'A1', widthMm: 594, heightMm: 841, scale: 1 },
  a3: { id: 'a3', label: 'A3', widthMm: 297, heightMm: 420, scale: 0.5 },
};

export const DEFAULT_BOARD_SIZE: BoardSizeId = 'a1';

/** PDF points (1/72 in) of a length in mm, as pdfinfo reports them. */
export function mmToPoints(mm: number): number {
  return (mm / 25.4) * 72;
}

/** The PDF file name of a board: xx-zhen.pdf for the default size, xx-zhen-a3.pdf otherwise. */
export function boardPdfName(slug: string, size: BoardSizeId): string {
  return size === DEFAULT_BOARD_SIZE ? `${slug}.pdf` : `${slug}-${size}.pdf`;
}

export interface BoardPhotoCandidate {
  /** Identifiable people are shown. */
  people: boolean;
  /** Those people agreed to publication. */
  consent: boolean;
}

/**
 * Photos for a board: never one showing people without their recorded consent (a poster in
 * a hallway is publication too), in the unit's own order, at most `max`.
 */
export function selectBoardPhotos<T extends BoardPhotoCandidate>(photos: readonly T[], max = 3): T[] {
  return photos.filter((photo) => !photo.people || photo.consent).slice(0, Math.max(0, max));
}

export interface TextBudget {
  /** Characters of each section's account. */
  accountChars: number;
  /** Sub-headings (points) shown per section. */
  points: number;
}

/**
 * How much text a board holds per report section: fewer sections leave room for longer
 * accounts and more points. Measured on A1 with the board's type sizes.
 */
export function boardTextBudget(sectionCount: number): TextBudget {
  if (sectionCount <= 3) return { accountChars: 110, points: 4 };
  if (sectionCount === 4) return { accountChars: 80, points: 3 };
  if (sectionCount === 5) return { accountChars: 60, points: 2 };
  return { accountChars: 50, points: 0 };
}

/** A sub-heading as a short point: its first clause ("确保组织领导到位"), numbering gone. */
export function pointOf(subheading: string, maxChars = 14): string {
  const first = subheading.split(/[，,；;。：:]/)[0]?.trim() ?? '';
  const point = first === '' ? subheading.trim() : first;
  const chars = [...point];
  return chars.length <= maxChars ? point : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/** Items shown on a board, and how many were left out (said on the board as 等N项). */
export function takeForBoard<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  const shown = items.slice(0, Math.max(0, max));
  return { shown, more: items.length - shown.length };
}

/**
 * Headline figures for a board: in the unit's order, those whose label fits a tile
 * (`maxLabel` characters) first, at most `max`. Long labels stay on the unit's page.
 */
export function pickBoardFigures<T extends { label: string }>(figures: readonly T[], max: number, maxLabel = 8): T[] {
  return figures.filter((figure) => [...figure.label].length <= maxLabel).slice(0, Math.max(0, max));
}

/**
 * Items in runs of at most `size`, in order: the pages of a list too long for one slide.
 * An empty list gives no page; `size` below 1 counts as 1.
 */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += step) pages.push(items.slice(start, start + step));
  return pages;
}

/**
 * How much one 1024×768 slide holds, measured in Chromium with present.css: a section's
 * account (≤ 150 characters) and four points, or eight points alone; eight lines of the
 * title and honor record; two photos with their captions.
 */
export const SLIDE_CAPACITY = { pointsWithAccount: 4, points: 8, recordLines: 8, photos: 2 } as const;

/** A section's points over slides: the first page shares its slide with the account. */
export function paginateSectionPoints(points: readonly string[], hasAccount: boolean): string[][] {
  const first = hasAccount ? SLIDE_CAPACITY.pointsWithAccount : SLIDE_CAPACITY.points;
  const head = points.slice(0, first);
  return [head, ...paginate(points.slice(first), SLIDE_CAPACITY.points)];
}

/** Bleed a print shop asks for around the trimmed sheet, in mm. */
export const BLEED_MM = 3;
/** Room outside the bleed for the crop marks, in mm. */
export const CROP_MARK_AREA_MM = 10;

const SENTENCE = /[^。！？!?]+[。！？!?]+[”’」』）)]*/g;

/**
 * A section's account on a board or slide: its opening sentences, whole, at most `maxChars`
 * characters; never a sentence cut in the middle. A sentence showing a placeholder (XX,
 * xxxx) is skipped: a poster must not print one. When the first usable sentence alone is
 * longer than the budget, it is kept whole if at most twice the budget, else there is no
 * account (the heading and points still stand).
 */
export function sentenceAccount(text: string, maxChars: number, hasPlaceholder: (sentence: string) => boolean): string {
  const sentences = (text.trim().match(SENTENCE) ?? []).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '' && !hasPlaceholder(sentence));
  let account = '';
  for (const sentence of sentences) {
    const next = account + sentence;
    if ([...next].length > maxChars) {
      if (account === '' && [...sentence].length <= 2 * maxChars) account = sentence;
      break;
    }
    account = next;
  }
  return account;
}
