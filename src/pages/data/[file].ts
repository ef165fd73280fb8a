// /data/units.json, honors.csv, investments.csv, events.csv: the open data files (listed with
// what they hold on /data/). One route for the four, so that each carries a cacheKey.
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsCsv, honorsCsv, investmentsCsv, unitsJson } from '../../data/open-data';
import { factsKey } from '../../data/page-keys';
import { loadSiteData, type UnitView } from '../../data/site-data';

const CSV = 'text/csv; charset=utf-8';
const FILES: Record<string, { build: (units: readonly UnitView[]) => string; type: string }> = {
  'units.json': { build: unitsJson, type: 'application/json; charset=utf-8' },
  'honors.csv': { build: honorsCsv, type: CSV },
  'investments.csv': { build: investmentsCsv, type: CSV },
  'events.csv': { build: eventsCsv, type: CSV },
};

export const getStaticPaths = (async () => {
  const key = factsKey((await loadSiteData()).units);
  return Object.keys(FILES).map((file) => ({ params: { file }, cacheKey: key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = FILES[params.file ?? ''];
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.build((await loadSiteData()).units), { headers: { 'Content-Type': file.type } });
};
