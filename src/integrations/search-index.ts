// Builds the Pagefind search index over the finished site (unit pages carry
// data-pagefind-body; their kind, level and years are data-pagefind-filter values).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'showcase:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; '));
          // Only unit pages are searchable (they carry data-pagefind-body); not parsing the rest
          // keeps indexing proportional to what is found.
          const added = await index.addDirectory({ path: site, glob: 'units/*/index.html' });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`搜索索引：${added.page_count} 个页面，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
        } catch (error) {
          throw new AstroError(`搜索索引生成失败：${error instanceof Error ? error.message : String(error)}`, '重新运行 npm ci 安装 Pagefind，再运行 npm run build。');
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
