import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/importer/clean';
import { toSourceLines } from '../../src/importer/decode';

const clean = (text: string) => cleanLines(toSourceLines(text));

describe('cleanLines: page debris', () => {
  it.each([
    ['1 2 下一页', 'pagination'],
    ['上一页 1 2 3 下一页 尾页', 'pagination'],
    ['— 3 —', 'page-number'],
    ['- 12 -', 'page-number'],
    ['第 1 页 共 2 页', 'pagination'],
    ['第2页/共5页', 'pagination'],
    ['7', 'page-number'],
    ['【打印】【关闭】', 'web-debris'],
    ['--------', 'separator'],
  ])('removes the line “%s” as %s', (line, op) => {
    const result = clean(`前文。\n${line}\n后文。`);
    expect(result.lines.map((l) => l.piece.text)).toEqual(['前文。', '后文。']);
    expect(result.removals).toContainEqual({ op, line: 2, col: 0, text: line });
  });

  it('removes pagination glued to a line end', () => {
    const result = clean('执政为民,千方1 2 下一页');
    expect(result.lines[0]?.piece.text).toBe('执政为民,千方');
    expect(result.removals).toContainEqual({ op: 'pagination', line: 1, col: 7, text: '1 2 下一页' });
  });

  it('removes a page number after a space at a line end, not a reference or a figure', () => {
    const result = clean('为“创建”工作提供坚强的 1\n组织保证。\n详见附表 1\n全镇共有 3\n个村通了公路。');
    expect(result.lines.map((l) => l.piece.text)).toEqual(['为“创建”工作提供坚强的', '组织保证。', '详见附表 1', '全镇共有 3', '个村通了公路。']);
  });

  it('removes a page number at a line start when the previous line runs on', () => {
    const result = clean('提供坚强的\n3 组织保证。\n全年完成。\n3 个村通路。');
    expect(result.lines.map((l) => l.piece.text)).toEqual(['提供坚强的', '组织保证。', '全年完成。', '3 个村通路。']);
  });

  it('strips full-width indents and records them', () => {
    const result = clean('\u3000\u3000正文。  ');
    expect(result.lines[0]).toMatchObject({ indented: true, piece: { text: '正文。', spans: [{ at: 0, line: 1, col: 2 }] } });
    expect(result.removals.map((r) => r.op)).toEqual(['indent', 'trailing-space']);
  });
});
