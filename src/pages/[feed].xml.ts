// /rss.xml: 最新荣誉与动态 as RSS. A feed needs absolute links, so it exists only when site.yaml
// sets the site's URL (the build warns otherwise).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems } from '../data/feed';
import { href } from '../data/paths';
import { factsKey } from '../data/page-keys';
import { loadSiteData } from '../data/site-data';
import { siteConfig } from '../site.config';

export const getStaticPaths = (async () =>
  siteConfig.url ? [{ params: { feed: 'rss' }, cacheKey: factsKey((await loadSiteData()).units) }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { units } = await loadSiteData();
  return rss({
    title: `${siteConfig.title}：最新荣誉与动态`,
    description: `${siteConfig.office}：各文明单位最新获得的荣誉、称号、大事和创建材料。`,
    site: new URL(href(), siteConfig.url).href,
    items: feedItems(units),
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
};
