export { parseCsv } from "../site/csv.ts";

/**
 * Cells a spreadsheet would read as a formula (OWASP "CSV injection"): starting with
 * = + - @ or a tab or carriage return. A plain negative number is data, not a formula.
 */
export function formulaCells(rows: readonly string[][]): string[] {
  return rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell));
}
