import type { Prisma, PrismaClient } from "@/prisma/generated/client/client";
import type { SqlConnection } from "./sql-connection";
import type { DatabaseKind } from "./kind";

export type Tx = Prisma.TransactionClient;

export interface TransactionOptions {
  timeoutMs?: number;
  maxWaitMs?: number;
  /** The work only reads (SQLite then does not take the write lock up front). */
  readOnly?: boolean;
}

/** What lib/db needs of a database: its Prisma client, transactions with a SqlConnection, a reader. */
export interface Backend {
  kind: DatabaseKind;
  db: PrismaClient;
  ready(): Promise<void>;
  transaction<T>(work: (tx: Tx, sql: SqlConnection) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** A connection for a long read that streams rows out (an export); the caller closes it. */
  openReadConnection(): { sql: SqlConnection; close(): void };
}
