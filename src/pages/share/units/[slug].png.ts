// The unit's 1200×630 link-preview picture (og:image), drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData, type UnitView } from '../../../data/site-data';
import { pageKey } from '../../../data/page-keys';
import { unitCardPng } from '../../../data/unit-card';

export const getStaticPaths = (async () => {
  const { units } = await loadSiteData();
  return units.map((unit) => ({ params: { slug: unit.slug }, props: { unit }, cacheKey: pageKey(unit.digest) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: UnitView }> = async ({ props }) => {
  const png = await unitCardPng(props.unit);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
