// The editing page's configuration (Sveltia CMS, Decap-compatible), generated at build time from
// the content model: units (unit.yaml, with honors, titles, events, investments and photos) and
// reports (Markdown). Photos upload into the unit's own photos/ folder.
import type { z } from 'astro/zod';
import type { EditingSettings } from '../settings/site-settings';
import { objectFields, type CmsField } from './zod-fields';

export interface CmsConfigInput {
  /** The content folder, relative to the repository root: content. */
  contentDir: string;
  /** The public site, shown as a link in the editor; none without a URL. */
  siteUrl?: string | undefined;
  editing?: EditingSettings | undefined;
  unitSchema: z.ZodType;
  reportSchema: z.ZodType;
}

/** The git service to sign in to. Without one, only local-folder editing (on this computer) works. */
export function cmsBackend(editing: EditingSettings | undefined): Record<string, string> {
  if (!editing) {
    // Sveltia needs some git backend in the config; on localhost it also offers "work with a
    // local repository" (the project folder, through the browser's File System Access API),
    // which is what this placeholder is for. Signing in to it cannot work, by design.
    return { name: 'github', repo: 'local/showcase', branch: 'main' };
  }
  const branch = editing.branch;
  if (editing.backend === 'github') return { name: 'github', repo: editing.repo, branch };
  const base = editing.baseUrl?.replace(/\/$/, '');
  const api = editing.backend === 'gitea' ? '/api/v1' : '/api/v4';
  return { name: editing.backend, repo: editing.repo, branch, ...(base ? { base_url: base, api_root: `${base}${api}` } : {}) };
}

export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const folder = `${input.contentDir.replace(/\/$/, '')}/units`;
  const unitFields: CmsField[] = objectFields(input.unitSchema);
  const reportFields: CmsField[] = [
    ...objectFields(input.reportSchema),
    { name: 'body', label: '正文（## 为“一、”级标题，### 为“（一）”级）', widget: 'markdown' },
  ];
  return {
    backend: cmsBackend(input.editing),
    ...(input.siteUrl ? { site_url: input.siteUrl, display_url: input.siteUrl } : {}),
    // Uploads outside a unit (none are expected) land here; units override it below.
    // An optional field left empty is left out, not written as '' or null, which the schemas
    // would refuse (a level of '', a section anchor of '').
    output: { omit_empty_optional_fields: true },
    media_folder: `${folder}/_uploads`,
    public_folder: '_uploads',
    collections: [
      {
        name: 'units',
        label: '单位',
        label_singular: '单位',
        description: '各单位的资料：称号、荣誉、大事记、投入和照片。新增单位请用命令 showcase new（见工作人员指南）。',
        folder,
        path: '{{slug}}/unit',
        extension: 'yaml',
        format: 'yaml',
        // New units start from the clean template (showcase new), never from an empty form.
        create: false,
        delete: false,
        identifier_field: 'name',
        summary: '{{name}}',
        // Entry-relative: an uploaded photo goes to content/units/<unit>/photos/ and is written
        // as photos/<file>, relative to unit.yaml as the schema expects.
        media_folder: 'photos',
        public_folder: 'photos',
        fields: unitFields,
      },
      {
        name: 'reports',
        label: '汇报材料',
        label_singular: '汇报材料',
        description: '各单位的创建工作汇报（Markdown）。导入新材料请用命令 showcase import。',
        folder,
        path: '{{slug}}/report',
        extension: 'md',
        format: 'frontmatter',
        create: false,
        delete: false,
        identifier_field: 'title',
        summary: '{{title}}',
        fields: reportFields,
      },
    ],
  };
}
