// The report for a person: per document its title, unit, date, counts and warnings grouped
// by kind with line numbers, in plain Chinese.
import { formatPartialDate, parsePartialDate } from '../domain/partial-date';
import type { AnalyzedDocument } from './analyze';
import type { WarningKind } from './types';

export const KIND_LABELS: Record<WarningKind, string> = {
  artifact: '已删除的分页/网页残留',
  placeholder: '占位符（XX、×××）',
  'missing-number': '缺失的数字',
  pii: '个人信息',
  duplicate: '重复的材料',
  undated: '缺少日期',
  'relative-date': '相对时间（今年、去年）',
  gap: '编号跳跃',
  truncated: '材料不完整',
  unit: '单位名称',
  region: '所在地区',
  merged: '从其他版本合并',
  encoding: '文字编码',
  money: '金额的种类或周期（请确认）',
  recipient: '荣誉的获得者（请确认）',
};

const MAX_PER_KIND = 8;

export function humanReport(docs: readonly AnalyzedDocument[]): string {
  const out: string[] = [];
  let source = '';
  for (const d of docs) {
    if (d.source !== source) {
      source = d.source;
      out.push(`\n文件：${d.source}（${encodingLabel(d.encoding)}）`);
    }
    const unit = d.unit ? `${d.unit.name}` : '（未识别）';
    const date = d.date ? `${prettyDate(d.date.iso)}${d.date.source === 'duplicate' ? '（取自另一版本）' : ''}` : '（无）';
    const where = d.paragraphNumbers ? '段' : '行';
    out.push('');
    out.push(`【第${d.index + 1}篇】${d.title?.text ?? '（无标题）'}    第${d.firstLine}–${d.lastLine}${where}`);
    out.push(`  单位：${unit}    日期：${date}${d.seeks ? `    申报：${d.seeks.level}${d.seeks.title}` : ''}`);
    out.push(`  章节 ${countSections(d)} · 荣誉 ${d.honors.length} · 金额 ${d.amounts.length} · 事件 ${d.events.length}`);
    if (d.duplicateOf !== null) out.push(`  ⚠ 与第${d.duplicateOf + 1}篇重复（相似度 ${d.similarity.toFixed(2)}）：不单独导入`);
    const byKind = new Map<WarningKind, typeof d.warnings>();
    // Full-width punctuation is one summary line, not a list that hides the page debris.
    const punctuation = d.substitutions.filter((s) => s.op === 'punctuation');
    const isPunctuation = (w: (typeof d.warnings)[number]) => w.kind === 'artifact' && w.hint.startsWith('半角标点');
    for (const w of d.warnings) if (!isPunctuation(w)) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w]);
    if (punctuation.length > 0) {
      const lines = [...new Set(punctuation.map((s) => s.line))];
      out.push(
        `  半角标点改为全角（${punctuation.length} 处，第${lines.slice(0, 12).join('、')}${lines.length > 12 ? '…' : ''}${where}）：原文保留在 --json 的 substitutions 中，可还原`,
      );
    }
    if (byKind.size === 0) out.push('  没有需要核对的问题。');
    for (const [kind, list] of byKind) {
      out.push(`  ${KIND_LABELS[kind]}（${list.length} 处）：`);
      for (const w of list.slice(0, MAX_PER_KIND)) {
        const at = w.line > 0 ? `第${w.line}${where}` : '全篇';
        const text = kind === 'artifact' ? `删除了“${w.text}”` : w.hint;
        out.push(`    ${at}：${text}`);
      }
      if (list.length > MAX_PER_KIND) out.push(`    ……另有 ${list.length - MAX_PER_KIND} 处（用 --json 查看全部）`);
    }
  }
  return out.join('\n').replace(/^\n/, '');
}

function countSections(d: AnalyzedDocument): number {
  return d.blocks.filter((b) => b.role === 'heading').length;
}

function prettyDate(iso: string): string {
  const d = parsePartialDate(iso);
  return d ? formatPartialDate(d) : iso;
}

function encodingLabel(encoding: string): string {
  return (
    (
      {
        'utf-8': 'UTF-8 编码',
        'utf-8-bom': 'UTF-8 编码（带 BOM）',
        gb18030: 'GBK/GB18030 编码',
        big5: 'Big5 编码',
        'utf-16le': 'UTF-16 编码',
        'utf-16be': 'UTF-16 编码',
        docx: 'Word 文档，行号为段落序号',
      } as Record<string, string>
    )[encoding] ?? encoding
  );
}
