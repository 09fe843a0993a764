import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "@/prisma/generated/client/client";
import { env } from "@/lib/env";

export { Prisma } from "@/prisma/generated/client/client";
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/** How long a writer waits for SQLite's write lock held by another connection before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

function createClient(url: string): PrismaClient {
  // The busy timeout makes a second writer wait for the lock instead of failing at once.
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { sightlinePrisma?: PrismaClient };

/** The one Prisma client of the process (kept on globalThis so dev reloads reuse it). */
export const db: PrismaClient = globalForPrisma.sightlinePrisma ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.sightlinePrisma = db;

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
 */
export async function transaction<T>(
  work: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number; maxWaitMs?: number; readOnly?: boolean } = {},
): Promise<T> {
  await ensureDbReady();
  const client = createClient(env.DATABASE_URL);
  try {
    return await client.$transaction(
      async (tx) => {
        // The adapter opens transactions with a plain BEGIN; one that has read cannot write once another
        // connection has committed (SQLITE_BUSY_SNAPSHOT). Taking the write lock first (a write that
        // touches no row) makes a concurrent writer wait its busy timeout instead of failing.
        if (!options.readOnly) await tx.$executeRawUnsafe(`UPDATE "Tenant" SET "id" = "id" WHERE 0`);
        return work(tx);
      },
      { timeout: options.timeoutMs ?? 60_000, maxWait: options.maxWaitMs ?? BUSY_TIMEOUT_MS },
    );
  } finally {
    await client.$disconnect();
  }
}
