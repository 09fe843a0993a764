/**
 * Helpers for the JSON text columns of tenant rows (`*Json`, `extraJson`).
 *
 * Keys are written sorted so the same data always gives the same text: saving compares stored text with
 * new text to find unchanged rows, and a snapshot whose objects list keys in another order must not
 * count as a change.
 */

type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON.stringify with object keys in sorted order (undefined properties are left out, as JSON does). */
export function stableStringify(value: unknown): string {
  // Written out rather than sorting a copy and calling JSON.stringify: it runs for every row of a
  // 100k-row table on each save, and the copies doubled its cost.
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + (value[i] === undefined ? "null" : stableStringify(value[i]));
    return out + "]";
  }
  const object = value as JsonObject;
  const keys = Object.keys(object).sort();
  let out = "{";
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    out += (out.length > 1 ? "," : "") + JSON.stringify(key) + ":" + stableStringify(item);
  }
  return out + "}";
}

/** A JSON column: SQL NULL for null or absent (the canonical form treats both as absent). */
export function toJsonColumn(value: unknown): string | null {
  return value === undefined || value === null ? null : stableStringify(value);
}

/**
 * Reads a JSON column written by `toJsonColumn`. The text comes from our own rows, written from a
 * snapshot that was validated before it was saved, so the cast restores the type it was written with.
 */
export function fromJsonColumn<T>(text: string | null): T | undefined {
  return text === null ? undefined : (JSON.parse(text) as T);
}

/** The properties of `source` not named in `known`: Graph properties Sightline has no column for. */
export function unknownProperties(source: object, known: ReadonlySet<string>): JsonObject {
  const rest: JsonObject = {};
  const fields = source as JsonObject;
  for (const key in fields) {
    if (!known.has(key) && fields[key] !== undefined) rest[key] = fields[key];
  }
  return rest;
}

export const isEmptyObject = (value: JsonObject) => Object.keys(value).length === 0;

/** `extraJson`: the leftover properties, or NULL when there are none. */
export function toExtraJson(rest: JsonObject): string | null {
  return isEmptyObject(rest) ? null : stableStringify(rest);
}

/** Drops null and undefined properties: a column holding NULL loads as an absent property. */
export function compact<T extends JsonObject>(value: T): Partial<T> {
  return assignPresent({}, value) as Partial<T>;
}

/**
 * Copies the properties of `columns` that hold a value onto `target`. A plain loop rather than
 * spreads and Object.entries: loading a 100k Cloud PC tenant calls this for every row, and the extra
 * objects those allocate tripled the time spent mapping.
 */
export function assignPresent(target: JsonObject, columns: JsonObject): JsonObject {
  for (const key in columns) {
    const item = columns[key];
    if (item !== null && item !== undefined) target[key] = item;
  }
  return target;
}

/**
 * Rebuilds a Graph object: its stored leftover properties, then the column values (NULL columns
 * left out). Column names never collide with leftovers: a leftover is by definition not a column.
 */
export function withExtra<T>(extraJson: string | null, columns: JsonObject): T {
  const target = extraJson === null ? {} : (JSON.parse(extraJson) as JsonObject);
  return assignPresent(target, columns) as T;
}

/** Splits a list into pieces of `size`, for batched writes under SQLite's bound-parameter limit. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pieces: T[][] = [];
  for (let i = 0; i < items.length; i += size) pieces.push(items.slice(i, i + size));
  return pieces;
}
