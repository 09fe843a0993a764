/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return) gets a leading
 * single quote, so an exported value can never run as a formula when an auditor opens the file. A
 * value that already starts with quotes before such a character gets one more, so the import (which
 * takes one off: lib/import/csv/cells.ts) reads back exactly the value that was exported.
 */
export function neutralizeCell(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One value as CSV text: ISO 8601 dates, true/false, empty for missing, JSON for objects. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (typeof value === "string") return neutralizeCell(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return neutralizeCell(JSON.stringify(value));
}
