// /admin/: the editing page (Sveltia CMS), served as a plain file: the editor brings its own
// scripts and styles, which the site's Content-Security-Policy for pages would block. Never
// indexed; left out of robots, the sitemap, the search index and the offline package.
import type { APIRoute } from 'astro';
import { href } from '../../data/paths';
import { siteConfig } from '../../site.config';

// The editor picks its language from the browser's; staff get the Chinese interface whatever
// their browser says (it can still be changed in the editor's settings).
const FORCE_CHINESE = `for (const key of ['language', 'languages']) Object.defineProperty(navigator, key, { get: () => (key === 'language' ? 'zh-CN' : ['zh-CN']) });`;

// The editor adds its own viewport tag with maximum-scale=1, which stops readers from zooming
// (WCAG 1.4.4); staff who need larger text keep pinch-zoom.
const KEEP_ZOOM = `new MutationObserver(() => { for (const meta of document.querySelectorAll('meta[name="viewport"]')) { const content = meta.getAttribute('content') || ''; const kept = content.split(',').map((part) => part.trim()).filter((part) => !/^(maximum-scale|user-scalable)=/.test(part)).join(', '); if (kept !== content) meta.setAttribute('content', kept); } }).observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content'] });`;

export const GET: APIRoute = () => {
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>内容编辑 - ${siteConfig.title.replace(/[<&]/g, '')}</title>
<link rel="icon" href="${href('favicon.svg')}" type="image/svg+xml">
<link rel="cms-config-url" type="application/yaml" href="${href('admin/config.yml')}">
<script>${FORCE_CHINESE}
${KEEP_ZOOM}</script>
</head>
<body>
<noscript>内容编辑页需要启用 JavaScript。也可以直接用文本编辑器修改 content/units/ 中的文件（见工作人员指南）。</noscript>
<script src="${href('admin/sveltia-cms.js')}"></script>
</body>
</html>
`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
