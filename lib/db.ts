import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/prisma/generated/client/client";
import { env } from "@/lib/env";

export type { Prisma } from "@/prisma/generated/client/client";
export type Db = PrismaClient;

function createClient(url: string): PrismaClient {
  // WAL lets readers go on while an import or evaluation writes; the busy timeout makes a second
  // writer wait instead of failing at once.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { sightlinePrisma?: PrismaClient };

/** The one Prisma client of the process (kept on globalThis so dev reloads reuse it). */
export const db: PrismaClient = globalForPrisma.sightlinePrisma ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.sightlinePrisma = db;

let pragmasApplied: Promise<void> | null = null;
/** Applies the SQLite pragmas once per process; call before the first write. */
export function ensureDbReady(): Promise<void> {
  pragmasApplied ??= (async () => {
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
  })();
  return pragmasApplied;
}
