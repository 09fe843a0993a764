import crypto from "node:crypto";
import { Client } from "pg";
import { databaseNameOf, dropWithRetries, recreateDatabase, withServer } from "@/lib/db/postgres-admin";
import { migrationsDir, readMigrations } from "@/lib/db/migrations";
import { migratePostgres } from "@/lib/db/postgres-migrate";

/**
 * PostgreSQL databases for the unit tests, when SIGHTLINE_TEST_POSTGRES_URL names one (its name is the
 * prefix): a migrated template made once per run, and a copy of it for each test file, so files never
 * see each other's rows, as with SQLite's file per test file.
 */
export const testPostgresUrl = process.env.SIGHTLINE_TEST_POSTGRES_URL;

const withDatabase = (url: string, name: string) => {
  const out = new URL(url);
  out.pathname = `/${name}`;
  return out.toString();
};

const templateOf = (url: string) => `${databaseNameOf(url)}_template`;

export async function createTemplate(url: string): Promise<void> {
  const template = withDatabase(url, templateOf(url));
  await recreateDatabase(template);
  const client = new Client({ connectionString: template });
  await client.connect();
  try {
    await migratePostgres(client, readMigrations(migrationsDir("postgresql")));
  } finally {
    await client.end();
  }
}

/** A fresh migrated database for one test file; returns its URL. */
export async function createFileDatabase(url: string): Promise<string> {
  const file = withDatabase(url, `${databaseNameOf(url)}_f_${crypto.randomBytes(6).toString("hex")}`);
  await recreateDatabase(file, templateOf(url));
  return file;
}

/** Drops the template and every per-file database of a run. */
export async function dropTestDatabases(url: string): Promise<void> {
  const prefix = databaseNameOf(url);
  await withServer(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(`SELECT datname::text AS name FROM pg_database WHERE datname LIKE $1`, [`${prefix}\\_%`]);
    for (const { name } of rows) if (name === `${prefix}_template` || name.startsWith(`${prefix}_f_`)) await dropWithRetries(client, name);
  });
}
