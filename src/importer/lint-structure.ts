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
  // "…敬请批评指正。" then "东阳县疾病预防控制中心": a 落款 with no date under it, a body's name alone on the
  // last line after a finished sentence, is no cut.
  const previous = body[body.indexOf(last) - 1];
  if (
    /^[\u4e00-\u9fff（）()]{4,30}(?:中心|局|院|校|学|公司|委员会|居委会|政府|机关|所|站|处|办|社区|村|镇|乡|街道|队|馆|厂|行|集团|协会|党委|支部)$/.test(
      text.trim(),
    ) &&
    previous?.role === 'paragraph' &&
    ENDS_SENTENCE.test(previous.piece.text)
  )
    return [];
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
