// Signs that a document is incomplete: it stops mid-sentence.
import { ENDS_SENTENCE } from './clean';
import { locate } from './text-map';
import type { Block, Warning } from './types';

export function lintTruncation(blocks: readonly Block[]): Warning[] {
  // An appendix after the 落款 (附件：…荣誉, its list) is not where the report stops.
  const signed = blocks.findLastIndex((b) => b.role === 'signature');
  const body = signed >= 0 && blocks.slice(signed + 1).some((b) => b.role === 'heading' && b.family === 'appendix') ? blocks.slice(0, signed) : blocks;
  const last = [...body].reverse().find((b) => b.role !== 'signature' && b.role !== 'dateline');
  if (!last || last.role === 'table' || last.role === 'heading') return [];
  const text = last.piece.text;
  // "…幸福家园。联系人：###　联系电话：###": contact fields after the last sentence close the text.
  const closing = text.replace(/(?:[\s\u3000]*(?:联系人|联系电话|电话|手机|邮箱|电子邮箱|联系地址|地址|邮编)[:：][^。！？!?]*?)+$/, '');
  if (ENDS_SENTENCE.test(closing) || /[!！]$/.test(closing)) return [];
  // "(记者 李婷 通讯员 韩东)": a news story's byline in brackets closes it.
  if (/^[（(][^（）()]{2,30}[)）]$/.test(text.trim())) return [];
  return [
    {
      kind: 'truncated',
      line: locate(last.piece, text.length - 1).line,
      text: `…${text.slice(-12)}`,
      hint: '文末没有结束标点，材料可能被截断：请与原件核对，补齐后再导入',
    },
  ];
}
