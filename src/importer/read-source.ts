// A file on disk into numbered lines, by its extension.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeText, NotTextError, toSourceLines } from './decode';
import { readDocx } from './read-docx';
import type { SourceLine } from './types';

export class ImportError extends Error {}

export interface LoadedSource {
  path: string;
  name: string;
  encoding: string;
  lines: SourceLine[];
  /** Characters the decoder could not read. */
  replaced: number;
}

const UNSUPPORTED: Record<string, string> = {
  '.doc': '旧版 Word 格式（.doc）无法读取：请在 Word 或 WPS 中“另存为” .docx 后再导入',
  '.wps': 'WPS 格式（.wps）无法读取：请在 WPS 中“另存为” .docx 后再导入',
  '.pdf': 'PDF 无法直接读取：请在 PDF 阅读器中全选复制正文，粘贴到记事本保存为 .txt 后再导入',
  '.rtf': 'RTF 无法读取：请在 Word 中另存为 .docx 后再导入',
};

export async function loadSource(path: string): Promise<LoadedSource> {
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  if (ext !== '.txt' && ext !== '.docx') {
    throw new ImportError(`${name}：${UNSUPPORTED[ext] ?? `不支持“${ext || '无扩展名'}”文件，只能导入 .txt（纯文本）和 .docx（Word）文件`}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(code === 'ENOENT' ? `${path}：找不到这个文件，请检查路径和文件名` : `${path}：无法读取（${code ?? '未知错误'}），请检查文件权限`);
  }
  if (ext === '.docx') {
    try {
      return { path, name, encoding: 'docx', lines: await readDocx(bytes), replaced: 0 };
    } catch {
      throw new ImportError(`${name}：无法作为 Word 文档打开，文件可能已损坏，或其实是旧版 .doc：请在 Word 中打开后另存为 .docx`);
    }
  }
  try {
    const decoded = decodeText(bytes);
    return { path, name, encoding: decoded.encoding, lines: toSourceLines(decoded.text), replaced: decoded.replaced };
  } catch (error) {
    if (error instanceof NotTextError) throw new ImportError(`${name}：这不是纯文本文件（可能是改了扩展名的 Word 或图片）：请另存为 .txt 或 .docx`);
    throw error;
  }
}
