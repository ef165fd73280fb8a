// Placeholders (XX, ×××, 20××) mean the source hid a name, number or year: publishing them
// needs a person's decision, recorded as an acknowledgement.
import { findPlaceholders } from '../../domain/placeholders';
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { publishedText } from './text-scan';

export function checkPlaceholders({ units }: CheckContext): Finding[] {
  return units.flatMap((unit) =>
    publishedText(unit).flatMap((piece) =>
      findPlaceholders(piece.text).map((placeholder) => ({
        severity: 'error' as const,
        check: 'placeholder',
        file: piece.file,
        line: piece.line,
        ...(piece.field ? { field: piece.field } : {}),
        text: placeholder.text,
        message: `占位符 "${placeholder.text}"：“…${context(piece.text, placeholder.index, placeholder.text.length)}…”`,
        hint: placeholder.year
          ? '原文隐去了年份：填写真实年份；确实无法查到时，在 unit.yaml 的 acknowledgements 中登记（kind: placeholder）。'
          : '原文隐去了名称或数字：填写真实内容；确认保持匿名时，在 unit.yaml 的 acknowledgements 中登记（kind: placeholder）。',
      })),
    ),
  );
}

export function context(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 8), index + length + 8).trim();
}
