import { expect, it } from 'vitest';
import { currentTitle, sortTitleSteps, type TitleStep } from '../../src/domain/titles';
import type { Level, TitleStatus } from '../../src/domain/vocabulary';

const step = (year: number | null, level: Level, title: string, status: TitleStatus): TitleStep => ({
  year: year === null ? { kind: 'undated' } : { kind: 'year', year },
  level,
  title,
  status,
});

it.each([
  { name: 'named title is held', steps: [step(2005, '县级', '文明单位', '命名')], held: '2005县级文明单位' },
  { name: 'an application alone holds nothing', steps: [step(2006, '县级', '最佳文明单位', '申报')], held: null },
  {
    name: 'the higher level wins',
    steps: [step(2005, '县级', '文明单位', '命名'), step(2008, '市级', '文明单位', '命名')],
    held: '2008市级文明单位',
  },
  {
    name: 'revocation ends a title',
    steps: [step(2008, '市级', '文明单位', '命名'), step(2011, '市级', '文明单位', '撤销'), step(2005, '县级', '文明单位', '命名')],
    held: '2005县级文明单位',
  },
  {
    name: '最佳 beats the plain title of the same level',
    steps: [step(2005, '县级', '文明单位', '命名'), step(2007, '县级', '最佳文明单位', '命名')],
    held: '2007县级最佳文明单位',
  },
  { name: 'restored after a warning', steps: [step(2008, '市级', '文明单位', '黄牌警告'), step(2009, '市级', '文明单位', '恢复')], held: '2009市级文明单位' },
])('$name', ({ steps, held }) => {
  const current = currentTitle(steps);
  expect(current && `${current.year.kind === 'year' ? current.year.year : ''}${current.level}${current.title}`).toBe(held);
});

it('sorts oldest first with undated steps last in written order', () => {
  const sorted = sortTitleSteps([
    step(2008, '市级', '文明单位', '命名'),
    step(null, '县级', 'A', '命名'),
    step(2005, '县级', '文明单位', '命名'),
    step(null, '县级', 'B', '命名'),
  ]);
  expect(sorted.map((s) => s.title + (s.year.kind === 'year' ? s.year.year : ''))).toEqual(['文明单位2005', '文明单位2008', 'A', 'B']);
});
