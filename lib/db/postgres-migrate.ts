import type { Client } from "pg";
import { compareMigrations, type Migration } from "./migrations";

/**
 * Applies PostgreSQL migrations (Prisma 6.19's `migrate deploy` fails on PostgreSQL): each migration in
 * a transaction of its own, recorded in "_sightline_migrations" with its checksum, applied once. It
 * refuses to touch a database that has migrations this build does not know (an older build must not
 * run against a newer schema) or whose applied migrations were edited since. An advisory lock keeps two
 * instances starting at once from applying the same migration twice.
 */
export const migrationsTable = "_sightline_migrations";
const advisoryLockKey = 7_365_365_001;

export class MigrationError extends Error {}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export async function appliedMigrations(client: Pick<Client, "query">): Promise<{ name: string; checksum: string }[]> {
  const exists = await client.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [`"${migrationsTable}"`]);
  if (!exists.rows[0]?.present) return [];
  const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "${migrationsTable}" ORDER BY "name"`);
  return rows;
}

export async function migratePostgres(client: Client, migrations: readonly Migration[], log: (line: string) => void = () => {}): Promise<MigrateResult> {
  await client.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${migrationsTable}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const applied = await appliedMigrations(client);
    const state = compareMigrations(migrations.map((m) => m.name), applied.map((m) => m.name));
    if (state.unknown.length > 0) {
      throw new MigrationError(
        `The database has migrations this build does not know (${state.unknown.join(", ")}): it was migrated by a newer Sightline. Deploy that version or newer.`,
      );
    }
    const checksums = new Map(applied.map((m) => [m.name, m.checksum]));
    const edited = migrations.filter((m) => checksums.has(m.name) && checksums.get(m.name) !== m.checksum).map((m) => m.name);
    if (edited.length > 0) throw new MigrationError(`Applied migrations differ from this build's copies (${edited.join(", ")}); a migration must never be edited once applied.`);

    const done: string[] = [];
    for (const migration of migrations.filter((m) => state.pending.includes(m.name))) {
      log(`Applying ${migration.name}…`);
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${migrationsTable}" ("name", "checksum") VALUES ($1, $2)`, [migration.name, migration.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`);
      }
      done.push(migration.name);
    }
    return { applied: done, alreadyApplied: applied.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [advisoryLockKey]);
  }
}
