import crypto from "node:crypto";
import type { Prisma } from "@/lib/db";
import { chunk } from "./json-columns";

/**
 * Batched INSERT / UPDATE / DELETE for saving large tenants.
 *
 * Why raw SQL: measured on a 100k Cloud PC tenant, Prisma's createMany costs about 0.3 ms per row and
 * an update about 2 ms per row (each is a round trip through the query interpreter), while one
 * multi-row statement writes 10k rows in about 0.25 s. The statements run on the transaction client, so
 * they stay inside the save's transaction.
 *
 * Safety: table names come from `tableInfo` below and column names from the mappers' row types (Prisma
 * payload types, and the schema has no @map, so field names are column names); every value is a bound
 * parameter. The SQL is SQLite's (`?` placeholders, UPDATE ... FROM, SQLite >= 3.33).
 */

export type Scalar = string | number | boolean | Date | null;
type Tx = Prisma.TransactionClient;

/** Which Prisma-managed columns each tenant table has (see prisma/schema.prisma). */
const tableInfo = {
  Domain: { createdAt: false, updatedAt: false, version: true },
  DirectoryGroup: { createdAt: false, updatedAt: false, version: false },
  DirectoryUser: { createdAt: true, updatedAt: true, version: true },
  CloudPc: { createdAt: true, updatedAt: true, version: true },
  ProvisioningPolicy: { createdAt: true, updatedAt: true, version: true },
  NetworkConnection: { createdAt: true, updatedAt: true, version: true },
  HealthCheck: { createdAt: false, updatedAt: false, version: false },
  ConditionalAccessPolicy: { createdAt: true, updatedAt: true, version: true },
  AuthenticationMethodConfiguration: { createdAt: false, updatedAt: false, version: true },
  RemoteDesktopConfiguration: { createdAt: false, updatedAt: true, version: true },
  ConfigurationAssignment: { createdAt: false, updatedAt: true, version: true },
  Client: { createdAt: true, updatedAt: true, version: true },
  AgentIdentity: { createdAt: false, updatedAt: false, version: true },
  AgentPool: { createdAt: false, updatedAt: false, version: true },
  AgentSession: { createdAt: false, updatedAt: false, version: true },
  AgentSessionEvent: { createdAt: false, updatedAt: false, version: false },
} as const;
export type TenantTable = keyof typeof tableInfo;

// SQLite as bundled by better-sqlite3 binds up to 32766 parameters per statement.
const maxParameters = 30_000;

// A random tag per process keeps ids from two processes apart; the counter keeps them apart within one.
const processTag = crypto.randomBytes(5).readUIntBE(0, 5).toString(36).padStart(8, "0").slice(-8);
let counter = 0;

/**
 * A new row id shaped like Prisma's cuid() default (which a raw INSERT cannot use): 'c', the time, a
 * counter and a per-process tag, so ids are unique and roughly ordered by creation. Not a secret:
 * nothing treats row ids as unguessable.
 */
export function newRowId(): string {
  counter += 1;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(5, "0")}${processTag}`;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Inserts rows with `fixed` columns (the tenant or parent id) added to each; returns the new ids in order. */
export async function insertRows(tx: Tx, table: TenantTable, rows: readonly object[], fixed: Record<string, Scalar>): Promise<string[]> {
  if (rows.length === 0) return [];
  const info = tableInfo[table];
  const now = new Date();
  const ids = rows.map(() => newRowId());
  const columns = Object.keys(rows[0]);
  const managed: [string, Scalar][] = [...Object.entries(fixed)];
  if (info.createdAt) managed.push(["createdAt", now]);
  if (info.updatedAt) managed.push(["updatedAt", now]);
  const allColumns = ["id", ...columns, ...managed.map(([name]) => name)];
  const tuple = `(${allColumns.map(() => "?").join(",")})`;
  const perStatement = Math.max(1, Math.floor(maxParameters / allColumns.length));
  let offset = 0;
  for (const piece of chunk(rows, perStatement)) {
    const values: Scalar[] = [];
    piece.forEach((row, i) => {
      const cells = row as Record<string, Scalar>;
      values.push(ids[offset + i], ...columns.map((column) => cells[column]), ...managed.map(([, value]) => value));
    });
    offset += piece.length;
    const sql = `INSERT INTO ${quote(table)} (${allColumns.map(quote).join(",")}) VALUES ${piece.map(() => tuple).join(",")}`;
    await tx.$executeRawUnsafe(sql, ...values);
  }
  return ids;
}

/** Rewrites whole rows by id, bumping `version` and `updatedAt` where the table has them. */
export async function updateRows(tx: Tx, table: TenantTable, updates: readonly { id: string; row: object }[]): Promise<void> {
  if (updates.length === 0) return;
  const info = tableInfo[table];
  const columns = Object.keys(updates[0].row);
  const assignments = columns.map((column, i) => `${quote(column)} = v.column${i + 2}`);
  const managedValues: Scalar[] = [];
  if (info.version) assignments.push(`"version" = "version" + 1`);
  if (info.updatedAt) {
    assignments.push(`"updatedAt" = ?`);
    managedValues.push(new Date());
  }
  const tuple = `(${["?", ...columns.map(() => "?")].join(",")})`;
  const perStatement = Math.max(1, Math.floor(maxParameters / (columns.length + 1)));
  for (const piece of chunk(updates, perStatement)) {
    const values: Scalar[] = [...managedValues];
    for (const { id, row } of piece) {
      const cells = row as Record<string, Scalar>;
      values.push(id, ...columns.map((column) => cells[column]));
    }
    const sql = `UPDATE ${quote(table)} SET ${assignments.join(", ")} FROM (VALUES ${piece.map(() => tuple).join(",")}) AS v WHERE ${quote(table)}."id" = v.column1`;
    await tx.$executeRawUnsafe(sql, ...values);
  }
}

/** Deletes rows by id; children go with them (ON DELETE CASCADE). */
export async function deleteRows(tx: Tx, table: TenantTable, ids: readonly string[], column = "id"): Promise<void> {
  for (const piece of chunk(ids, 10_000)) {
    await tx.$executeRawUnsafe(`DELETE FROM ${quote(table)} WHERE ${quote(column)} IN (${piece.map(() => "?").join(",")})`, ...piece);
  }
}
