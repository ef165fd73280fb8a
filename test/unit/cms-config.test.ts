// The editing page's configuration follows the content model: fields come from the Zod schemas.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsBackend, cmsConfig } from '../../src/admin/cms-config';
import { objectFields, type CmsField } from '../../src/admin/zod-fields';
import { UNIT_KINDS } from '../../src/domain/vocabulary';
import { reportSchema } from '../../src/schemas/report';
import { unitSchema } from '../../src/schemas/unit';

const units = unitSchema;
const byName = (fields: CmsField[] | undefined, name: string) => fields?.find((field) => field.name === name);
const config = cmsConfig({ contentDir: 'content', unitSchema: units, reportSchema }) as {
  collections: Array<{ name: string; folder: string; path: string; media_folder?: string; fields: CmsField[] }>;
  output: unknown;
};
const collection = (name: string) => config.collections.find((c) => c.name === name);

describe('editing configuration from the schemas', () => {
  it('has one field per schema field, in order, for units and reports', () => {
    const shape = (schema: unknown) =>
      Object.keys(
        (schema as { _zod: { def: { in?: { _zod: { def: { shape: object } } }; shape?: object } } })._zod.def.in?._zod.def.shape ??
          (schema as { shape: object }).shape,
      );
    expect(collection('units')?.fields.map((field) => field.name)).toEqual(shape(units));
    expect(collection('reports')?.fields.map((field) => field.name)).toEqual([...Object.keys(reportSchema.shape), 'body']);
  });

  it('maps the kinds of field to widgets: lists of objects, enums, numbers, switches, uploads', () => {
    const fields = collection('units')?.fields;
    expect(byName(fields, 'kind')).toMatchObject({ widget: 'select', options: [...UNIT_KINDS], required: true });
    const honors = byName(fields, 'honors');
    expect(honors).toMatchObject({ widget: 'list', required: false });
    expect(byName(honors?.fields, 'title')).toMatchObject({ widget: 'string', required: true });
    expect(byName(honors?.fields, 'level')).toMatchObject({ widget: 'select', required: false });
    expect(byName(honors?.fields, 'year')).toMatchObject({ widget: 'string', required: true });
    const photos = byName(fields, 'photos');
    expect(byName(photos?.fields, 'file')).toMatchObject({ widget: 'image', required: true });
    expect(byName(photos?.fields, 'consent')).toMatchObject({ widget: 'boolean', default: false });
    const staff = byName(byName(fields, 'figures')?.fields, 'staff');
    expect(staff).toMatchObject({ widget: 'list', required: false });
    expect(byName(staff?.fields, 'measure')).toMatchObject({ widget: 'select', required: true });
    expect(byName(staff?.fields, 'count')).toMatchObject({ widget: 'number', value_type: 'int', required: true });
    expect(byName(fields, 'region')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(byName(fields, 'draft')).toMatchObject({ widget: 'boolean', default: false });
    for (const name of ['titles', 'events', 'investments', 'acknowledgements']) expect(byName(fields, name)?.widget, name).toBe('list');
  });

  it('gives a select no null default (the editor refuses a default outside its options)', () => {
    const investments = byName(collection('units')?.fields, 'investments');
    const period = byName(investments?.fields, 'period');
    expect(period).toMatchObject({ widget: 'select', required: false });
    expect(period).not.toHaveProperty('default');
  });

  it('follows a field added to the model, labelled or not', () => {
    const grown = z.object({ title: z.string(), recipient: z.enum(['本单位', '下属单位', '个人']).default('本单位'), newThing: z.string().optional() });
    expect(objectFields(grown)).toEqual([
      expect.objectContaining({ name: 'title', required: true }),
      expect.objectContaining({ name: 'recipient', label: '获得者', widget: 'select', default: '本单位', required: false }),
      expect.objectContaining({ name: 'newThing', label: 'newThing', widget: 'string', required: false }),
    ]);
  });

  it("edits unit.yaml and the reports in content/units, with photos uploaded to the unit's photos/", () => {
    expect(collection('units')).toMatchObject({ folder: 'content/units', path: '{{slug}}/unit', media_folder: 'photos' });
    expect(collection('reports')).toMatchObject({ folder: 'content/units', path: '{{slug}}/report' });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('signs in to Gitea or GitLab when configured', () => {
    expect(cmsBackend({ backend: 'gitea', repo: 'wmb/showcase', baseUrl: 'https://git.xx.gov.cn/', branch: 'main' })).toEqual({
      name: 'gitea',
      repo: 'wmb/showcase',
      branch: 'main',
      base_url: 'https://git.xx.gov.cn',
      api_root: 'https://git.xx.gov.cn/api/v1',
    });
    expect(cmsBackend({ backend: 'gitlab', repo: 'wmb/showcase', baseUrl: 'https://gitlab.xx.cn', branch: 'pages' })).toMatchObject({
      name: 'gitlab',
      api_root: 'https://gitlab.xx.cn/api/v4',
      branch: 'pages',
    });
    expect(cmsBackend(undefined)).toMatchObject({ name: 'github' });
  });
});
