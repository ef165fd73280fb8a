// The editor's script, its interface strings and its fonts, from npm packages (src/admin/cms-assets.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { CMS_LOCALES, cmsFont, cmsFonts, cmsLocale, cmsScript, cmsVersion, type CmsFont } from '../../admin/cms-assets';
import { href } from '../../data/paths';

type Asset = { kind: 'script' } | { kind: 'version' } | { kind: 'locale'; locale: (typeof CMS_LOCALES)[number] } | { kind: 'font'; font: CmsFont };

export const getStaticPaths = (() => [
  { params: { asset: 'sveltia-cms.js' }, props: { kind: 'script' } },
  // The editor asks its CDN for the latest version: here it learns it is up to date.
  { params: { asset: 'cms/package.json' }, props: { kind: 'version' } },
  ...CMS_LOCALES.map((locale) => ({ params: { asset: `cms@${cmsVersion()}/locales/${locale}.json` }, props: { kind: 'locale', locale } })),
  ...cmsFonts().map((font) => ({ params: { asset: `fonts/${font.file}` }, props: { kind: 'font', font } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute<Asset> = ({ props }) => {
  switch (props.kind) {
    case 'script':
      return new Response(cmsScript(href('admin/cms'), href('admin/fonts/')), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
    case 'version':
      return new Response(JSON.stringify({ name: '@sveltia/cms', version: cmsVersion() }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    case 'locale':
      return new Response(cmsLocale(props.locale), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    case 'font':
      return new Response(new Uint8Array(cmsFont(props.font)), { headers: { 'Content-Type': 'font/woff2' } });
  }
};
