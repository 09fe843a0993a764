import type { Prisma } from "@/lib/db";

/**
 * The raw SQL of an evaluation's bulk writes, SQLite flavour. Everything dialect-specific lives here so a
 * PostgreSQL variant (jsonb_array_elements instead of json_each, casts on the extracted values) can follow.
 *
 * Why raw SQL: with Prisma's JS engine, `createMany` of 100k findings took ~42 s and a multi-row VALUES
 * insert ~7 s (per-parameter overhead), while one JSON array parameter per 10k rows unpacked by json_each
 * takes ~3 s. SQLite itself needs 1-2 s for those rows and their seven B-trees; the rest is Prisma passing
 * the parameter through its query compiler (measured on this schema).
 */

type Tx = Prisma.TransactionClient;

/** Rows per statement: one JSON parameter each, so only the statement's size bounds it. */
const rowsPerStatement = 10_000;

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

function insertTuple(r: FindingInsertRow): unknown[] {
  const at = sqliteDateTime(r.now);
  return [
    r.id, r.tenantId, r.ruleId, r.entityType, r.entityId, r.entityName, r.severity, r.stalls ? 1 : 0, r.phase, r.verdict,
    r.status, r.evidenceJson, r.missing, r.relatedUserId, r.relatedCloudPcId, r.relatedClientId,
    r.runId, r.runId, at, at,
  ];
}

/** Extracts position i of each JSON array row as column i. */
const selectPositions = (columns: readonly string[]) => columns.map((_, i) => `value ->> ${i}`).join(", ");
const columnList = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");

async function inBatches<T>(rows: readonly T[], write: (batch: readonly T[]) => Promise<number>): Promise<number> {
  let affected = 0;
  for (let i = 0; i < rows.length; i += rowsPerStatement) affected += await write(rows.slice(i, i + rowsPerStatement));
  return affected;
}

export function insertFindings(tx: Tx, rows: readonly FindingInsertRow[]): Promise<number> {
  return inBatches(rows, (batch) => tx.$executeRawUnsafe(statements.insertFindings, JSON.stringify(batch.map(insertTuple))));
}

export interface RunChangeRow {
  id: string;
  runId: string;
  findingId: string;
  change: string;
}

const changeColumns = ["id", "runId", "findingId", "change"] as const;

export function insertRunChanges(tx: Tx, rows: readonly RunChangeRow[]): Promise<number> {
  return inBatches(rows, (batch) => tx.$executeRawUnsafe(statements.insertRunChanges, JSON.stringify(batch.map((r) => [r.id, r.runId, r.findingId, r.change]))));
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
 * One UPDATE ... FROM json_each per batch: each row's own values, matched on the id. A finding still
 * reported is never resolved, so resolvedAt is cleared; the version is bumped for optimistic locking.
 */
export function updateFindings(tx: Tx, tenantId: string, rows: readonly FindingUpdateRow[]): Promise<number> {
  return inBatches(rows, (batch) =>
    tx.$executeRawUnsafe(
      statements.updateFindings,
      JSON.stringify(
        batch.map((r) => [
          r.id, r.status, r.entityName, r.severity, r.stalls ? 1 : 0, r.phase, r.verdict, r.evidenceJson, r.missing,
          r.relatedUserId, r.relatedCloudPcId, r.relatedClientId,
        ]),
      ),
      tenantId,
    ),
  );
}

/** Marks findings no longer reported as resolved. */
export function resolveFindings(tx: Tx, tenantId: string, ids: readonly string[], now: Date): Promise<number> {
  return inBatches(ids, (batch) => tx.$executeRawUnsafe(statements.resolveFindings, sqliteDateTime(now), tenantId, JSON.stringify(batch)));
}

/**
 * The statements, exported for the query-plan test. In both UPDATEs the unary `+` on tenantId keeps
 * SQLite from driving the statement with a tenantId index: it then scanned the whole JSON batch for each
 * of the tenant's findings (quadratic: 22 s for 1,400 updates among 22k findings). Without that index
 * the plan is one primary-key lookup per batch row; the tenantId test still guards against a foreign id.
 */
export const statements = {
  insertFindings: `INSERT INTO "Finding" (${columnList(insertColumns)}) SELECT ${selectPositions(insertColumns)} FROM json_each(?)`,
  insertRunChanges: `INSERT INTO "RunChange" (${columnList(changeColumns)}) SELECT ${selectPositions(changeColumns)} FROM json_each(?)`,
  updateFindings:
    `UPDATE "Finding" SET ${updateColumns.map((c, i) => `"${c}" = v.value ->> ${i + 1}`).join(", ")}, "resolvedAt" = NULL, "version" = "version" + 1 ` +
    `FROM json_each(?) AS v WHERE "Finding"."id" = v.value ->> 0 AND +"Finding"."tenantId" = ?`,
  resolveFindings:
    `UPDATE "Finding" SET "status" = 'resolved', "resolvedAt" = ?, "version" = "version" + 1 ` +
    `WHERE +"tenantId" = ? AND "id" IN (SELECT value FROM json_each(?))`,
} as const;
