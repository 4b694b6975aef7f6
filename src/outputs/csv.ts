/** A cell of a sheet: numbers stay numbers, text stays text, null is an empty cell. */
export type SheetCell = string | number | null;

/** Byte order mark: without it Excel and WPS read UTF-8 CSV as the local code page and garble Chinese. */
export const UTF8_BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a leading tab or CR) gets
 * a leading apostrophe, so it shows as text (OWASP "CSV injection"). Numbers are never touched: a
 * real -5 stays the number -5.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends) with a UTF-8 BOM. */
export function toCsv(rows: readonly (readonly SheetCell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
