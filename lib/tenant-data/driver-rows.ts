import type BetterSqlite3 from "better-sqlite3";
import type { SqliteConnection } from "@/lib/db";

/**
 * Whole-table reads on a transaction's own SQLite connection (see `transaction` in lib/db.ts), returning
 * rows in the shapes Prisma returns for the same `select`: Boolean columns as booleans, DateTime
 * columns as Dates, Int columns as numbers. Column names are field names (the schema has no @map).
 *
 * Safety: table and column names come from the callers' Prisma select objects and constants, never from
 * input; every value is a bound parameter.
 */

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A `select` of scalar fields, as the mapping modules declare them. */
type ScalarSelect = Record<string, true>;

/** The column list of a Prisma select of scalar fields. */
export function columnsOf(select: ScalarSelect, alias?: string): string {
  return Object.keys(select)
    .map((column) => (alias ? `${alias}.${quote(column)}` : quote(column)))
    .join(", ");
}

/**
 * Text as the adapter writes DateTime (ISO 8601) or as SQLite's CURRENT_TIMESTAMP default writes it
 * ("YYYY-MM-DD HH:MM:SS", UTC), or epoch milliseconds.
 */
function toDate(value: unknown): Date {
  if (typeof value === "number") return new Date(value);
  const text = String(value);
  return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(text) ? `${text.replace(" ", "T")}Z` : text);
}

interface PreparedRead {
  statement: BetterSqlite3.Statement<unknown[]>;
  booleans: string[];
  dates: string[];
}

function prepareRead(connection: SqliteConnection, sql: string): PreparedRead {
  const statement = connection.prepare<unknown[]>(sql);
  // The adapter sets safe integers on the connection (BigInt for every INTEGER); Prisma's Int is a number.
  statement.safeIntegers(false);
  const columns = statement.columns();
  return {
    statement,
    booleans: columns.filter((c) => c.type?.toUpperCase() === "BOOLEAN").map((c) => c.name),
    dates: columns.filter((c) => c.type?.toUpperCase() === "DATETIME").map((c) => c.name),
  };
}

/** Converts a row's Boolean and DateTime columns, in place. */
function convert(row: Record<string, unknown>, { booleans, dates }: PreparedRead): void {
  for (const name of booleans) if (row[name] !== null) row[name] = row[name] !== 0;
  for (const name of dates) if (row[name] !== null) row[name] = toDate(row[name]);
}

/** Runs a query; returns its rows with Boolean and DateTime columns converted. */
export function allRows<Row>(connection: SqliteConnection, sql: string, ...params: unknown[]): Row[] {
  const read = prepareRead(connection, sql);
  const rows = read.statement.all(...params) as Record<string, unknown>[];
  if (read.booleans.length > 0 || read.dates.length > 0) for (const row of rows) convert(row, read);
  return rows as Row[];
}

/**
 * Runs a query and maps each row as it is read. Only the mapped objects are kept: on a 100k-row table
 * that keeps the rows from piling up next to their mapped twins (less memory, less garbage collection).
 */
export function mapRows<Row, T>(connection: SqliteConnection, sql: string, params: readonly unknown[], map: (row: Row) => T): T[] {
  const read = prepareRead(connection, sql);
  const out: T[] = [];
  for (const row of read.statement.iterate(...params) as IterableIterator<Record<string, unknown>>) {
    convert(row, read);
    out.push(map(row as Row));
  }
  return out;
}

/** Every row of a tenant table, mapped: `SELECT <select's columns> FROM table WHERE tenantId = ? ORDER BY ...`. */
export function tenantRows<Row, T>(connection: SqliteConnection, table: string, select: ScalarSelect, tenantId: string, orderBy: string, map: (row: Row) => T): T[] {
  return mapRows(connection, `SELECT ${columnsOf(select)} FROM ${quote(table)} WHERE "tenantId" = ? ORDER BY ${quote(orderBy)}`, [tenantId], map);
}
