import { describe, expect, it } from 'vitest';
import { createSentenceIds, MAX_SENTENCE_CHARS, normalizeText, sentenceId, splitSentences } from '../../src/domain/sentences';

const texts = (text: string, max?: number) => splitSentences(text, max).map((s) => s.text);

describe('splitSentences', () => {
  it('cuts after 。！？ and keeps closing quotes and brackets with the sentence', () => {
    expect(texts('下午好！感谢各位领导。他说：“好。”我们继续努力？')).toEqual(['下午好！', '感谢各位领导。', '他说：“好。”', '我们继续努力？']);
  });

  it('covers the paragraph exactly, whitespace included, so offsets can be used to wrap text', () => {
    const text = '  第一句。 第二句！\n第三句没有句号';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text).join('')).toBe(text);
    expect(spans[0]?.start).toBe(0);
    expect(spans.at(-1)?.end).toBe(text.length);
    for (const [i, span] of spans.entries()) if (i > 0) expect(span.start).toBe(spans[i - 1]?.end);
  });

  it('has nothing to cut in blank text', () => {
    expect(splitSentences(' \n ')).toEqual([]);
  });

  it('cuts an overlong sentence at ；, then at ，, so no piece exceeds the limit', () => {
    const clause = '认真贯彻落实各项政策并取得成效';
    const long = `${Array.from({ length: 6 }, () => clause).join('，')}；${Array.from({ length: 6 }, () => clause).join('，')}。`;
    const pieces = texts(long, 60);
    expect(pieces.join('')).toBe(long);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(normalizeText(piece).length).toBeLessThanOrEqual(60);
    expect(pieces[0]?.endsWith('，')).toBe(true);
  });

  it('keeps ordinary sentences of a report whole', () => {
    const sentence = '近几年来，我镇先后获得泸州市综治模范镇，2004年财政税收工作一等奖、2004年计划生育目标考核一等奖。';
    expect(texts(sentence)).toEqual([sentence]);
    expect(MAX_SENTENCE_CHARS).toBe(300);
  });
});

describe('sentence ids', () => {
  it('depend only on the sentence, not on spacing, width of punctuation or line breaks', () => {
    expect(sentenceId('2005年，成功创建为县级文明单位。')).toBe(sentenceId(' 2005年,成功创建为\n县级文明单位。 '));
    expect(sentenceId('2005年，成功创建为县级文明单位。')).not.toBe(sentenceId('2006年，成功创建为县级文明单位。'));
    expect(sentenceId('下午好！')).toMatch(/^s-[0-9a-f]{8}$/);
  });

  it('number a repeated sentence so ids stay unique on the page', () => {
    const idFor = createSentenceIds();
    const ids = ['下午好！', '谢谢。', '下午好！', '下午好！'].map(idFor);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(ids[3]).toBe(`${ids[0]}-3`);
    expect(new Set(ids).size).toBe(4);
  });
});
