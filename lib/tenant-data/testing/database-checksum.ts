import crypto from "node:crypto";
import { databaseKind, db } from "@/lib/db";

/**
 * Test helper: the row count and a hash of every row of every table, to prove that something left the
 * database exactly as it was (or changed only what it should). Rows are hashed in a sorted order of
 * their own, so the same rows give the same hash in either database.
 */
export interface TableState {
  rows: number;
  hash: string;
}

const tableListSql = {
  sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  postgresql:
    "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' " +
    "AND table_name NOT IN ('_prisma_migrations', '_sightline_migrations') ORDER BY table_name",
};

const plain = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

export async function databaseState(options: { except?: string[] } = {}): Promise<Record<string, TableState>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(tableListSql[databaseKind]);
  const state: Record<string, TableState> = {};
  for (const { name } of tables) {
    if (options.except?.includes(name)) continue;
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    const lines = rows.map((row) => JSON.stringify(row, plain)).sort();
    state[name] = { rows: rows.length, hash: crypto.createHash("sha256").update(lines.join("\n")).digest("hex") };
  }
  return state;
}

export async function rowCounts(): Promise<Record<string, number>> {
  const state = await databaseState();
  return Object.fromEntries(Object.entries(state).map(([name, table]) => [name, table.rows]));
}
