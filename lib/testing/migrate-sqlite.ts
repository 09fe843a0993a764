import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

/** Applies the committed Prisma migrations to a fresh SQLite file, the way `prisma migrate deploy` would. */
export function migrateSqliteFile(file: string, migrationsDir = path.resolve(__dirname, "../../prisma/migrations")): void {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    const dirs = fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const dir of dirs) db.exec(fs.readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8"));
  } finally {
    db.close();
  }
}
