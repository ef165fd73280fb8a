// YAML written by hand, read with positions: syntax errors name the line and column in Chinese,
// and a value's line can be found from its path so schema errors can point at it too.
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlProblem {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

export interface YamlSource {
  /** The parsed value; undefined when the text has syntax errors. */
  value: unknown;
  problems: YamlProblem[];
  /** Where the value at `path` (or its nearest existing parent) starts; null when unknown. */
  locate: (path: ReadonlyArray<PropertyKey>) => { line: number; column: number } | null;
}

/** Messages for the syntax errors of `yaml` 2.x, by error code. */
const MESSAGES: Record<string, string> = {
  BAD_INDENT: '缩进不对齐：同一层的各项要用相同数量的空格缩进',
  TAB_AS_INDENT: '缩进用了 Tab 键：请改用空格',
  MULTILINE_IMPLICIT_KEY: '一项设置不能跨行：检查这一行或上一行是否少了英文冒号“:”，或文字中间换了行',
  BLOCK_AS_IMPLICIT_KEY: '格式不对：检查这一行或上一行是否少了英文冒号“:”',
  DUPLICATE_KEY: '同一项写了两次：请删去重复的一项',
  MISSING_CHAR: '缺少配对的符号（引号、括号）',
  BAD_DQ_ESCAPE: '双引号中的反斜杠“\\”用法不对：改用单引号，或写成“\\\\”',
  UNEXPECTED_TOKEN: '这里出现了意料之外的符号',
  BAD_SCALAR_START: '值不能以这个符号开头：请给值加上引号',
  BLOCK_IN_FLOW: '括号内不能换行写列表',
  MISSING_KEY: '缺少设置项的名称',
  KEY_OVER_1024_CHARS: '设置项名称太长',
  IMPOSSIBLE: 'YAML 格式错误',
};

/** Lines (1-based) that look like `key：value`, a full-width colon where YAML needs ": ". */
export function fullWidthColonLines(text: string): number[] {
  return text.split(/\r?\n/).flatMap((line, i) => (/^\s*(-\s+)?[\p{L}\p{N}_-]+\s*：/u.test(line) && !/^\s*#/.test(line) ? [i + 1] : []));
}

/** The hint for full-width colons, or '' when the text has none where a key would be. */
export function fullWidthColonHint(text: string): string {
  const lines = fullWidthColonLines(text);
  if (lines.length === 0) return '';
  return `第 ${lines.join('、')} 行在设置项名称后用了中文冒号“：”，YAML 要用英文冒号加一个空格“: ”（例如 title: 某某县文明单位创建成果展示）`;
}

export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: YamlProblem[] = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const message = MESSAGES[error.code] ?? 'YAML 格式错误';
    return { line, column: col, message };
  });
  const locate = (path: ReadonlyArray<PropertyKey>) => {
    for (let n = path.length; n >= 0; n -= 1) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) {
        const { line, col } = lineCounter.linePos(range[0]);
        return { line, column: col };
      }
    }
    return null;
  };
  return { value: problems.length > 0 ? undefined : doc.toJS(), problems, locate };
}
