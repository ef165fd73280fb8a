import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data';
import { unitsJson } from '../../data/open-data';

export const GET: APIRoute = async () => {
  const { units } = await loadSiteData();
  return new Response(unitsJson(units), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
