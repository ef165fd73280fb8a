// The sentences the data pages compute from a report's Markdown must be exactly the ones the
// rendered page marks: the same ids, in the same order.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import { locateQuote, reportText } from '../../src/domain/report-text';
import { rehypeSectionIds } from '../../src/remark/rehype-section-ids';
import { rehypeSentenceIds } from '../../src/remark/rehype-sentence-ids';

const report = `尊敬的各位领导：

下午好！

XX镇党政机关现有在岗职工48人，其中党员34名。2005年，成功创建为县级文明单位。

## 一、围绕组织落实，强化创建根本

年初，镇党委将**创建经费**纳入财政预算，并专项列支，保证创建活动的经费投入，今年，全年共投入文明机关创建经费4万多元。二是投入每月300元聘请了一名专职人员。

- 评选“五好户”达95%。
- 评选“双文明户”95%，见[通知](https://example.org/a)。

1. 第一项工作。

   第一项的说明。

| 项目 | 金额 |
| --- | --- |
| 表格里的句子。 | 1万元 |

下午好！
`;

async function renderedIds(markdown: string): Promise<{ id: string; text: string }[]> {
  const processor = await createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeSanitize, rehypeSectionIds, rehypeSentenceIds] });
  const { code } = await processor.render(markdown);
  return [...code.matchAll(/<span class="sentence" id="([^"]+)">(.*?)<\/span>/gs)].map((m) => ({ id: m[1] ?? '', text: (m[2] ?? '').replace(/<[^>]+>/g, '') }));
}

describe('report sentences', () => {
  it('are the sentences the rendered page marks, with the same ids in the same order', async () => {
    const rendered = await renderedIds(report);
    const computed = reportText(report).sentences;
    expect(rendered.map((s) => s.id)).toEqual(computed.map((s) => s.id));
    expect(rendered.map((s) => s.text.trim())).toEqual(computed.map((s) => s.text));
    // The opening paragraphs before the first heading are addressable too.
    expect(computed[0]?.text).toBe('尊敬的各位领导：');
    // Headings and table cells are not prose sentences.
    expect(computed.some((s) => s.text.includes('围绕组织落实') || s.text.includes('表格里的句子'))).toBe(false);
    // A sentence that repeats gets a numbered id.
    const hello = computed.filter((s) => s.text === '下午好！').map((s) => s.id);
    expect(hello[1]).toBe(`${hello[0]}-2`);
  });

  it('wraps a sentence that holds a link or emphasis without losing them', async () => {
    const processor = await createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeSentenceIds] });
    const { code } = await processor.render('第一句有**重点**。第二句有[链接](https://example.org/)！');
    expect(code).toMatch(
      /<span class="sentence" id="s-[0-9a-f]{8}">第一句有<strong>重点<\/strong>。<\/span><span class="sentence" id="s-[0-9a-f]{8}">第二句有<a href="https:\/\/example.org\/">链接<\/a>！<\/span>/,
    );
  });

  it('keeps ids while a sentence is unchanged, even when other sentences change', () => {
    const before = reportText(report).sentences.find((s) => s.text.startsWith('2005年'))?.id;
    const edited = reportText(report.replace('下午好！\n\nXX镇', '大家好！\n\nXX镇').replace('第一项工作', '第一项重要工作')).sentences.find((s) =>
      s.text.startsWith('2005年'),
    )?.id;
    expect(edited).toBe(before);
  });
});

describe('locateQuote', () => {
  const texts = [reportText(report)];

  it('finds the sentence a quote comes from, whatever its spacing or punctuation width', () => {
    expect(locateQuote('全年共投入文明机关创建经费4万多元。', texts)?.sentence.text).toContain('4万多元');
    expect(locateQuote('2005年,成功创建为 县级文明单位', texts)?.sentence.text).toBe('2005年，成功创建为县级文明单位。');
    expect(locateQuote('投入每月300元聘请了一名专职人员', texts)?.sentence.text).toBe('二是投入每月300元聘请了一名专职人员。');
  });

  it('finds a quote in emphasised text and in a list item', () => {
    expect(locateQuote('将创建经费纳入财政预算', texts)).not.toBeNull();
    expect(locateQuote('评选“双文明户”95%，见通知。', texts)?.sentence.text).toBe('评选“双文明户”95%，见通知。');
  });

  it('points at the first sentence of a quote that spans two sentences of one paragraph', () => {
    expect(locateQuote('其中党员34名。2005年，成功创建', texts)?.sentence.text).toBe('XX镇党政机关现有在岗职工48人，其中党员34名。');
  });

  it('is null for words the report does not contain, across paragraphs, or an empty quote', () => {
    expect(locateQuote('全年共投入文明机关创建经费5万多元', texts)).toBeNull();
    expect(locateQuote('尊敬的各位领导：下午好！', texts)).toBeNull();
    expect(locateQuote('  ', texts)).toBeNull();
    expect(locateQuote('表格里的句子', texts)).toBeNull();
  });

  it('searches the reports in page order and says which one holds the quote', () => {
    const second = reportText('2019年，通过省级文明单位复查。');
    expect(locateQuote('通过省级文明单位复查', [...texts, second])?.report).toBe(1);
  });
});
