import type { SqliteConnection } from "@/lib/db";

/**
 * The SQL of an evaluation's bulk writes, SQLite flavour, run on the transaction's own connection (see
 * `transaction` in lib/db.ts). Everything dialect-specific lives here so a PostgreSQL variant can follow.
 *
 * Why prepared statements on the driver: through Prisma, `createMany` of 100k findings took ~42 s, a
 * multi-row VALUES insert ~7 s and one JSON array parameter per 10k rows (unpacked by json_each) ~3 s,
 * most of it Prisma passing the parameters through its query compiler. One prepared statement run per
 * row on the connection itself adds a few microseconds per row to SQLite's own B-tree work.
 */

/** DateTime as the better-sqlite3 adapter writes it (ISO 8601, "+00:00"), so text comparisons keep working. */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

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

const insertColumns = [
  "id", "tenantId", "ruleId", "entityType", "entityId", "entityName", "severity", "stalls", "phase", "verdict",
  "status", "evidenceJson", "missing", "relatedUserId", "relatedCloudPcId", "relatedClientId",
  "firstSeenRunId", "lastSeenRunId", "firstSeenAt", "lastSeenAt",
] as const;

const columnList = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");
const placeholders = (columns: readonly string[]) => columns.map(() => "?").join(", ");

export function insertFindings(connection: SqliteConnection, rows: readonly FindingInsertRow[]): number {
  const insert = connection.prepare(statements.insertFindings);
  for (const r of rows) {
    const at = sqliteDateTime(r.now);
    insert.run(
      r.id, r.tenantId, r.ruleId, r.entityType, r.entityId, r.entityName, r.severity, r.stalls ? 1 : 0, r.phase, r.verdict,
      r.status, r.evidenceJson, r.missing, r.relatedUserId, r.relatedCloudPcId, r.relatedClientId,
      r.runId, r.runId, at, at,
    );
  }
  return rows.length;
}

export interface RunChangeRow {
  id: string;
  runId: string;
  findingId: string;
  change: string;
}

const changeColumns = ["id", "runId", "findingId", "change"] as const;

export function insertRunChanges(connection: SqliteConnection, rows: readonly RunChangeRow[]): number {
  const insert = connection.prepare(statements.insertRunChanges);
  for (const r of rows) insert.run(r.id, r.runId, r.findingId, r.change);
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

const updateColumns = [
  "status", "entityName", "severity", "stalls", "phase", "verdict", "evidenceJson", "missing",
  "relatedUserId", "relatedCloudPcId", "relatedClientId",
] as const;

/**
 * Rewrites each row by id and stamps it as seen by this run. A finding still reported is never
 * resolved, so resolvedAt is cleared; the version is bumped for optimistic locking.
 */
export function updateFindings(connection: SqliteConnection, tenantId: string, runId: string, now: Date, rows: readonly FindingUpdateRow[]): number {
  const update = connection.prepare(statements.updateFindings);
  const at = sqliteDateTime(now);
  let changed = 0;
  for (const r of rows) {
    changed += update.run(
      r.status, r.entityName, r.severity, r.stalls ? 1 : 0, r.phase, r.verdict, r.evidenceJson, r.missing,
      r.relatedUserId, r.relatedCloudPcId, r.relatedClientId, runId, at, r.id, tenantId,
    ).changes;
  }
  return changed;
}

/** Marks findings no longer reported as resolved. */
export function resolveFindings(connection: SqliteConnection, tenantId: string, ids: readonly string[], now: Date): number {
  const resolve = connection.prepare(statements.resolveFindings);
  const at = sqliteDateTime(now);
  let changed = 0;
  for (const id of ids) changed += resolve.run(at, id, tenantId).changes;
  return changed;
}

/**
 * Stamps the tenant's other unresolved findings (reported again, unchanged) as seen by this run. Rows
 * this run inserted or rewrote carry the stamp already and are skipped, so a first run rewrites nothing.
 */
export function markSeen(connection: SqliteConnection, tenantId: string, runId: string, now: Date): number {
  return connection.prepare(statements.markSeen).run(runId, sqliteDateTime(now), tenantId, runId).changes;
}

/** The statements, exported for the query-plan test: each per-row write finds its row by primary key. */
export const statements = {
  insertFindings: `INSERT INTO "Finding" (${columnList(insertColumns)}) VALUES (${placeholders(insertColumns)})`,
  insertRunChanges: `INSERT INTO "RunChange" (${columnList(changeColumns)}) VALUES (${placeholders(changeColumns)})`,
  updateFindings:
    `UPDATE "Finding" SET ${updateColumns.map((c) => `"${c}" = ?`).join(", ")}, "lastSeenRunId" = ?, "lastSeenAt" = ?, ` +
    `"resolvedAt" = NULL, "version" = "version" + 1 WHERE "id" = ? AND "tenantId" = ?`,
  resolveFindings: `UPDATE "Finding" SET "status" = 'resolved', "resolvedAt" = ?, "version" = "version" + 1 WHERE "id" = ? AND "tenantId" = ?`,
  markSeen:
    `UPDATE "Finding" SET "lastSeenRunId" = ?, "lastSeenAt" = ? ` +
    `WHERE "tenantId" = ? AND "status" IN ('open', 'accepted') AND "lastSeenRunId" IS NOT ?`,
} as const;
