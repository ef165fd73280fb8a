import { describe, expect, it } from 'vitest';
import { splitHeadlineFigures } from '../../src/domain/headline-figures';

const figure = (label: string) => ({ label, text: '1个' });

describe('splitHeadlineFigures', () => {
  it('keeps at most eight tiles, in order, and puts the rest in the table', () => {
    const figures = Array.from({ length: 22 }, (_, i) => figure(`数据${i + 1}`));
    const { tiles, rest } = splitHeadlineFigures(figures);
    expect(tiles.map((f) => f.label)).toEqual(figures.slice(0, 8).map((f) => f.label));
    expect(rest).toEqual(figures.slice(8));
  });

  it('sends long labels to the table, keeping their order there', () => {
    const figures = [
      figure('在岗职工'),
      figure('2008年起受镇党委、政府奖励的考取二本以上学生'),
      figure('党员'),
      figure('机关干部2009年以来在各类捐款活动中累计捐款'),
    ];
    const { tiles, rest } = splitHeadlineFigures(figures);
    expect(tiles.map((f) => f.label)).toEqual(['在岗职工', '党员']);
    expect(rest.map((f) => f.label)).toEqual(['2008年起受镇党委、政府奖励的考取二本以上学生', '机关干部2009年以来在各类捐款活动中累计捐款']);
  });

  it('loses no figure and shows every one of a short list as a tile', () => {
    const figures = [figure('在岗职工'), figure('党员'), figure('社区')];
    expect(splitHeadlineFigures(figures)).toEqual({ tiles: figures, rest: [] });
  });
});
