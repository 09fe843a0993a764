import { databaseKind, db } from "./index";
import { compareMigrations, migrationsDir, readMigrations } from "./migrations";

export interface DatabaseHealth {
  ok: boolean;
  database: "reachable" | "unreachable";
  /** `behind`: this build has migrations the database lacks; `ahead`: the database has ones this build does not know. */
  migrations: "current" | "behind" | "ahead" | "unchecked";
}

const appliedSql = {
  sqlite: `SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
  postgresql: `SELECT "name" FROM "_sightline_migrations"`,
};

/** What a load balancer asks: can this instance reach its database, and is the schema the one it was built for? */
export async function databaseHealth(): Promise<DatabaseHealth> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, database: "unreachable", migrations: "unchecked" };
  }
  try {
    const applied = await db.$queryRawUnsafe<{ name: string }[]>(appliedSql[databaseKind]);
    const known = readMigrations(migrationsDir(databaseKind)).map((m) => m.name);
    const state = compareMigrations(known, applied.map((row) => row.name));
    const migrations = state.unknown.length > 0 ? "ahead" : state.pending.length > 0 ? "behind" : "current";
    return { ok: migrations === "current", database: "reachable", migrations };
  } catch {
    // No migrations table: the database was never migrated.
    return { ok: false, database: "reachable", migrations: "behind" };
  }
}
