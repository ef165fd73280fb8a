// The unit's 1200×630 link-preview picture: what it shows, and drawing it ahead of its route.
// Drawing is native work (librsvg in libvips threads), so cards started while the main thread
// renders other pages use the other cores. The board route, rendered earlier in the build than
// /share/ and only when the unit changed, starts it; the share route then finds the picture in
// the card cache (src/share/cards/render-cache.ts).
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { siteConfig } from '../site.config';
import { shareImagePng, type ShareCard } from '../share/cards/share-image';
import { titleText } from './boards';
import { unitLink } from './share';
import type { UnitView } from './site-data';

export async function unitCard(unit: UnitView): Promise<ShareCard> {
  const link = await unitLink(unit);
  return {
    kicker: siteConfig.title,
    title: unit.data.name,
    badge: unit.current ? titleText(unit.current) : undefined,
    facts: unit.figures.slice(0, 3).map((figure) => `${figure.label} ${figure.text}`),
    footer: link ? `${siteConfig.office}　${link.short}` : siteConfig.office,
  };
}

const ahead = new Map<string, Promise<void>>();
// As many cards at a time as there are cores. Measured cold at 1 000 units on 2 cores: one at
// a time, the cards were still being drawn when /share/ came up and the main thread waited
// there; two at a time rendered every page about 4 s (12 %) sooner; three was slower again.
const drawing = pLimit(availableParallelism());

/** Starts drawing the unit's card into the card cache; failures surface when the route draws it. */
export function drawUnitCardAhead(unit: UnitView): void {
  if (ahead.has(unit.slug)) return;
  const drawn = drawing(() => unitCard(unit).then(shareImagePng)).then(
    () => {},
    () => {},
  );
  ahead.set(unit.slug, drawn);
}

/** The unit's card as PNG: from the cache when it was drawn ahead (or in an earlier build). */
export async function unitCardPng(unit: UnitView): Promise<Buffer> {
  await ahead.get(unit.slug);
  ahead.delete(unit.slug);
  return shareImagePng(await unitCard(unit));
}
