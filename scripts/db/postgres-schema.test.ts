import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsDir, readMigrations } from "@/lib/db/migrations";
import { dropDatabase, recreateDatabase } from "@/lib/db/postgres-admin";
import { migratePostgres } from "@/lib/db/postgres-migrate";
import { testPostgresUrl } from "@/lib/testing/postgres-test-db";
import { postgresSchemaFrom, postgresSchemaPath, sqliteSchemaPath } from "./postgres-schema";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("the PostgreSQL schema", () => {
  it("is the SQLite schema with its provider swapped (run `npm run db:postgres-schema` after editing prisma/schema.prisma)", () => {
    expect(read(postgresSchemaPath)).toBe(postgresSchemaFrom(read(sqliteSchemaPath)));
  });

  it("cannot be derived from a schema that is not SQLite's", () => {
    expect(() => postgresSchemaFrom(read(sqliteSchemaPath).replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/provider = "sqlite"/);
  });
});

/** Tables, columns, indexes and constraints of a database, in a stable order. */
async function catalog(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_sightline_migrations'`,
    );
    const indexes = await client.query(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_sightline_migrations'`);
    const constraints = await client.query(
      `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_sightline_migrations', '"_sightline_migrations"')`,
    );
    return [...columns.rows, ...indexes.rows, ...constraints.rows].map((row: { line: string }) => row.line).sort();
  } finally {
    await client.end();
  }
}

// Needs a PostgreSQL server: runs in the PostgreSQL pass of the tests (SIGHTLINE_TEST_POSTGRES_URL).
describe.skipIf(!testPostgresUrl)("the PostgreSQL migrations", () => {
  const url = (suffix: string) => {
    const out = new URL(testPostgresUrl!);
    out.pathname = `/${out.pathname.slice(1)}_${suffix}`;
    return out.toString();
  };
  afterAll(async () => {
    await dropDatabase(url("drift_migrated"));
    await dropDatabase(url("drift_schema"));
  }, 60_000);

  it("build exactly the database the schema describes (a new model needs a migration: see docs/deploy.md)", async () => {
    const migrated = url("drift_migrated");
    const fromSchema = url("drift_schema");
    await recreateDatabase(migrated);
    await recreateDatabase(fromSchema);
    const client = new Client({ connectionString: migrated });
    await client.connect();
    try {
      await migratePostgres(client, readMigrations(migrationsDir("postgresql", root)));
    } finally {
      await client.end();
    }
    const script = execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--config", "prisma/postgres/prisma.config.ts", "--from-empty", "--to-schema-datamodel", postgresSchemaPath, "--script"],
      { cwd: root, env: { ...process.env, DATABASE_URL: fromSchema, CHECKPOINT_DISABLE: "1" }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    const client2 = new Client({ connectionString: fromSchema });
    await client2.connect();
    try {
      await client2.query(script);
    } finally {
      await client2.end();
    }
    expect(await catalog(migrated)).toEqual(await catalog(fromSchema));
  }, 60_000);
});
