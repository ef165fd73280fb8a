import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site-data';
import { honorsCsv } from '../../data/open-data';

export const GET: APIRoute = async () => {
  const { units } = await loadSiteData();
  return new Response(honorsCsv(units), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
