// Which of a unit's figures are its headline tiles and which go to the table below them. A
// phone shows the tiles before the report, so they are few and their labels short.

export interface HeadlineSplit<T> {
  /** At most `max` tiles, in the unit's order. */
  tiles: T[];
  /** Everything else, in the unit's order: shown as a table. */
  rest: T[];
}

/**
 * The first `max` figures whose label fits a tile (`maxLabel` characters), the rest in order.
 * A label longer than that ("2008年起受镇党委、政府奖励的考取二本以上学生") reads better in a
 * table row than wrapped over six lines of a tile.
 */
export function splitHeadlineFigures<T extends { label: string }>(figures: readonly T[], max = 8, maxLabel = 10): HeadlineSplit<T> {
  const tiles: T[] = [];
  const rest: T[] = [];
  for (const figure of figures) {
    if (tiles.length < max && [...figure.label].length <= maxLabel) tiles.push(figure);
    else rest.push(figure);
  }
  return { tiles, rest };
}
