// Links for meetings and paper: the pages made for them, absolute URLs for QR codes and link
// previews, and the "as of" stamp. Pages read these; nothing here renders.
import { siteConfig } from '../site.config';
import { DEFAULT_BOARD_SIZE, boardPdfName, type BoardSizeId } from '../domain/board';
import { snapshotStamp, type SnapshotStamp } from '../domain/snapshot';
import { absoluteUrl, displayUrl, siteOrigin } from '../domain/urls';
import { qrSvg } from '../share/qr';
import { href, unitPath } from './paths';
import type { UnitView } from './site-data';

export const boardsPath = () => href('boards/');
/** /boards/<slug>/ for A1 (the default), /boards/<slug>/#a3 for A3: one page serves both sheets. */
export const boardPath = (slug: string, size: BoardSizeId = DEFAULT_BOARD_SIZE) => href(`boards/${slug}/${size === DEFAULT_BOARD_SIZE ? '' : `#${size}`}`);
export const presentPath = (slug: string) => href(`present/${slug}/`);
/** The board's PDF for the print shop, written beside the pages by `showcase boards`. */
export const boardPdfPath = (slug: string, size: BoardSizeId = DEFAULT_BOARD_SIZE) => href(`boards/${boardPdfName(slug, size)}`);
export const handoutPath = () => href('handout/');
export const unitShareImagePath = (slug: string) => href(`share/units/${slug}.png`);
export const siteShareImagePath = () => href('share/site.png');

/**
 * A site path as the absolute URL people reach it by; the site-relative path itself while
 * site.yaml sets no URL (the build warns then, and nothing made for paper is printed).
 */
export const absolute = (path: string) => (siteConfig.url ? absoluteUrl(path, siteConfig.url) : path);

/** The site's home page as people type it ('wmb.xx.gov.cn/showcase/'); null without a URL. */
export const siteAddress = (): string | null => (siteConfig.url ? displayUrl(absoluteUrl(href(), siteConfig.url)) : null);

/** The origin printed before site-relative links on paper; '' without a URL. */
export const printOrigin = () => (siteConfig.url ? siteOrigin(siteConfig.url) : '');

/** The "as of" stamp when site configuration sets snapshotDate; null otherwise. */
export const snapshot: SnapshotStamp | null = snapshotStamp(siteConfig.snapshotDate, siteConfig.snapshotNote);

export interface UnitLink {
  /** https://wmb.xx.gov.cn/units/xx-zhen/ */
  url: string;
  /** wmb.xx.gov.cn/units/xx-zhen/ */
  short: string;
  /** Inline SVG QR code of `url`. */
  qr: string;
}

const linkCache = new Map<string, Promise<UnitLink>>();

/**
 * The unit page's public URL, its short form and its QR code (made once per build); null while
 * site.yaml sets no URL, since a QR code to a placeholder host leads nowhere.
 */
export function unitLink(unit: UnitView): Promise<UnitLink | null> {
  if (!siteConfig.url) return Promise.resolve(null);
  let link = linkCache.get(unit.slug);
  if (!link) {
    const url = absolute(unitPath(unit.slug));
    link = qrSvg(url, { label: `二维码：扫码打开${unit.data.name}的页面 ${displayUrl(url)}` }).then((qr) => ({ url, short: displayUrl(url), qr }));
    linkCache.set(unit.slug, link);
  }
  return link;
}
