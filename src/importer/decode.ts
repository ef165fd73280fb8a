// Bytes of a .txt file into text: UTF-8 (with or without BOM), UTF-16 with BOM, or the
// Chinese legacy encodings (GB2312/GBK/GB18030, read as GB18030, their superset; Big5).
import chardet from 'chardet';
import type { SourceLine } from './types';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** U+FFFD characters produced by decoding: bytes that were not valid in the chosen encoding. */
  replaced: number;
}

export class NotTextError extends Error {}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withCount(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withCount(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withCount(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) throw new NotTextError('binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', replaced: 0 };
  } catch {
    // Not UTF-8: a legacy Chinese encoding.
  }
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  const encoding: TextEncoding = guess === 'big5' ? 'big5' : 'gb18030';
  return withCount(new TextDecoder(encoding).decode(bytes), encoding);
}

function withCount(text: string, encoding: TextEncoding): DecodedText {
  return { text, encoding, replaced: (text.match(/\uFFFD/g) ?? []).length };
}

/** NUL bytes do not occur in text files (UTF-16 without BOM aside, which we do not guess). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i += 1) if (bytes[i] === 0) return true;
  return false;
}

/** Splits text into numbered lines; CRLF, CR and LF all end a line. */
export function toSourceLines(text: string): SourceLine[] {
  const parts = text.split(/\r\n|\r|\n/);
  if (parts.length > 1 && parts.at(-1) === '') parts.pop();
  return parts.map((t, i) => ({ line: i + 1, text: t }));
}
