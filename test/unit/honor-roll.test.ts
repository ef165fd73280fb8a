import { expect, it } from 'vitest';
import { buildHonorRoll } from '../../src/domain/honor-roll';
import type { YearSpan } from '../../src/domain/year-span';
import type { Level } from '../../src/domain/vocabulary';

const entry = (name: string, year: YearSpan, level?: Level) => ({ name, year, level });
const y = (year: number): YearSpan => ({ kind: 'year', year });

it('groups by level from 全国 down, unstated level last, then by year newest first, undated last', () => {
  const roll = buildHonorRoll([
    entry('a', y(2004), '县级'),
    entry('b', { kind: 'undated' }, '市级'),
    entry('c', y(2008), '市级'),
    entry('d', { kind: 'range', from: 2007, to: 2010 }, '区级'),
    entry('e', y(2003)),
    entry('f', y(2004), '县级'),
    entry('g', y(2011), '全国'),
  ]);
  expect(roll.map((level) => [level.level, level.count])).toEqual([
    ['全国', 1],
    ['市级', 2],
    ['县级', 2],
    ['区级', 1],
    [null, 1],
  ]);
  const city = roll[1];
  expect(city?.years.map((group) => [group.year, group.entries.map((e) => e.name)])).toEqual([
    [y(2008), ['c']],
    [null, ['b']],
  ]);
  expect(roll[2]?.years).toHaveLength(1);
  expect(roll[2]?.years[0]?.entries.map((e) => e.name)).toEqual(['a', 'f']);
});
