import { describe, expect, it } from 'vitest';
import { BOARD_SIZES, boardPdfName, boardTextBudget, mmToPoints, pickBoardFigures, pointOf, selectBoardPhotos, takeForBoard } from '../../src/domain/board';

describe('board sizes', () => {
  it('are A1 and A3 portrait, A3 at half the length', () => {
    expect(BOARD_SIZES.a1).toMatchObject({ widthMm: 594, heightMm: 841, scale: 1 });
    expect(BOARD_SIZES.a3).toMatchObject({ widthMm: 297, heightMm: 420, scale: 0.5 });
  });

  it('convert to the PDF points pdfinfo reports', () => {
    expect(mmToPoints(594)).toBeCloseTo(1683.78, 1);
    expect(mmToPoints(841)).toBeCloseTo(2383.94, 1);
    expect(mmToPoints(297)).toBeCloseTo(841.89, 1);
    expect(mmToPoints(420)).toBeCloseTo(1190.55, 1);
  });

  it('name the A1 PDF after the unit and mark other sizes', () => {
    expect(boardPdfName('xx-zhen', 'a1')).toBe('xx-zhen.pdf');
    expect(boardPdfName('xx-zhen', 'a3')).toBe('xx-zhen-a3.pdf');
  });
});

describe('selectBoardPhotos', () => {
  const photo = (name: string, people: boolean, consent: boolean) => ({ name, people, consent });

  it('never shows identifiable people without consent', () => {
    const photos = [photo('a', true, false), photo('b', false, false), photo('c', true, true)];
    expect(selectBoardPhotos(photos).map((p) => p.name)).toEqual(['b', 'c']);
  });

  it('keeps the unit order and a maximum', () => {
    const photos = ['a', 'b', 'c', 'd'].map((name) => photo(name, false, false));
    expect(selectBoardPhotos(photos, 3).map((p) => p.name)).toEqual(['a', 'b', 'c']);
    expect(selectBoardPhotos(photos, 0)).toEqual([]);
  });
});

describe('boardTextBudget', () => {
  it('gives fewer sections longer accounts and more points', () => {
    const budgets = [1, 3, 4, 5, 6, 9].map(boardTextBudget);
    for (let i = 1; i < budgets.length; i++) {
      expect(budgets[i]?.accountChars).toBeLessThanOrEqual(budgets[i - 1]?.accountChars ?? 0);
      expect(budgets[i]?.points).toBeLessThanOrEqual(budgets[i - 1]?.points ?? 0);
    }
    expect(boardTextBudget(6).points).toBe(0);
  });
});

describe('pointOf', () => {
  it('keeps the first clause of a sub-heading', () => {
    expect(pointOf('以关心群众利益为职责，积极为群众办实事、办好事')).toBe('以关心群众利益为职责');
    expect(pointOf('确保组织领导到位')).toBe('确保组织领导到位');
  });

  it('shortens a long clause with an ellipsis', () => {
    expect(pointOf('一二三四五六七八九十一二三四五六七八', 8)).toBe('一二三四五六七…');
  });
});

describe('pickBoardFigures', () => {
  it('keeps figures whose label fits a tile', () => {
    const figures = [{ label: '在岗职工' }, { label: '机关干部捐款捐物救助特困群众和学生（折合人民币）' }, { label: '党员' }];
    expect(pickBoardFigures(figures, 4).map((f) => f.label)).toEqual(['在岗职工', '党员']);
    expect(pickBoardFigures(figures, 1).map((f) => f.label)).toEqual(['在岗职工']);
  });
});

describe('takeForBoard', () => {
  it('says how many were left out', () => {
    expect(takeForBoard([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], more: 1 });
    expect(takeForBoard([1], 3)).toEqual({ shown: [1], more: 0 });
  });
});

describe('paginate and paginateSectionPoints (slides)', () => {
  it('splits a list into runs in order, losing nothing', async () => {
    const { paginate } = await import('../../src/domain/board');
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 3)).toEqual([]);
    expect(paginate([1, 2], 0)).toEqual([[1], [2]]);
  });

  it('puts fewer points beside an account than on a slide of their own', async () => {
    const { paginateSectionPoints, SLIDE_CAPACITY } = await import('../../src/domain/board');
    const points = Array.from({ length: 15 }, (_, i) => `要点${i + 1}`);
    const withAccount = paginateSectionPoints(points, true);
    expect(withAccount[0]).toHaveLength(SLIDE_CAPACITY.pointsWithAccount);
    expect(withAccount.flat()).toEqual(points);
    for (const page of withAccount.slice(1)) expect(page.length).toBeLessThanOrEqual(SLIDE_CAPACITY.points);
    expect(paginateSectionPoints(points, false)[0]).toHaveLength(SLIDE_CAPACITY.points);
    expect(paginateSectionPoints([], true)).toEqual([[]]);
  });
});

describe('sentenceAccount', () => {
  const noPlaceholder = () => false;
  const hasXX = (sentence: string) => /XX|xxxx/.test(sentence);

  it('takes whole opening sentences within the budget', async () => {
    const { sentenceAccount } = await import('../../src/domain/board');
    const text = '我镇成立了创建领导小组。制定了创建规划！每月召开一次例会？其余工作按计划推进。';
    expect(sentenceAccount(text, 20, noPlaceholder)).toBe('我镇成立了创建领导小组。制定了创建规划！');
    expect(sentenceAccount(text, 100, noPlaceholder)).toBe(text);
  });

  it('always ends at 。！？ and never with an ellipsis', async () => {
    const { sentenceAccount } = await import('../../src/domain/board');
    const long = `${'切实加强创建工作的领导，'.repeat(6)}形成合力。`;
    for (const budget of [30, 50, 80]) {
      const account = sentenceAccount(`${long}后续句子。`, budget, noPlaceholder);
      if (account !== '') expect(account).toMatch(/[。！？]$/);
      expect(account).not.toContain('…');
    }
    // A first sentence over twice the budget gives no account rather than half a sentence.
    expect(sentenceAccount(long, 20, noPlaceholder)).toBe('');
    // Up to twice the budget it is kept whole.
    expect(sentenceAccount(long, Math.ceil([...long].length / 2), noPlaceholder)).toBe(long);
  });

  it('skips sentences that show a placeholder', async () => {
    const { sentenceAccount } = await import('../../src/domain/board');
    const text = '截至XX年11月，归集额实现74.69亿元。中心连续四年保持市级文明单位称号。深入学习“xxxx”重要思想。';
    expect(sentenceAccount(text, 60, hasXX)).toBe('中心连续四年保持市级文明单位称号。');
  });
});
