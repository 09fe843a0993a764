import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { migrateSqliteFile } from "./migrate-sqlite";

// Each test file gets its own migrated SQLite database, so files never see each other's rows.
const file = path.join(os.tmpdir(), `sightline-unit-${crypto.randomUUID()}.db`);
migrateSqliteFile(file);
process.env.DATABASE_URL = `file:${file}`;
