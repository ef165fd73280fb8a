// Reading a content file safely: the bytes decoded (UTF-8 with or without BOM; GB18030 and
// UTF-16 recognised), invalid bytes refused with their line, and limits on size and nesting
// so that no file, however made, stops the check without naming itself. Used by the check
// (load-content.ts) and meant for the build's loader, so both read a file the same way.
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { decodeText } from '../importer/decode';

/** A content file larger than this is refused: a report is tens of kilobytes. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** Markdown containers (block quotes, lists) nested deeper than this are refused. */
export const MAX_MARKDOWN_DEPTH = 24;
/** YAML collections nested deeper than this are refused. */
export const MAX_YAML_DEPTH = 32;
/** YAML aliases (*name) resolved per file: a few are normal, thousands are an attack. */
export const MAX_YAML_ALIASES = 100;
/** unit.yaml and front matter are a page of fields: a few kilobytes. */
export const MAX_YAML_BYTES = 256 * 1024;
/** A line (a paragraph) longer than this is refused: report paragraphs run to a few thousand characters. */
export const MAX_LINE_LENGTH = 20_000;
/**
 * Emphasis marks (runs of * or _) and link or image openers ([) per paragraph, and in the
 * whole file: Markdown parsers take quadratic time and more on thousands of them in one
 * paragraph (so would the build); real reports have a few.
 */
export const MAX_INLINE_MARKS_PER_PARAGRAPH = 200;
export const MAX_INLINE_MARKS = 1000;

/** Why a file cannot be read, in words for office staff; `line` where it is known. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
}

const CONVERT_HINT = '用记事本打开这个文件，选择“另存为”，在“编码”中选 UTF-8 后保存（WPS/Word：另存为“纯文本”，编码选 UTF-8）。';

/**
 * The text of a content file. UTF-8 (a BOM is dropped) is read as it is; GB18030/GBK and
 * UTF-16 with BOM are decoded and reported by `encoding`, so the caller can refuse or accept
 * them; bytes that are valid in no encoding throw a SourceError naming the line.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new SourceError(
      `文件有 ${(bytes.length / 1048576).toFixed(1)} MB，超过内容文件 ${MAX_SOURCE_BYTES / 1048576} MB 的上限`,
      '一份汇报材料通常只有几十 KB：检查是否误存了图片或其他文件；照片请放在 photos/ 中。',
    );
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not valid UTF-8: another encoding, or UTF-8 with damaged bytes (below).
  }
  if (hasBom || looksLikeDamagedUtf8(body)) {
    const line = firstInvalidUtf8Line(body);
    throw new SourceError(
      `第${line}行含有无效的字节，不是有效的 UTF-8 文字（可能是复制、传输时损坏，或混入了其他编码的文字）`,
      `打开文件找到第${line}行，重新输入那里的文字后另存为 UTF-8。`,
      line,
    );
  }
  let decoded;
  try {
    decoded = decodeText(body);
  } catch {
    throw new SourceError('这不是文本文件（含有二进制内容）', '报告应是 .md 文本文件；Word 文件请先用 showcase import 导入。');
  }
  if (decoded.replaced > 0) {
    const line = decoded.text.slice(0, decoded.text.indexOf('\uFFFD')).split('\n').length;
    throw new SourceError(`第${line}行含有无法识别的字节（文件编码为 ${decoded.encoding.toUpperCase()}，但有损坏）`, CONVERT_HINT, line);
  }
  return { text: decoded.text, encoding: decoded.encoding === 'utf-8-bom' ? 'utf-8-bom' : decoded.encoding };
}

/**
 * Mostly valid UTF-8 with a few bad bytes (a damaged copy), as opposed to a file in another
 * encoding: more than one well-formed multi-byte sequence and far fewer malformed ones.
 */
function looksLikeDamagedUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  const good = (text.match(/[^\u0000-\u007F\uFFFD]/g) ?? []).length;
  return good >= 2 && bad * 4 <= good;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.slice(0, Math.max(0, text.indexOf('\uFFFD'))).split('\n').length;
}

/**
 * Markdown nested deeper than the limit (> > > …, lists inside lists): the line of the first
 * such container, or null. Counted per line from its leading markers, in linear time, because
 * parsing such a file is exactly what takes minutes or overflows the stack.
 */
