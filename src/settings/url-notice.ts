// Without a public URL the site still builds, but every QR code, canonical link, sitemap and
// feed would lead nowhere: say so at the start and at the end of every build.
import type { AstroIntegration } from 'astro';
import { URL_HINT } from './site-settings';

export const MISSING_URL_WARNING = `警告：网站网址 url 尚未设置。二维码、规范链接、站点地图和 RSS 不会生成，展板 PDF、会议材料和离线版会拒绝生成。${URL_HINT}`;

export function siteUrlNotice(url: string | undefined): AstroIntegration {
  // Written to stderr rather than through Astro's logger so that `--silent` builds say it too.
  const warn = () => {
    if (!url) process.stderr.write(`\n${MISSING_URL_WARNING}\n\n`);
  };
  return { name: 'showcase:site-url', hooks: { 'astro:build:start': warn, 'astro:build:done': warn } };
}
