import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { migrateSqliteFile } from "@/lib/testing/migrate-sqlite";

/**
 * A migrated SQLite file of the test's own. The crash tests work on SQLite whatever the suite's
 * database: it is where a killed process can leave a half-written file and log behind (PostgreSQL's
 * server rolls a dead client's transaction back itself). The test process opens it only between kills.
 */
export function createDatabaseFile(): { file: string; url: string; remove(): void } {
  const file = path.join(os.tmpdir(), `sightline-crash-${crypto.randomUUID()}.db`);
  migrateSqliteFile(file);
  return { file, url: `file:${file}`, remove: () => ["", "-wal", "-shm"].forEach((suffix) => fs.rmSync(`${file}${suffix}`, { force: true })) };
}

/** Opens the file as the next process would after the crash, and returns SQLite's own verdict on it. */
export function checkAfterCrash(file: string): { integrity: string; journalMode: string } {
  const connection = new BetterSqlite3(file, { fileMustExist: true });
  try {
    return {
      integrity: connection.pragma("integrity_check", { simple: true }) as string,
      journalMode: connection.pragma("journal_mode", { simple: true }) as string,
    };
  } finally {
    connection.close();
  }
}

export interface TableState {
  rows: number;
  hash: string;
}

/** The row count and a hash of every row of every table: what "unchanged" is compared with. */
export function tableStates(file: string): Record<string, TableState> {
  const connection = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const tables = connection
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((name) => {
        const hash = crypto.createHash("sha256");
        let rows = 0;
        for (const row of connection.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().iterate()) {
          hash.update(JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)));
          rows++;
        }
        return [name, { rows, hash: hash.digest("hex") }];
      }),
    );
  } finally {
    connection.close();
  }
}

/** Runs one read on a short-lived connection of the test's own. */
export function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const connection = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return connection.prepare(sql).all(...params) as T[];
  } finally {
    connection.close();
  }
}
