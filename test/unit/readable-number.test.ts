import { describe, expect, it } from 'vitest';
import { readableFigure } from '../../src/domain/readable-number';

describe('readableFigure', () => {
  it.each([
    ['115263万元', '11.53亿元'],
    ['46465万元', '4.65亿元'],
    ['1234567元', '123.46万元'],
    ['12,000人', '1.2万人'],
    ['250000平方米', '25万平方米'],
    ['20000元', '2万元'],
  ])('%s reads as %s, the original kept beside it', (text, display) => {
    expect(readableFigure(text)).toEqual({ display, original: text });
  });

  it('keeps the bound in words', () => {
    expect(readableFigure('115263多万元')).toEqual({ display: '不少于11.53亿元', original: '115263多万元' });
    expect(readableFigure('约30000人')).toEqual({ display: '约3万人', original: '约30000人' });
  });

  it.each(['20.5平方公里', '1693万元', '7266元', '4万多元', '近50%', '96.6%', '两名', '2.1万人', '10余次', '1000多万元', '99999%', '未注明', '20000'])(
    'leaves %s as written',
    (text) => {
      expect(readableFigure(text)).toEqual({ display: text, original: null });
    },
  );
});
