import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import BetterSqlite3 from "better-sqlite3";
import { PrismaClient, type Prisma } from "@/prisma/generated/client/client";
import { env } from "@/lib/env";

export { Prisma } from "@/prisma/generated/client/client";
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/** How long a writer waits for SQLite's write lock held by another connection before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

/** The better-sqlite3 connection under a Prisma client (see `transaction`). */
export type SqliteConnection = BetterSqlite3.Database;

/**
 * The adapter factory, keeping hold of the better-sqlite3 connection it opens. The adapter (6.19.3,
 * pinned) keeps it in its `client` property; db.test.ts fails should an upgrade move it.
 */
class ConnectionKeepingAdapter extends PrismaBetterSQLite3 {
  connection: SqliteConnection | null = null;

  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client?: Partial<SqliteConnection> }).client;
    this.connection = typeof client?.prepare === "function" && typeof client.inTransaction === "boolean" ? (client as SqliteConnection) : null;
    return adapter;
  }
}

function createClient(url: string): { client: PrismaClient; adapter: ConnectionKeepingAdapter } {
  // The busy timeout makes a second writer wait for the lock instead of failing at once.
  const adapter = new ConnectionKeepingAdapter({ url, timeout: BUSY_TIMEOUT_MS });
  return { client: new PrismaClient({ adapter }), adapter };
}

const globalForPrisma = globalThis as unknown as { sightlinePrisma?: PrismaClient };

/** The one Prisma client of the process (kept on globalThis so dev reloads reuse it). */
export const db: PrismaClient = globalForPrisma.sightlinePrisma ?? createClient(env.DATABASE_URL).client;
if (env.NODE_ENV !== "production") globalForPrisma.sightlinePrisma = db;

/**
 * A read-only connection of its own, for a long scan that streams rows out (a CSV export) without
 * Prisma's per-value conversions; the caller closes it. Reads on it see committed data only (WAL).
 */
export function openReadConnection(): SqliteConnection {
  return new BetterSqlite3(env.DATABASE_URL.replace(/^file:/, ""), { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
}

let pragmasApplied: Promise<void> | null = null;
/** Puts the database in WAL mode once per process, so readers go on while a writer works. */
export function ensureDbReady(): Promise<void> {
  pragmasApplied ??= (async () => {
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  })();
  return pragmasApplied;
}

/**
 * Runs `work` in a transaction on a connection of its own. The better-sqlite3 adapter has one
 * connection per client, and a plain query issued elsewhere in the process while an interactive
 * transaction is open runs inside that transaction (and is lost if it rolls back). A connection per
 * transaction keeps every other request out of it; SQLite's write lock and busy timeout then order
 * the writers, and WAL lets readers see only committed data.
 *
 * `work` also receives that connection itself, for bulk reads and writes of whole tables (a tenant's
 * snapshot, an evaluation's findings): statements run on it are part of the transaction. Through Prisma
 * every value of such a read is converted three times (integers read as BigInt, turned into strings by
 * the adapter, parsed back by the client): loading a 100k Cloud PC tenant took 2-3x as long as reading
 * the same rows with better-sqlite3. Use `lib/tenant-data/driver-rows.ts` to read rows in Prisma's shapes.
 */
export async function transaction<T>(
  work: (tx: Tx, connection: SqliteConnection) => Promise<T>,
  options: { timeoutMs?: number; maxWaitMs?: number; readOnly?: boolean } = {},
): Promise<T> {
  await ensureDbReady();
  const { client, adapter } = createClient(env.DATABASE_URL);
  try {
    return await client.$transaction(
      async (tx) => {
        // The adapter opens transactions with a plain BEGIN; one that has read cannot write once another
        // connection has committed (SQLITE_BUSY_SNAPSHOT). Taking the write lock first (a write that
        // touches no row) makes a concurrent writer wait its busy timeout instead of failing.
        if (!options.readOnly) await tx.$executeRawUnsafe(`UPDATE "Tenant" SET "id" = "id" WHERE 0`);
        if (!adapter.connection?.inTransaction) throw new Error("The SQLite connection of this transaction is not reachable (has the Prisma adapter changed?).");
        return work(tx, adapter.connection);
      },
      { timeout: options.timeoutMs ?? 60_000, maxWait: options.maxWaitMs ?? BUSY_TIMEOUT_MS },
    );
  } finally {
    await client.$disconnect();
  }
}
