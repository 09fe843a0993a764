import type { SqlConnection } from "@/lib/db";
import { deleteRows, insertRows, updateRows, type TenantTable } from "./bulk-sql";

/** What saving a snapshot did to one entity type. */
export interface EntityCounts {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export const emptyCounts = (): EntityCounts => ({ created: 0, updated: 0, removed: 0, unchanged: 0 });

/** A row's column values keyed by column name, as produced by the mappers. */
type Columns = object;

export interface SyncPlan<Row extends Columns> {
  creates: { key: string; row: Row }[];
  /** Rows that differ from the stored ones, written whole; unchanged rows are not written at all. */
  updates: { id: string; key: string; row: Row }[];
  removeIds: string[];
  /** Keys of rows kept as they were (in merge mode, including those the snapshot does not list). */
  unchangedKeys: string[];
}

export interface SyncOptions {
  /** `replace` mode: rows of the tenant that the snapshot no longer holds are removed. */
  removeMissing: boolean;
  /** Children stored in their own table (health checks, session events) differ from the stored ones. */
  childrenChanged?: (key: string, rowId: string) => boolean;
}

/**
 * Compares the rows a snapshot maps to with the rows already stored (both keyed by source id) and
 * decides, without touching the database, which to create, update, remove or leave alone.
 */
export function planSync<Row extends Columns>(
  existing: ReadonlyMap<string, Row & { id: string }>,
  incoming: ReadonlyMap<string, Row>,
  options: SyncOptions,
): SyncPlan<Row> {
  const plan: SyncPlan<Row> = { creates: [], updates: [], removeIds: [], unchangedKeys: [] };
  for (const [key, row] of incoming) {
    const stored = existing.get(key);
    if (!stored) plan.creates.push({ key, row });
    else if (differs(stored, row) || options.childrenChanged?.(key, stored.id)) plan.updates.push({ id: stored.id, key, row });
    else plan.unchangedKeys.push(key);
  }
  // Stored rows the snapshot does not list: removed in replace mode, kept as they are in merge mode.
  for (const [key, stored] of existing) {
    if (incoming.has(key)) continue;
    if (options.removeMissing) plan.removeIds.push(stored.id);
    else plan.unchangedKeys.push(key);
  }
  return plan;
}

/** Column values are strings, numbers, booleans or null, so === is the right comparison. */
function differs<Row extends Columns>(stored: Row, row: Row): boolean {
  const before = stored as Record<string, unknown>;
  const after = row as Record<string, unknown>;
  for (const column in after) if (before[column] !== after[column]) return true;
  return false;
}

export interface TableWriter<Row extends Columns> {
  /** Returns the new row ids, in the order of `rows`. */
  insert(rows: Row[]): Promise<string[]>;
  /** Writes the rows and bumps their version. */
  update(updates: { id: string; row: Row }[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
}

/** Runs a plan; returns the counts and the row ids of the created rows by key (for their children). */
export async function applyPlan<Row extends Columns>(plan: SyncPlan<Row>, writer: TableWriter<Row>) {
  await writer.remove(plan.removeIds);
  const ids = await writer.insert(plan.creates.map((create) => create.row));
  await writer.update(plan.updates);
  const counts: EntityCounts = {
    created: plan.creates.length,
    updated: plan.updates.length,
    removed: plan.removeIds.length,
    unchanged: plan.unchangedKeys.length,
  };
  return { counts, createdIds: new Map(plan.creates.map((create, i) => [create.key, ids[i]])) };
}

export interface SyncRowsInput<Row extends Columns> {
  stored: (Row & { id: string })[];
  incoming: Row[];
  keyOf: (row: Row) => string;
  removeMissing: boolean;
  childrenChanged?: SyncOptions["childrenChanged"];
  writer: TableWriter<NoInfer<Row>>;
}

/** Plans and applies the sync of one table; returns the plan too, for writing the rows' children. */
export async function syncRows<Row extends Columns>(input: SyncRowsInput<Row>) {
  const storedByKey = new Map(input.stored.map((row) => [input.keyOf(row), row]));
  const incomingByKey = new Map(input.incoming.map((row) => [input.keyOf(row), row]));
  const plan = planSync(storedByKey, incomingByKey, { removeMissing: input.removeMissing, childrenChanged: input.childrenChanged });
  const { counts, createdIds } = await applyPlan(plan, input.writer);
  return { counts, plan, createdIds };
}

/** Drops the row id from a stored row, leaving the columns a mapper produces. */
export function columnsOf<Row extends Columns>(stored: Row & { id: string }): Row {
  const { id: _id, ...columns } = stored;
  return columns as unknown as Row;
}

/** A writer for a tenant table: batched raw SQL (bulk-sql.ts), `tenantId` set on new rows. */
export function tenantTableWriter<Row extends Columns>(sql: SqlConnection, table: TenantTable, tenantId: string): TableWriter<Row> {
  return {
    insert: (rows) => insertRows(sql, table, rows, { tenantId }),
    update: (updates) => updateRows(sql, table, updates),
    remove: (ids) => deleteRows(sql, table, ids),
  };
}
