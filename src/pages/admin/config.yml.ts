// /admin/config.yml: the editor's configuration, generated from the content model's schemas.
import { relative } from 'node:path';
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../admin/cms-config';
import { reportSchema } from '../../schemas/report';
import { unitSchema } from '../../schemas/unit';
import { siteConfig } from '../../site.config';

export const GET: APIRoute = () => {
  const config = cmsConfig({
    // Paths in the editor are relative to the repository root (the project folder).
    contentDir: relative(process.cwd(), siteConfig.contentDir).split('\\').join('/') || '.',
    siteUrl: siteConfig.url,
    editing: siteConfig.editing,
    unitSchema,
    reportSchema,
  });
  const header = '# Generated at build time from src/schemas (see src/admin/cms-config.ts). Do not edit.\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
