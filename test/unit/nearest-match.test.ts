import { describe, expect, it } from 'vitest';
import { coverage, nearestMatch, similarity } from '../../src/domain/nearest-match';

describe('similarity and coverage', () => {
  it('is 1 for the same text however spaced, 0 for nothing shared', () => {
    expect(similarity('全年共投入创建经费4万多元', '全年共投入 创建经费4万多元')).toBe(1);
    expect(similarity('全年共投入创建经费', '党员结对帮助贫困户')).toBe(0);
    expect(similarity('', '')).toBe(0);
  });

  it('says how much of a phrase a passage contains', () => {
    expect(coverage('4万多元', '今年，全年共投入文明机关创建经费4万多元。')).toBe(1);
    expect(coverage('县级最佳文明单位', '2005年，成功创建为县级文明单位。')).toBeGreaterThan(0.5);
    expect(coverage('敬老院', '新建码头1个')).toBe(0);
  });
});

describe('nearestMatch', () => {
  const sentences = ['年初，镇党委将党建经费纳入财政预算。', '今年，全年共投入文明机关创建经费5万多元。', '投资12.5万元，整治了病险水库2口。'];

  it('finds the sentence a drifted quote came from', () => {
    const best = nearestMatch('全年共投入文明机关创建经费4万多元', sentences, (s) => s);
    expect(best?.candidate).toBe(sentences[1]);
    expect(best?.score).toBeGreaterThan(0.8);
  });

  it('scores a short quote against the best window of a long sentence', () => {
    const long = `${'一二三四五六七八九十'.repeat(8)}整治了病险水库2口${'甲乙丙丁戊己庚辛壬癸'.repeat(8)}`;
    expect(nearestMatch('整治了病险水库', [long, '病'], (s) => s)?.score).toBe(1);
  });

  it('is null without candidates', () => {
    expect(nearestMatch('什么', [], (s: string) => s)).toBeNull();
  });
});
