import { describe, expect, it } from "vitest";
import { databaseKind, transaction, type SqlRow } from "@/lib/db";
import { databaseHealth } from "./health";

const table = databaseKind === "postgresql" ? "_sightline_migrations" : "_prisma_migrations";
const nameColumn = databaseKind === "postgresql" ? "name" : "migration_name";

// The migrations table is read and written through SqlConnection, which binds values alike in both databases.
describe(`the health check (${databaseKind})`, () => {
  it("is healthy on a database migrated by this build", async () => {
    expect(await databaseHealth()).toEqual({ ok: true, database: "reachable", migrations: "current" });
  });

  it("is unhealthy when the database lacks one of this build's migrations, or has one this build does not know", async () => {
    const [last] = await transaction((_tx, sql) => sql.all<SqlRow>(`SELECT * FROM "${table}" ORDER BY "${nameColumn}" DESC LIMIT 1`));
    await transaction((_tx, sql) => sql.run(`DELETE FROM "${table}" WHERE "${nameColumn}" = ?`, [last[nameColumn]]));
    try {
      expect(await databaseHealth()).toEqual({ ok: false, database: "reachable", migrations: "behind" });
    } finally {
      await transaction((_tx, sql) => sql.insert(table, [last]));
    }
    expect((await databaseHealth()).migrations).toBe("current");

    // A migration from a newer build.
    const future: SqlRow = { ...last, [nameColumn]: "29991231000000_future", ...(databaseKind === "sqlite" ? { id: "future" } : {}) };
    await transaction((_tx, sql) => sql.insert(table, [future]));
    expect(await databaseHealth()).toEqual({ ok: false, database: "reachable", migrations: "ahead" });
  });
});
