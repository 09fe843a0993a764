import crypto from "node:crypto";
import { db } from "@/lib/db";

/**
 * Test helper: the row count and a hash of every row of every table, to prove that something left the
 * database exactly as it was (or changed only what it should).
 */
export interface TableState {
  rows: number;
  hash: string;
}

export async function databaseState(options: { except?: string[] } = {}): Promise<Record<string, TableState>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  );
  const state: Record<string, TableState> = {};
  for (const { name } of tables) {
    if (options.except?.includes(name)) continue;
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}" ORDER BY rowid`);
    const text = JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    state[name] = { rows: rows.length, hash: crypto.createHash("sha256").update(text).digest("hex") };
  }
  return state;
}

export async function rowCounts(): Promise<Record<string, number>> {
  const state = await databaseState();
  return Object.fromEntries(Object.entries(state).map(([name, table]) => [name, table.rows]));
}
