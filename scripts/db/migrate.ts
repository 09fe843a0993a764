/**
 * `npm run db:migrate`: brings the database DATABASE_URL names up to this build's schema. SQLite through
 * `prisma migrate deploy`; PostgreSQL through the project's own runner (lib/db/postgres-migrate.ts).
 */
import { spawnSync } from "node:child_process";
import { Client } from "pg";
import { databaseKindOf } from "@/lib/db/kind";
import { migrationsDir, readMigrations } from "@/lib/db/migrations";
import { MigrationError, migratePostgres } from "@/lib/db/postgres-migrate";

const url = process.env.DATABASE_URL ?? "file:./data/sightline.db";

async function main(): Promise<number> {
  if (databaseKindOf(url) === "sqlite") {
    const result = spawnSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", env: { ...process.env, DATABASE_URL: url } });
    // Prisma's notes about its config file are noise on success; on failure everything it said is shown.
    if (result.status !== 0) process.stderr.write(`${result.stdout}${result.stderr}`);
    return result.status ?? 1;
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await migratePostgres(client, readMigrations(migrationsDir("postgresql")), (line) => console.log(line));
    console.log(`PostgreSQL schema is current (${result.applied.length} applied now, ${result.alreadyApplied} before).`);
    return 0;
  } catch (error) {
    if (error instanceof MigrationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await client.end();
  }
}

main().then((code) => process.exit(code));
