// Personal data (个人信息保护法) must not be published: ID numbers, phone and bank card numbers,
// and the names of aid recipients, who are to be masked (陈某某) unless consent is recorded.
import { findPii } from '../../domain/pii';
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { textFindings } from './text-scan';

export function checkPii({ units }: CheckContext): Finding[] {
  return textFindings(units, 'pii', findPii, (found, excerpt) => ({
    message: `个人信息（${found.kind}）："${found.text}"：“…${excerpt}…”`,
    hint: `${found.hint}。建议改为 "${found.masked}"；已取得本人书面同意的，在 unit.yaml 的 acknowledgements 中登记（kind: pii）。`,
  }));
}
