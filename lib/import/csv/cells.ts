/**
 * Reading one CSV cell into a value. A blank cell means "not in this file": the stored value is kept
 * (docs/import.md). Each reader throws a message a person can act on; the caller adds line and column.
 */
export type CellReader = (cell: string) => unknown;

export class CellError extends Error {}

export const text: CellReader = (cell) => {
  if (cell.length > 2000) throw new CellError("is longer than 2000 characters");
  return cell;
};

const truthy = new Set(["true", "yes", "y", "1"]);
const falsy = new Set(["false", "no", "n", "0"]);

export const flag: CellReader = (cell) => {
  const value = cell.trim().toLowerCase();
  if (truthy.has(value)) return true;
  if (falsy.has(value)) return false;
  throw new CellError(`"${cell}" is not true or false`);
};

export function oneOf(values: readonly string[]): CellReader {
  return (cell) => {
    const value = cell.trim();
    if (values.includes(value)) return value;
    throw new CellError(`"${cell}" is not one of ${values.join(", ")}`);
  };
}

/** A list in one cell, separated by semicolons: `password; fido2`. */
export function listOf(values: readonly string[]): CellReader {
  const item = oneOf(values);
  return (cell) =>
    cell
      .split(";")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .map(item);
}

/** Installed cumulative updates: `KB5065789 2025-09; KB5066835 2025-10` (KB number, then release month). */
export const installedUpdates: CellReader = (cell) =>
  cell
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const match = /^(KB\d{6,8})\s+(\d{4}-\d{2})$/i.exec(part);
      if (!match) throw new CellError(`"${part}" is not an update as "KB5065789 2025-09"`);
      return { kb: match[1].toUpperCase(), month: match[2] };
    });

/**
 * Sightline's CSV exports put a single quote before a value a spreadsheet would run as a formula
 * (lib/csv/cell.ts); an exported file imported back gets its values exactly as they were.
 */
export function unneutralize(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
