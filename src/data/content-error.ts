/** A content mistake a person can fix: names the file, the field and what is expected. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}\n  ${field}：${problem}`);
    this.name = 'ContentError';
  }
}
