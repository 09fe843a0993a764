import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { migrateSqliteFile } from "./migrate-sqlite";
import { createFileDatabase, testPostgresUrl } from "./postgres-test-db";

// Each test file gets its own migrated database (a SQLite file, or a copy of the migrated PostgreSQL
// template when SIGHTLINE_TEST_POSTGRES_URL is set), so files never see each other's rows.
if (testPostgresUrl) {
  process.env.DATABASE_URL = await createFileDatabase(testPostgresUrl);
} else {
  const file = path.join(os.tmpdir(), `sightline-unit-${crypto.randomUUID()}.db`);
  migrateSqliteFile(file);
  process.env.DATABASE_URL = `file:${file}`;
}
