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

/**
 * Write transactions of this process, one at a time. better-sqlite3 waits for SQLite's write lock
 * synchronously: a second write transaction started while another holds the lock would block the whole
 * process in that wait, so the first could never finish, and both would fail after the busy timeout.
 * Queued here, the second waits without blocking anything. (Other processes are ordered by SQLite's
 * lock and busy timeout as before.)
 */
class WriteTurns {
  private tail: Promise<void> = Promise.resolve();

  /** Waits for this process's earlier write transactions; resolves to the function that ends the turn. */
  async take(maxWaitMs: number): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => mine);
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      previous.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), maxWaitMs))),
    ]);
    clearTimeout(timer);
    if (!waited) {
      // Give the turn up once it comes, so later writers are not held behind it.
      void previous.then(release);
      throw new Error(`Another change is still being saved; waited ${Math.round(maxWaitMs / 1000)} s. Try again.`);
    }
    return release;
  }
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
  const writeTurns = new WriteTurns();

  async function transaction<T>(work: (tx: Tx, sql: SqlConnection) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    await ready();
    const endTurn = options.readOnly ? () => {} : await writeTurns.take(options.maxWaitMs ?? BUSY_TIMEOUT_MS);
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
      endTurn();
    }
  }

  function openReadConnection() {
    const connection = new BetterSqlite3(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    return { sql: new SqliteSql(connection), close: () => connection.close() };
  }

  return { kind: "sqlite", db, ready, transaction, openReadConnection };
}
