import { describe, expect, it } from 'vitest';
import { digest, plainText, splitTopSections } from '../../src/domain/section-digest';

const report = `尊敬的各位领导：

下午好！

## 一、围绕组织落实，强化创建根本

### （一）确保组织领导到位

加强对创建工作的领导，是创建的根本保证。我镇成立了领导组。

### （二）确保思想认识到位 {#si-xiang}

为了确保思想认识到位，**镇党委**2次召开党委会。

## 二、围绕队伍建设，夯实创建基础 {#dui-wu}

- 一是学习[理论](https://example.org)；
- 二是培训。

\`\`\`
## not a heading
\`\`\`
`;

describe('splitTopSections', () => {
  const sections = splitTopSections(report);

  it('splits at the shallowest heading level and leaves the greeting out', () => {
    expect(sections.map((section) => section.heading)).toEqual(['一、围绕组织落实，强化创建根本', '二、围绕队伍建设，夯实创建基础']);
  });

  it('lists the next level as points, without {#anchor}', () => {
    expect(sections[0]?.subheadings).toEqual(['（一）确保组织领导到位', '（二）确保思想认识到位']);
  });

  it('joins the prose as plain text, marks and links removed, headings in code ignored', () => {
    expect(sections[0]?.text).toBe('加强对创建工作的领导，是创建的根本保证。我镇成立了领导组。为了确保思想认识到位，镇党委2次召开党委会。');
    expect(sections[1]?.text).toBe('一是学习理论；二是培训。');
  });

  it('finds no sections in a report without headings', () => {
    expect(splitTopSections('只有正文。')).toEqual([]);
  });

  it('takes ### as the top level when a report has no ##', () => {
    expect(splitTopSections('### 甲\n\n正文。\n\n### 乙\n').map((section) => section.heading)).toEqual(['甲', '乙']);
  });
});

describe('plainText', () => {
  it('drops images, HTML, quotes and list markers', () => {
    expect(plainText('> 引文\n\n![图](a.jpg)<b>粗</b>\n1. 第一')).toBe('引文粗第一');
  });
});

describe('digest', () => {
  it('keeps a short text whole', () => {
    expect(digest('短文。', 20)).toBe('短文。');
  });

  it('cuts at the last sentence end that fits', () => {
    expect(digest('第一句话。第二句话！第三句话很长很长很长。', 12)).toBe('第一句话。第二句话！');
  });

  it('keeps closing quotes with their sentence', () => {
    expect(digest('他说：“好。”然后走了很远很远的路。', 10)).toBe('他说：“好。”');
  });

  it('cuts a long first sentence at a clause break, with an ellipsis', () => {
    const text = '加强对最佳文明单位创建工作的领导，是最佳文明单位创建的根本保证，我镇成立了以党委书记为组长的领导组。';
    const result = digest(text, 40);
    expect(result).toBe('加强对最佳文明单位创建工作的领导，是最佳文明单位创建的根本保证……');
    expect([...result].length).toBeLessThanOrEqual(40);
  });

  it('cuts hard when no clause break is near', () => {
    const result = digest('一二三四五六七八九十一二三四五六七八九十。', 10);
    expect(result).toBe('一二三四五六七八……');
  });

  it('counts characters, not UTF-16 units', () => {
    expect([...digest('𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀', 6)].length).toBe(6);
  });
});
