import { describe, expect, it } from 'vitest';
import { numberingOf } from '../../src/importer/outline';
import { importText } from './helpers';

describe('numberingOf', () => {
  it.each([
    ['第一部分 基本情况', 'part', 1],
    ['一、围绕组织落实', 'cn', 1],
    ['十二、其他', 'cn', 12],
    ['（三）确保规划内容到位', 'cn-paren', 3],
    ['(一)确保组织领导到位', 'cn-paren', 1],
    ['1．加强学习', 'num', 1],
    ['2.加强学习', 'num', 2],
    ['(3)细化分工', 'num-paren', 3],
    ['②落实责任', 'circled', 2],
  ])('%s → %s %i', (text, family, value) => {
    expect(numberingOf(text)).toMatchObject({ family, value });
  });

  it.each(['1.5万元用于改造', '一是加强学习', '2005年，成功创建', '一二九运动'])('%s is not a counter', (text) => {
    expect(numberingOf(text)).toBeNull();
  });
});

describe('outline of a report', () => {
  const text = [
    '某局创建工作汇报',
    '某局现有职工20人。',
    '一、加强领导 确保组织领导到位',
    '局党组成立了领导小组，统一部署创建工作，明确了分工。',
    '（一）抓学习，强素质。全体职工参加学习，取得了良好效果。',
    '（二）抓服务',
    '一是开通热线。二是设立意见箱。三是上门服务，群众满意。',
    '三、围绕中心工作',
    '全年完成各项任务。确保创建经费到位 年初，局党组将创建经费纳入预算，保证投入。',
  ].join('\n');
  const [doc] = importText(text);

  it('nests headings, splits headings run into text, keeps 一是…二是 in the paragraph', () => {
    const tree = doc?.sections.map((s) => [s.title, s.depth, s.children.map((c) => [c.title, c.depth])]);
    expect(tree).toEqual([
      [
        '一、加强领导',
        1,
        [
          ['确保组织领导到位', 2],
          ['（一）抓学习，强素质。', 2],
          ['（二）抓服务', 2],
        ],
      ],
      ['三、围绕中心工作', 1, [['确保创建经费到位', 2]]],
    ]);
    const paragraphs = doc?.blocks.filter((b) => b.role === 'paragraph').map((b) => b.piece.text);
    expect(paragraphs).toContain('一是开通热线。二是设立意见箱。三是上门服务，群众满意。');
    expect(paragraphs).toContain('全体职工参加学习，取得了良好效果。');
    expect(paragraphs).toContain('年初，局党组将创建经费纳入预算，保证投入。');
  });

  it('reports a numbering gap with its line', () => {
    expect(doc?.warnings.filter((w) => w.kind === 'gap').map((w) => w.line)).toEqual([8]);
  });

  it('gives ids as the site does, -2 for a repeat', () => {
    const [again] = importText('汇报\n一、加强学习\n学习。\n二、加强学习\n再学习。');
    expect(again?.sections.map((s) => s.id)).toEqual(['jia-qiang-xue-xi', 'jia-qiang-xue-xi-2']);
  });
});
