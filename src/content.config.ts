import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteConfig } from './site.config';
import { unitsLoader } from './loaders/units-loader';
import { reportSchema } from './schemas/report';
import { unitSchema } from './schemas/unit';

const unitsDir = `${siteConfig.contentDir}/units`;

/** The folder a file sits in, under units/: the key that ties a unit's files together. */
const folderOf = (entry: string) => entry.split('/')[0] ?? entry;

const units = defineCollection({
  loader: unitsLoader({ pattern: '*/unit.yaml', base: unitsDir, generateId: ({ entry }) => folderOf(entry) }),
  schema: unitSchema,
});

const reports = defineCollection({
  loader: glob({
    pattern: '*/*.md',
    base: unitsDir,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: reportSchema,
});

export const collections = { units, reports };