export function tooDeepMarkdown(text: string): number | null {
  const lines = text.split('\n');
  const listIndents: number[] = [];
  for (const [i, line] of lines.entries()) {
    let quotes = 0;
    let pos = 0;
    // Block-quote markers, possibly spaced: "> > >" or ">>>".
    while (pos < line.length && (line[pos] === '>' || line[pos] === ' ' || line[pos] === '\t')) {
      if (line[pos] === '>') quotes += 1;
      pos += 1;
      if (quotes > MAX_MARKDOWN_DEPTH) return i + 1;
    }
    // List nesting: the indents of the list items above that this item sits inside.
    const item = /^([ \t]*)(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.exec(line.slice(quotes > 0 ? pos : 0));
    if (item) {
      const indent = (item[1] ?? '').replace(/\t/g, '    ').length;
      while (listIndents.length > 0 && (listIndents.at(-1) ?? 0) >= indent) listIndents.pop();
      listIndents.push(indent);
      // A list item that itself starts with a list marker (- - - -) nests on one line.
      const sameLine = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+)+/.exec(line.slice(quotes > 0 ? pos : 0))?.[0] ?? '';
      const inline = (sameLine.match(/(?:[-+*]|\d{1,9}[.)])[ \t]+/g) ?? []).length - 1;
      if (quotes + listIndents.length + inline > MAX_MARKDOWN_DEPTH) return i + 1;
    } else if (line.trim() === '') {
      continue;
    } else if (!/^[ \t]/.test(line)) {
      listIndents.length = 0;
    }
  }
  return null;
}

/** The first line of Markdown whose inline marks or length would make parsing it slow, with why; or null. */
export function tooBusyMarkdown(text: string): { line: number; why: string } | null {
  let paragraph = 0;
  let total = 0;
  for (const [i, line] of text.split('\n').entries()) {
    if (line.length > MAX_LINE_LENGTH) return { line: i + 1, why: `一行超过 ${MAX_LINE_LENGTH} 个字符` };
    if (line.trim() === '') {
      paragraph = 0;
      continue;
    }
    const marks = (line.match(/[*_]+|\[/g) ?? []).length;
    paragraph += marks;
    total += marks;
    if (paragraph > MAX_INLINE_MARKS_PER_PARAGRAPH) return { line: i + 1, why: `一段中的 *、_ 或 [ 超过 ${MAX_INLINE_MARKS_PER_PARAGRAPH} 处` };
    if (total > MAX_INLINE_MARKS) return { line: i + 1, why: `全文的 *、_ 或 [ 超过 ${MAX_INLINE_MARKS} 处` };
  }
  return null;
}

/** YAML nested deeper than the limit, by indentation and brackets, before the parser sees it. */
export function tooDeepYaml(text: string): number | null {
  let brackets = 0;
  const indents: number[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const content = line.replace(/#.*$/, '');
    if (content.trim() === '') continue;
    const indent = /^[ -]*/.exec(content)?.[0].length ?? 0;
    while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
    indents.push(indent);
    let quoted: string | null = null;
    for (const ch of content) {
      if (quoted) {
        if (ch === quoted) quoted = null;
      } else if (ch === '"' || ch === "'") quoted = ch;
      else if (ch === '[' || ch === '{') brackets += 1;
      else if (ch === ']' || ch === '}') brackets = Math.max(0, brackets - 1);
      if (brackets + indents.length > MAX_YAML_DEPTH) return i + 1;
    }
    if (brackets + indents.length > MAX_YAML_DEPTH) return i + 1;
  }
  return null;
}

/**
 * The bytes of a content file inside `unitDir`: refuses what is not a regular file (a folder
 * named report.md), a link that leads nowhere or outside the unit's folder.
 */
export function readUnitFile(path: string, unitDir: string): Uint8Array {
  let link;
  try {
    link = lstatSync(path);
  } catch {
    throw new SourceError('文件不存在或无法读取', '检查文件名，或把文件放回单位文件夹。');
  }
  let target;
  try {
    target = statSync(path);
  } catch {
    throw new SourceError('这是一个快捷方式（符号链接），它指向的文件不存在', '删除这个快捷方式，把真正的文件复制到单位文件夹中。');
  }
  if (!target.isFile()) {
    throw new SourceError(
      target.isDirectory() ? '名字像报告，实际是一个文件夹' : '不是普通文件',
      '报告必须是 .md 文本文件：给这个文件夹改名（不以 .md 结尾），或把它移出单位文件夹。',
    );
  }
  if (link.isSymbolicLink() && !insideFolder(path, unitDir)) {
    throw new SourceError('这是一个快捷方式（符号链接），指向单位文件夹之外的文件', '发布的内容只能来自单位自己的文件夹：把文件复制进来，删除这个快捷方式。');
  }
  return readFileSync(path);
}

/** True when `path`, with every link resolved, lies inside `folder` (also resolved). */
export function insideFolder(path: string, folder: string): boolean {
  try {
    const rel = relative(realpathSync(folder), realpathSync(path));
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith('/');
  } catch {
    return false;
  }
}
