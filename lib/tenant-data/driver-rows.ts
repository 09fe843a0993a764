import type { SqlConnection } from "@/lib/db";

/**
 * Whole-table reads on a transaction's SqlConnection (see `transaction` in lib/db), returning rows in
 * the shapes Prisma returns for the same `select`. Column names are field names (the schema has no @map).
 *
 * Safety: table and column names come from the callers' Prisma select objects and constants, never from
 * input; every value is a bound parameter.
 */

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A `select` of scalar fields, as the mapping modules declare them. */
type ScalarSelect = Record<string, true>;

/** The column list of a Prisma select of scalar fields. */
export function columnsOf(select: ScalarSelect, alias?: string): string {
  return Object.keys(select)
    .map((column) => (alias ? `${alias}.${quote(column)}` : quote(column)))
    .join(", ");
}

/** Every row of a tenant table, mapped: `SELECT <select's columns> FROM table WHERE tenantId = ? ORDER BY ...`. */
export function tenantRows<Row, T>(sql: SqlConnection, table: string, select: ScalarSelect, tenantId: string, orderBy: string, map: (row: Row) => T): Promise<T[]> {
  return sql.map(`SELECT ${columnsOf(select)} FROM ${quote(table)} WHERE "tenantId" = ? ORDER BY ${quote(orderBy)}`, [tenantId], map);
}
