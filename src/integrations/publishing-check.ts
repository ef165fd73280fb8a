// Runs `showcase check` at the start of every `astro build`: content with an error (a citizen's
// ID number, a missing photo, an unresolved XX) stops the build before a page is written.
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatCheckResult } from '../check/format';
import { runCheck } from '../check/run-check';

export function publishingCheck(contentDir: string): AstroIntegration {
  return {
    name: 'showcase:publishing-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        // Only for proving the second line of defence (sanitizing) in tests; never for publishing.
        if (process.env['SHOWCASE_UNSAFE_SKIP_CHECK'] === '1') {
          logger.warn('SHOWCASE_UNSAFE_SKIP_CHECK=1：发布前检查已跳过，这样生成的网站不得发布。');
          return;
        }
        const result = await runCheck(contentDir);
        if (result.errors > 0) {
          throw new AstroError(`发布前检查未通过，网站没有生成。\n\n${formatCheckResult(result)}`, '改正上面列出的错误后重新运行 npm run build；单独检查可运行 npm run check:content。');
        }
        logger.info(`内容检查通过：${result.units} 个单位、${result.reports} 份报告，${result.warnings} 个警告，${result.acknowledged.length} 处已登记的例外。`);
        for (const finding of result.findings) logger.warn(`${finding.file}${finding.line ? `:${finding.line}` : ''} ${finding.message}`);
      },
    },
  };
}
