import { expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv';

it('writes a BOM, CRLF lines and quotes only where needed', () => {
  const csv = toCsv(
    ['单位', '金额', '备注'],
    [
      ['XX镇', 40000, '4万多元'],
      ['鱼塘镇', null, '含"引号", 逗号'],
    ],
  );
  expect(csv).toBe('\uFEFF单位,金额,备注\r\nXX镇,40000,4万多元\r\n鱼塘镇,,"含""引号"", 逗号"\r\n');
});
