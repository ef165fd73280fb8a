// Personal data (个人信息保护法) must not be published: ID numbers, phone and bank card numbers,
// and the names of aid recipients, who are to be masked (陈某某) unless consent is recorded.
import { findPii } from '../../domain/pii';
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { context } from './placeholders';
import { publishedText } from './text-scan';

export function checkPii({ units }: CheckContext): Finding[] {
  return units.flatMap((unit) =>
    publishedText(unit).flatMap((piece) =>
      findPii(piece.text).map((found) => ({
        severity: 'error' as const,
        check: 'pii',
        file: piece.file,
        line: piece.line,
        ...(piece.field ? { field: piece.field } : {}),
        text: found.text,
        message: `个人信息（${found.kind}）："${found.text}"：“…${context(piece.text, found.index, found.text.length)}…”`,
        hint: `${found.hint}。建议改为 "${found.masked}"；已取得本人书面同意的，在 unit.yaml 的 acknowledgements 中登记（kind: pii）。`,
      })),
    ),
  );
}
