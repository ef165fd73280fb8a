import { defineCollection } from 'astro:content';
import { buildCacheDir } from './build-cache';
import { siteConfig } from './site.config';
import { contentPipeline } from './loaders/content-pipeline';
import { reportSchema } from './schemas/report';
import { unitSchema } from './schemas/unit';

// One reading of content/: the publishing gate parses and checks it, both collections store it.
const pipeline = contentPipeline({ contentDir: siteConfig.contentDir, cacheDir: buildCacheDir() });

const units = defineCollection({ loader: pipeline.units, schema: unitSchema });
const reports = defineCollection({ loader: pipeline.reports, schema: reportSchema });

export const collections = { units, reports };
