import type { PrismaClient } from "@/prisma/generated/client/client";
import { env } from "@/lib/env";
import type { Backend, TransactionOptions, Tx } from "./backend";
import { databaseKindOf } from "./kind";
import { postgresBackend } from "./postgres";
import type { SqlConnection } from "./sql-connection";
import { sqliteBackend } from "./sqlite";

/**
 * The data layer's one door. DATABASE_URL chooses the database: a `file:` URL the embedded SQLite, a
 * `postgresql://` URL PostgreSQL. Nothing above lib/db knows which it talks to: both are used through
 * the same Prisma client type, and raw SQL goes through SqlConnection.
 */
export { Prisma } from "@/prisma/generated/client/client";
export type { Tx, TransactionOptions } from "./backend";
export type { SqlConnection, SqlRow, SqlValue } from "./sql-connection";
export { databaseKindOf, type DatabaseKind } from "./kind";
export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { sightlineBackend?: Backend };

function createBackend(url: string): Backend {
  return databaseKindOf(url) === "postgresql" ? postgresBackend(url) : sqliteBackend(url);
}

/** The process's backend (kept on globalThis so dev reloads reuse its connections). */
const backend: Backend = globalForPrisma.sightlineBackend ?? createBackend(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.sightlineBackend = backend;

/** The one Prisma client of the process. */
export const db: PrismaClient = backend.db;
export const databaseKind = backend.kind;

/** Prepares the database for this process (SQLite: WAL mode); idempotent. */
export function ensureDbReady(): Promise<void> {
  return backend.ready();
}

/**
 * Runs `work` in a transaction. `work` also receives a SqlConnection on the same transaction, for bulk
 * reads and writes of whole tables (a tenant's snapshot, an evaluation's findings): statements run on it
 * commit and roll back with the transaction. On SQLite the transaction has a connection of its own
 * (see lib/db/sqlite.ts for why).
 */
export function transaction<T>(work: (tx: Tx, sql: SqlConnection) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  return backend.transaction(work, options);
}

/**
 * A connection of its own for a long scan that streams rows out (a CSV export); the caller closes it.
 * Reads on it see committed data only.
 */
export function openReadConnection(): { sql: SqlConnection; close(): void } {
  return backend.openReadConnection();
}

/**
 * A Prisma text filter (`contains`, `startsWith`) that ignores case in both databases: SQLite's LIKE
 * ignores ASCII case already; PostgreSQL's needs Prisma's insensitive mode (which the SQLite client's
 * types do not know).
 */
export function ignoringCase<Filter extends object>(filter: Filter): Filter {
  return databaseKind === "postgresql" ? { ...filter, mode: "insensitive" } : filter;
}

/** `{ contains: value }`, ignoring case in both databases. */
export const textContains = (value: string) => ignoringCase({ contains: value });

/** The case-insensitive LIKE operator of the database in use, for raw SQL. */
export const likeOperator = databaseKind === "postgresql" ? "ILIKE" : "LIKE";
