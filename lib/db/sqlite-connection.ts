import type BetterSqlite3 from "better-sqlite3";
import { quoteName, type SqlConnection, type SqlRow } from "./sql-connection";

/**
 * SqlConnection on a better-sqlite3 connection: one prepared statement run per row, which on SQLite
 * costs a few microseconds a row (measured: 100k findings through Prisma's createMany took ~42 s,
 * through a multi-row VALUES ~7 s, through a prepared statement on the driver well under 1 s).
 *
 * Reads come back in Prisma's shapes: Boolean columns as booleans, DateTime columns as Dates, Int
 * columns as numbers.
 */

/** DateTime as the better-sqlite3 adapter writes it (ISO 8601, "+00:00"), so text comparisons keep working. */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

function bind(value: unknown): unknown {
  if (value instanceof Date) return sqliteDateTime(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value === undefined ? null : value;
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

/** `UPDATE table SET column = ?, …, <set> WHERE key = ? AND …`: values first, then the key's. */
export function updateStatement(table: string, columns: readonly string[], options: { key: readonly string[]; set?: string }): string {
  const assignments = [...columns.map((column) => `${quoteName(column)} = ?`), ...(options.set ? [options.set] : [])];
  return `UPDATE ${quoteName(table)} SET ${assignments.join(", ")} WHERE ${options.key.map((column) => `${quoteName(column)} = ?`).join(" AND ")}`;
}

export class SqliteSql implements SqlConnection {
  readonly kind = "sqlite" as const;
  constructor(readonly connection: BetterSqlite3.Database) {}

  private prepareRead(sql: string): PreparedRead {
    const statement = this.connection.prepare<unknown[]>(sql);
    // The adapter sets safe integers on the connection (BigInt for every INTEGER); Prisma's Int is a number.
    statement.safeIntegers(false);
    const columns = statement.columns();
    return {
      statement,
      booleans: columns.filter((c) => c.type?.toUpperCase() === "BOOLEAN").map((c) => c.name),
      dates: columns.filter((c) => c.type?.toUpperCase() === "DATETIME").map((c) => c.name),
    };
  }

  private convert(row: Record<string, unknown>, { booleans, dates }: PreparedRead): void {
    for (const name of booleans) if (row[name] !== null) row[name] = row[name] !== 0;
    for (const name of dates) if (row[name] !== null) row[name] = toDate(row[name]);
  }

  async all<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const read = this.prepareRead(sql);
    const rows = read.statement.all(...params.map(bind)) as Record<string, unknown>[];
    if (read.booleans.length > 0 || read.dates.length > 0) for (const row of rows) this.convert(row, read);
    return rows as Row[];
  }

  async map<Row, T>(sql: string, params: readonly unknown[], map: (row: Row) => T): Promise<T[]> {
    const read = this.prepareRead(sql);
    const out: T[] = [];
    for (const row of read.statement.iterate(...params.map(bind)) as IterableIterator<Record<string, unknown>>) {
      this.convert(row, read);
      out.push(map(row as Row));
    }
    return out;
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.connection.prepare(sql).run(...params.map(bind)).changes;
  }

  async insert(table: string, rows: readonly SqlRow[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]);
    const insert = this.connection.prepare(`INSERT INTO ${quoteName(table)} (${columns.map(quoteName).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
    for (const row of rows) insert.run(...columns.map((column) => bind(row[column])));
  }

  async update(table: string, rows: readonly SqlRow[], options: { key: readonly string[]; set?: string }): Promise<number> {
    if (rows.length === 0) return 0;
    const columns = Object.keys(rows[0]).filter((column) => !options.key.includes(column));
    const update = this.connection.prepare(updateStatement(table, columns, options));
    let changed = 0;
    for (const row of rows) changed += update.run(...columns.map((c) => bind(row[c])), ...options.key.map((c) => bind(row[c]))).changes;
    return changed;
  }
}
