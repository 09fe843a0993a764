import { describe, expect, it } from "vitest";
import { databaseKind, db } from "@/lib/db";
import { databaseHealth } from "./health";

const table = databaseKind === "postgresql" ? `"_sightline_migrations"` : `"_prisma_migrations"`;
const nameColumn = databaseKind === "postgresql" ? `"name"` : `"migration_name"`;

describe(`the health check (${databaseKind})`, () => {
  it("is healthy on a database migrated by this build", async () => {
    expect(await databaseHealth()).toEqual({ ok: true, database: "reachable", migrations: "current" });
  });

  it("is unhealthy when the database lacks one of this build's migrations, or has one this build does not know", async () => {
    const [last] = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT ${nameColumn} AS name FROM ${table} ORDER BY ${nameColumn} DESC LIMIT 1`);
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM ${table} WHERE ${nameColumn} = ?`.replace("?", databaseKind === "postgresql" ? "$1" : "?"), last.name);
    await db.$executeRawUnsafe(`DELETE FROM ${table} WHERE ${nameColumn} = ${databaseKind === "postgresql" ? "$1" : "?"}`, last.name);
    try {
      expect(await databaseHealth()).toEqual({ ok: false, database: "reachable", migrations: "behind" });
    } finally {
      const columns = Object.keys(rows[0]);
      const placeholders = columns.map((_, i) => (databaseKind === "postgresql" ? `$${i + 1}` : "?")).join(", ");
      await db.$executeRawUnsafe(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${placeholders})`, ...columns.map((c) => rows[0][c]));
    }
    expect((await databaseHealth()).migrations).toBe("current");

    // A migration from a newer build.
    const future: Record<string, unknown> = { ...rows[0], [nameColumn.replace(/"/g, "")]: "29991231000000_future", ...(databaseKind === "sqlite" ? { id: "future" } : {}) };
    const columns = Object.keys(future);
    const placeholders = columns.map((_, i) => (databaseKind === "postgresql" ? `$${i + 1}` : "?")).join(", ");
    await db.$executeRawUnsafe(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${placeholders})`, ...columns.map((c) => future[c]));
    expect(await databaseHealth()).toEqual({ ok: false, database: "reachable", migrations: "ahead" });
  });
});
