import Database from "better-sqlite3";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Applies the committed Prisma migrations to a fresh SQLite file the way `prisma migrate deploy` would,
 * recording each in `_prisma_migrations` as it does (the health check reads that table).
 */
export function migrateSqliteFile(file: string, migrationsDir = path.resolve(__dirname, "../../prisma/migrations")): void {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(
      `CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL, ` +
        `"logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
    );
    const record = db.prepare(`INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES (?, ?, current_timestamp, ?, 1)`);
    const dirs = fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const dir of dirs) {
      const sql = fs.readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8");
      db.exec(sql);
      record.run(crypto.randomUUID(), crypto.createHash("sha256").update(sql).digest("hex"), dir);
    }
  } finally {
    db.close();
  }
}
