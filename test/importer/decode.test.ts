import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, NotTextError, toSourceLines } from '../../src/importer/decode';
import { GBK_REPORT } from '../fixtures/importer/texts';
import { importLines } from './helpers';

describe('decodeText', () => {
  it('reads GB18030 with CRLF line ends, keeping line numbers', () => {
    const bytes = iconv.encode(GBK_REPORT.replace(/\n/g, '\r\n'), 'gb18030');
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.replaced).toBe(0);
    const lines = toSourceLines(decoded.text);
    expect(lines[0]).toEqual({ line: 1, text: '县人民医院创建市级文明单位工作总结' });
    expect(lines.every((l) => !l.text.includes('\r'))).toBe(true);
    const [doc] = importLines(lines, decoded.encoding, 'gbk.txt');
    expect(doc?.title?.text).toBe('县人民医院创建市级文明单位工作总结');
    expect(doc?.date?.iso).toBe('2019-12');
    expect(doc?.sections.map((s) => s.title)).toEqual(['一、加强组织领导', '二、优化便民服务']);
    expect(doc?.amounts.map((a) => [a.text, a.bound])).toEqual([['约15万元', 'about']]);
    expect(doc?.warnings.find((w) => w.kind === 'relative-date')?.line).toBe(7);
  });

  it.each([
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('第一行\n第二行')]), 'utf-8-bom', '第一行'],
    ['UTF-8 without BOM', new TextEncoder().encode('汇报材料\r\n'), 'utf-8', '汇报材料'],
    ['GBK', iconv.encode('鱼塘镇党政机关汇报材料', 'gbk'), 'gb18030', '鱼塘镇党政机关汇报材料'],
  ])('%s', (_, bytes, encoding, first) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(toSourceLines(decoded.text)[0]?.text).toBe(first);
  });

  it('refuses binary files', () => {
    expect(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(NotTextError);
  });
});
