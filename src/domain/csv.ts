// CSV for the open-data files. Excel on Chinese Windows reads UTF-8 only with a BOM.
// A cell that starts with = + - @ (or a tab or carriage return) is a formula to Excel and WPS:
// "=HYPERLINK(…)" in a unit's name would run when a reviewer opens the file. Such cells get a
// leading ' (OWASP, "CSV Injection"), which spreadsheets show as text and do not display.

export type Cell = string | number | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Numbers are data, not text a person typed: -3 stays a number.
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A text cell that a spreadsheet would read as a formula, prefixed with ' so it stays text. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 CSV with CRLF line ends and a UTF-8 BOM; text cells safe from formula injection. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
