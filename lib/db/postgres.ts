import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/prisma/generated/postgres-client/client";
import type { PrismaClient } from "@/prisma/generated/client/client";
import type { Backend, TransactionOptions, Tx } from "./backend";
import { PostgresSql } from "./postgres-connection";
import type { SqlConnection } from "./sql-connection";

/**
 * PostgreSQL, for several app instances on one database. The client is generated from the same models
 * (prisma/postgres/schema.prisma is derived from prisma/schema.prisma), so it is used through the
 * SQLite client's type: the two differ only in filters this code does not use.
 *
 * The adapter keeps a pool; each interactive transaction has a connection of its own, so unlike the
 * embedded database no second client is needed to keep other requests out of a transaction.
 */
export function postgresBackend(url: string): Backend {
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.SIGHTLINE_DB_POOL_SIZE ?? 10) });
  const db = new PostgresClient({ adapter }) as unknown as PrismaClient;

  async function transaction<T>(work: (tx: Tx, sql: SqlConnection) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return db.$transaction((tx) => work(tx, new PostgresSql(tx)), { timeout: options.timeoutMs ?? 60_000, maxWait: options.maxWaitMs ?? 30_000 });
  }

  return {
    kind: "postgresql",
    db,
    ready: async () => {},
    transaction,
    // Reads outside a transaction take a pooled connection per statement; nothing to close.
    openReadConnection: () => ({ sql: new PostgresSql(db), close: () => {} }),
  };
}
