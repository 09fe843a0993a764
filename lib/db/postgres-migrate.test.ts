import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { testPostgresUrl } from "@/lib/testing/postgres-test-db";
import { dropDatabase, recreateDatabase } from "./postgres-admin";
import type { Migration } from "./migrations";
import { compareMigrations } from "./migrations";
import { appliedMigrations, migratePostgres } from "./postgres-migrate";

const migration = (name: string, sql: string): Migration => ({ name, sql, checksum: `sum-${sql}` });
const first = migration("001_first", `CREATE TABLE "Alpha" ("id" TEXT PRIMARY KEY)`);
const second = migration("002_second", `ALTER TABLE "Alpha" ADD COLUMN "name" TEXT`);

describe("which migrations a database lacks", () => {
  it("lists pending ones in order and applied ones this build does not know", () => {
    expect(compareMigrations(["a", "b", "c"], ["a"])).toEqual({ pending: ["b", "c"], unknown: [], current: false });
    expect(compareMigrations(["a"], ["a", "z"])).toEqual({ pending: [], unknown: ["z"], current: false });
    expect(compareMigrations(["a", "b"], ["a", "b"])).toEqual({ pending: [], unknown: [], current: true });
  });
});

// Needs a PostgreSQL server: runs in the PostgreSQL pass of the tests (SIGHTLINE_TEST_POSTGRES_URL).
describe.skipIf(!testPostgresUrl)("the PostgreSQL migration runner", () => {
  let url: string;
  let client: Client;

  beforeAll(async () => {
    const target = new URL(testPostgresUrl!);
    target.pathname = `/${target.pathname.slice(1)}_migrate_runner`;
    url = target.toString();
    await recreateDatabase(url);
    client = new Client({ connectionString: url });
    await client.connect();
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    if (url) await dropDatabase(url);
  }, 60_000);

  const tables = async () => (await client.query<{ name: string }>(`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).rows.map((r) => r.name);

  it("applies each migration once, in order, and records it", async () => {
    expect(await migratePostgres(client, [first])).toEqual({ applied: ["001_first"], alreadyApplied: 0 });
    expect(await migratePostgres(client, [first, second])).toEqual({ applied: ["002_second"], alreadyApplied: 1 });
    expect(await migratePostgres(client, [first, second])).toEqual({ applied: [], alreadyApplied: 2 });
    expect((await appliedMigrations(client)).map((m) => m.name)).toEqual(["001_first", "002_second"]);
    const columns = await client.query<{ name: string }>(`SELECT column_name::text AS name FROM information_schema.columns WHERE table_name = 'Alpha' ORDER BY ordinal_position`);
    expect(columns.rows.map((r) => r.name)).toEqual(["id", "name"]);
  });

  it("rolls a failing migration back whole and does not record it", async () => {
    const failing = migration("003_failing", `CREATE TABLE "Beta" ("id" TEXT); CREATE TABLE "Alpha" ("id" TEXT)`);
    await expect(migratePostgres(client, [first, second, failing])).rejects.toThrow(/003_failing failed and was rolled back/);
    expect(await tables()).not.toContain("Beta");
    expect((await appliedMigrations(client)).map((m) => m.name)).toEqual(["001_first", "002_second"]);
  });

  it("refuses a database migrated by a newer build, and changes nothing", async () => {
    const before = await tables();
    const third = migration("003_third", `CREATE TABLE "Gamma" ("id" TEXT)`);
    await expect(migratePostgres(client, [first, third])).rejects.toThrow(/does not know \(002_second\)/);
    expect(await tables()).toEqual(before);
  });

  it("refuses when an applied migration was edited since", async () => {
    await expect(migratePostgres(client, [first, { ...second, checksum: "edited" }])).rejects.toThrow(/must never be edited/);
  });
});
