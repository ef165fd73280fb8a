// The site's own 1200×630 link-preview picture, for pages that are not about one unit.
import type { APIRoute } from 'astro';
import { siteConfig } from '../../site.config';
import { siteAddress } from '../../data/share';
import { loadSiteData } from '../../data/site-data';
import { siteSummary } from '../../data/site-summary';
import { shareImagePng } from '../../share/cards/share-image';

export const GET: APIRoute = async () => {
  const summary = siteSummary((await loadSiteData()).units);
  const png = await shareImagePng({
    kicker: siteConfig.office,
    title: siteConfig.title,
    facts: [`展示单位 ${summary.unitCount}个`, `持有文明单位称号 ${summary.titledCount}个`, `荣誉 ${summary.honorCounts.honors}项`],
    footer: siteAddress() ?? siteConfig.title,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
