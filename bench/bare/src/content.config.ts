// Every report of the corpus, as the glob loader reads it; no schema beyond what a page needs.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env['SHOWCASE_CONTENT_DIR'] ?? '../../content';

const reports = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${contentDir}/units`, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { reports };
