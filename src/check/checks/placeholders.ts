// Placeholders (XX, ×××, 20××) mean the source hid a name, number or year: publishing them
// needs a person's decision, recorded as an acknowledgement.
import { findPlaceholders } from '../../domain/placeholders';
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { textFindings } from './text-scan';

export function checkPlaceholders({ units }: CheckContext): Finding[] {
  return textFindings(units, 'placeholder', findPlaceholders, (placeholder, excerpt) => ({
    message: `占位符 "${placeholder.text}"：“…${excerpt}…”`,
    hint: placeholder.year
      ? '原文隐去了年份：填写真实年份；确实无法查到时，在 unit.yaml 的 acknowledgements 中登记（kind: placeholder）。'
      : '原文隐去了名称或数字：填写真实内容；确认保持匿名时，在 unit.yaml 的 acknowledgements 中登记（kind: placeholder）。',
  }));
}
