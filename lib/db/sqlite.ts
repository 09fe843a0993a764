import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import BetterSqlite3 from "better-sqlite3";
import { PrismaClient } from "@/prisma/generated/client/client";
import type { Backend, TransactionOptions, Tx } from "./backend";
import { SqliteSql } from "./sqlite-connection";
import type { SqlConnection } from "./sql-connection";

/** How long a writer waits for SQLite's write lock held by another connection before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * The adapter factory, keeping hold of the better-sqlite3 connection it opens. The adapter (6.19.3,
 * pinned) keeps it in its `client` property; transaction.test.ts fails should an upgrade move it.
 */
class ConnectionKeepingAdapter extends PrismaBetterSQLite3 {
  connection: BetterSqlite3.Database | null = null;

  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client?: Partial<BetterSqlite3.Database> }).client;
    this.connection = typeof client?.prepare === "function" && typeof client.inTransaction === "boolean" ? (client as BetterSqlite3.Database) : null;
    return adapter;
  }
}

function createClient(url: string): { client: PrismaClient; adapter: ConnectionKeepingAdapter } {
  // The busy timeout makes a second writer wait for the lock instead of failing at once.
  const adapter = new ConnectionKeepingAdapter({ url, timeout: BUSY_TIMEOUT_MS });
  return { client: new PrismaClient({ adapter }), adapter };
}

/** The embedded database: one SQLite file in WAL mode. */
export function sqliteBackend(url: string): Backend {
  const db = createClient(url).client;
  let pragmasApplied: Promise<void> | null = null;

  /** Puts the database in WAL mode once per process, so readers go on while a writer works. */
  const ready = () =>
    (pragmasApplied ??= (async () => {
      await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    })());

  /**
   * Runs `work` in a transaction on a connection of its own. The better-sqlite3 adapter has one
   * connection per client, and a plain query issued elsewhere in the process while an interactive
   * transaction is open runs inside that transaction (and is lost if it rolls back). A connection per
   * transaction keeps every other request out of it; SQLite's write lock and busy timeout then order
   * the writers, and WAL lets readers see only committed data.
   */
  async function transaction<T>(work: (tx: Tx, sql: SqlConnection) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    await ready();
    const { client, adapter } = createClient(url);
    try {
      return await client.$transaction(
        async (tx) => {
          // The adapter opens transactions with a plain BEGIN; one that has read cannot write once another
          // connection has committed (SQLITE_BUSY_SNAPSHOT). Taking the write lock first (a write that
          // touches no row) makes a concurrent writer wait its busy timeout instead of failing.
          if (!options.readOnly) await tx.$executeRawUnsafe(`UPDATE "Tenant" SET "id" = "id" WHERE 0`);
          if (!adapter.connection?.inTransaction) throw new Error("The SQLite connection of this transaction is not reachable (has the Prisma adapter changed?).");
          return work(tx, new SqliteSql(adapter.connection));
        },
        { timeout: options.timeoutMs ?? 60_000, maxWait: options.maxWaitMs ?? BUSY_TIMEOUT_MS },
      );
    } finally {
      await client.$disconnect();
    }
  }

  function openReadConnection() {
    const connection = new BetterSqlite3(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    return { sql: new SqliteSql(connection), close: () => connection.close() };
  }

  return { kind: "sqlite", db, ready, transaction, openReadConnection };
}
