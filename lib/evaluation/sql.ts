import type { SqlConnection, SqlRow } from "@/lib/db";

/**
 * An evaluation's bulk writes, on the save transaction's SqlConnection (see `transaction` in lib/db):
 * the same statements in either database.
 *
 * Why not Prisma: through Prisma, `createMany` of 100k findings took ~42 s, a multi-row VALUES insert
 * ~7 s and one JSON array parameter per 10k rows (unpacked by json_each) ~3 s, most of it Prisma passing
 * the parameters through its query compiler. SqlConnection writes rows in bulk on the driver.
 */
export interface FindingInsertRow {
  id: string;
  tenantId: string;
  ruleId: string;
  entityType: string;
  entityId: string;
  entityName: string;
  severity: string;
  stalls: boolean;
  phase: string;
  verdict: string;
  status: string;
  evidenceJson: string;
  missing: string | null;
  relatedUserId: string | null;
  relatedCloudPcId: string | null;
  relatedClientId: string | null;
  runId: string;
  now: Date;
}

export async function insertFindings(sql: SqlConnection, rows: readonly FindingInsertRow[]): Promise<number> {
  await sql.insert(
    "Finding",
    rows.map(({ runId, now, ...r }): SqlRow => ({ ...r, firstSeenRunId: runId, lastSeenRunId: runId, firstSeenAt: now, lastSeenAt: now })),
  );
  return rows.length;
}

export interface RunChangeRow {
  id: string;
  runId: string;
  findingId: string;
  change: string;
}

export async function insertRunChanges(sql: SqlConnection, rows: readonly RunChangeRow[]): Promise<number> {
  await sql.insert("RunChange", rows as unknown as readonly SqlRow[]);
  return rows.length;
}

/** A finding still reported whose status or details differ from the stored row: all columns are rewritten. */
export interface FindingUpdateRow {
  id: string;
  status: string;
  entityName: string;
  severity: string;
  stalls: boolean;
  phase: string;
  verdict: string;
  evidenceJson: string;
  missing: string | null;
  relatedUserId: string | null;
  relatedCloudPcId: string | null;
  relatedClientId: string | null;
}

/**
 * Rewrites each row by id and stamps it as seen by this run. A finding still reported is never
 * resolved, so resolvedAt is cleared; the version is bumped for optimistic locking.
 */
export function updateFindings(sql: SqlConnection, tenantId: string, runId: string, now: Date, rows: readonly FindingUpdateRow[]): Promise<number> {
  return sql.update(
    "Finding",
    rows.map((r): SqlRow => ({ ...r, tenantId, lastSeenRunId: runId, lastSeenAt: now, resolvedAt: null })),
    { key: findingKey, set: bumpVersion },
  );
}

/** Marks findings no longer reported as resolved. */
export function resolveFindings(sql: SqlConnection, tenantId: string, ids: readonly string[], now: Date): Promise<number> {
  return sql.update("Finding", ids.map((id): SqlRow => ({ id, tenantId, status: "resolved", resolvedAt: now })), { key: findingKey, set: bumpVersion });
}

/**
 * Stamps the tenant's other unresolved findings (reported again, unchanged) as seen by this run. Rows
 * this run inserted or rewrote carry the stamp already and are skipped, so a first run rewrites nothing.
 */
export function markSeen(sql: SqlConnection, tenantId: string, runId: string, now: Date): Promise<number> {
  return sql.run(statements.markSeen, [runId, now, tenantId, runId]);
}

/** Each per-row write finds its row by primary key (and checks the tenant); the version is bumped for optimistic locking. */
export const findingKey = ["id", "tenantId"] as const;
const bumpVersion = `"version" = "version" + 1`;

/** Exported for the query-plan test: it must use the index on the tenant's statuses. */
export const statements = {
  markSeen:
    `UPDATE "Finding" SET "lastSeenRunId" = ?, "lastSeenAt" = ? ` +
    `WHERE "tenantId" = ? AND "status" IN ('open', 'accepted') AND "lastSeenRunId" IS DISTINCT FROM ?`,
} as const;
