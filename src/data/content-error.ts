import { AstroError } from 'astro/errors';

/**
 * A content mistake a person can fix: names the file, the field and what is expected.
 * An AstroError, so the build prints it as a message with a hint, not as a crash.
 */
export class ContentError extends AstroError {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    hint = '改正后重新运行 npm run build。',
  ) {
    super(`${file}\n  ${field}：${problem}`, hint);
    this.name = 'ContentError';
  }
}
