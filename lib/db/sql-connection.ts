/**
 * Statements on a transaction's own connection, in either database: bulk reads of whole tables and
 * bulk writes of many rows (a tenant snapshot, an evaluation's findings) that would take seconds
 * through Prisma's per-row queries. Code above lib/db writes its SQL once, with `?` placeholders and
 * double-quoted names, in the SQL both SQLite and PostgreSQL accept; each implementation binds values
 * its own way and returns rows in the shapes Prisma returns (booleans, Dates, numbers).
 */
export type SqlValue = string | number | boolean | Date | null;
export type SqlRow = Record<string, SqlValue>;

export interface SqlConnection {
  readonly kind: "sqlite" | "postgresql";
  /** Every row of a query. */
  all<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Rows mapped one by one as they are read, keeping only the mapped values. */
  map<Row, T>(sql: string, params: readonly unknown[], map: (row: Row) => T): Promise<T[]>;
  /** A statement; the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Inserts rows (every row with the first row's columns). */
  insert(table: string, rows: readonly SqlRow[]): Promise<void>;
  /**
   * Updates each row's columns where its `key` columns match, adding `set` (SQL assignments such as
   * `"version" = "version" + 1`) to each; the number of rows changed.
   */
  update(table: string, rows: readonly SqlRow[], options: { key: readonly string[]; set?: string }): Promise<number>;
}

export const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Splits rows into pieces of at most `size`. */
export function pieces<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
