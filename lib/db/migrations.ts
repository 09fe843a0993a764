import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DatabaseKind } from "./kind";

/**
 * The migrations this build knows, per database: SQLite's are Prisma's (prisma/migrations, applied by
 * `prisma migrate deploy`), PostgreSQL's are generated with `prisma migrate diff` (prisma/postgres/
 * migrations) and applied by ./postgres-migrate.ts. Each is a folder holding migration.sql; folder
 * names sort in the order they apply.
 */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(kind: DatabaseKind, root = process.cwd()): string {
  return kind === "postgresql" ? path.join(root, "prisma", "postgres", "migrations") : path.join(root, "prisma", "migrations");
}

export function readMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

export interface MigrationState {
  /** Known to this build and not applied yet, in order. */
  pending: string[];
  /** Applied to the database but unknown to this build (a newer build migrated it). */
  unknown: string[];
  current: boolean;
}

export function compareMigrations(known: readonly string[], applied: readonly string[]): MigrationState {
  const appliedSet = new Set(applied);
  const knownSet = new Set(known);
  const pending = known.filter((name) => !appliedSet.has(name));
  const unknown = applied.filter((name) => !knownSet.has(name));
  return { pending, unknown, current: pending.length === 0 && unknown.length === 0 };
}
