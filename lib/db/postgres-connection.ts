import type { Prisma } from "@/prisma/generated/client/client";
import { pieces, quoteName, type SqlConnection, type SqlRow } from "./sql-connection";

type Queryable = Pick<Prisma.TransactionClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/** Rows per bulk statement: each piece travels as one JSON parameter. */
const rowsPerStatement = 5_000;

/** Turns `?` placeholders into PostgreSQL's `$1, $2, …`, leaving quoted text and names alone. */
export function numberedPlaceholders(sql: string): string {
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else out += char === "?" ? `$${++n}` : char;
  }
  return out;
}

/** Column types per table, read once per process from the catalog (the schema changes only by migration). */
const columnTypes = new Map<string, Promise<Map<string, string>>>();

function typesOf(client: Queryable, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    types = client
      .$queryRawUnsafe<{ name: string; type: string }[]>(
        `SELECT a.attname::text AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a ` +
          `WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
        quoteName(table),
      )
      .then((rows) => new Map(rows.map((row) => [row.name, row.type])));
    types.catch(() => columnTypes.delete(table));
    columnTypes.set(table, types);
  }
  return types;
}

/**
 * SqlConnection through a Prisma client or transaction on PostgreSQL. Bulk writes send each piece of
 * rows as one JSON parameter unpacked by `json_to_recordset`, typed from the catalog: one round trip
 * per 5,000 rows instead of one per row, and one parameter instead of one per value.
 */
export class PostgresSql implements SqlConnection {
  readonly kind = "postgresql" as const;
  constructor(private readonly client: Queryable) {}

  async all<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.client.$queryRawUnsafe<Row[]>(numberedPlaceholders(sql), ...params);
  }

  async map<Row, T>(sql: string, params: readonly unknown[], map: (row: Row) => T): Promise<T[]> {
    return (await this.all<Row>(sql, params)).map(map);
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.client.$executeRawUnsafe(numberedPlaceholders(sql), ...params);
  }

  /** `json_to_recordset($1::json) AS v(<column> <type>, …)` for the given columns of a table. */
  private async recordset(table: string, columns: readonly string[]): Promise<string> {
    const types = await typesOf(this.client, table);
    const definitions = columns.map((column) => {
      const type = types.get(column);
      if (!type) throw new Error(`Table ${table} has no column ${column}`);
      return `${quoteName(column)} ${type}`;
    });
    return `json_to_recordset($1::json) AS v(${definitions.join(", ")})`;
  }

  async insert(table: string, rows: readonly SqlRow[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]);
    const names = columns.map(quoteName).join(", ");
    const sql = `INSERT INTO ${quoteName(table)} (${names}) SELECT ${names} FROM ${await this.recordset(table, columns)}`;
    for (const piece of pieces(rows, rowsPerStatement)) await this.client.$executeRawUnsafe(sql, JSON.stringify(piece));
  }

  async update(table: string, rows: readonly SqlRow[], options: { key: readonly string[]; set?: string }): Promise<number> {
    if (rows.length === 0) return 0;
    const all = Object.keys(rows[0]);
    const columns = all.filter((column) => !options.key.includes(column));
    const target = quoteName(table);
    const assignments = [...columns.map((column) => `${quoteName(column)} = v.${quoteName(column)}`), ...(options.set ? [options.set] : [])];
    const match = options.key.map((column) => `${target}.${quoteName(column)} = v.${quoteName(column)}`).join(" AND ");
    const sql = `UPDATE ${target} SET ${assignments.join(", ")} FROM ${await this.recordset(table, all)} WHERE ${match}`;
    let changed = 0;
    for (const piece of pieces(rows, rowsPerStatement)) changed += await this.client.$executeRawUnsafe(sql, JSON.stringify(piece));
    return changed;
  }
}
