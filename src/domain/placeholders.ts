// Anonymising placeholders left in a text: XX镇, ×××, ＸＸ, 20××, “xxxx”重要思想.
// 某某 is not one: it is how a name is masked on purpose (陈某某).

export interface Placeholder {
  text: string;
  index: number;
  /** It stands for a year (20××, XX年): the item cannot be dated. */
  year: boolean;
}

const PLACEHOLDER = /(?:19|20)[×xXＸｘ＊*]{2}(?=年|\b|[^\dA-Za-z])|(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|[×＊]{2,}|\*{3,}|[○◯]{2,}/g;

export function findPlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({
    text: match[0],
    index: match.index,
    year: /^(?:19|20)/.test(match[0]) || text.startsWith('年', match.index + match[0].length),
  }));
}
