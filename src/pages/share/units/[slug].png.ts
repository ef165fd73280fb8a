// The unit's 1200×630 link-preview picture (og:image), drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../site.config';
import { titleText } from '../../../data/boards';
import { unitLink } from '../../../data/share';
import { loadSiteData, type UnitView } from '../../../data/site-data';
import { pageKey } from '../../../data/page-keys';
import { shareImagePng } from '../../../share/cards/share-image';

export const getStaticPaths = (async () => {
  const { units } = await loadSiteData();
  return units.map((unit) => ({ params: { slug: unit.slug }, props: { unit }, cacheKey: pageKey(unit.digest) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: UnitView }> = async ({ props }) => {
  const { unit } = props;
  const link = await unitLink(unit);
  const png = await shareImagePng({
    kicker: siteConfig.title,
    title: unit.data.name,
    badge: unit.current ? titleText(unit.current) : undefined,
    facts: unit.figures.slice(0, 3).map((figure) => `${figure.label} ${figure.text}`),
    footer: link ? `${siteConfig.office}　${link.short}` : siteConfig.office,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
