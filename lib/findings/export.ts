import "server-only";
import { db, openReadConnection, type SqlConnection } from "@/lib/db";
import { inBatches, type CsvColumn } from "@/lib/csv/stream";
import type { EvidenceItem } from "@/lib/rules/types";
import { getRule } from "@/lib/rules/catalog";
import type { FindingListParams } from "@/lib/validations/findings";
import { findingWhere } from "./queries";

interface ExportRow {
  id: string;
  ruleId: string;
  severity: string;
  stalls: boolean;
  phase: string;
  entityType: string;
  entityId: string;
  entityName: string;
  verdict: string;
  status: string;
  missing: string | null;
  evidenceJson: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  resolvedAt: Date | null;
  /** The exception in force (the latest one not revoked), if any. */
  exception: { reason: string; owner: string; expiresAt: Date } | null;
}

type Filters = Omit<FindingListParams, "page" | "pageSize" | "sort">;

/** Rows per batch: one CSV chunk's worth, so a batch's rows are written out before the next is read. */
const batchSize = 500;

/**
 * One batch: the next ids in id order through the findings page's own filter (Prisma, findingWhere),
 * then their rows and exceptions on the export's own connection. Reading the rows through Prisma made a 93k-row
 * export twice as slow and grew the server's memory by 180-200 MB (every value converted three times).
 */
async function fetchBatch(sql: SqlConnection, tenantId: string, params: Filters, after: string | null, take: number): Promise<ExportRow[]> {
  const ids = await db.finding.findMany({
    where: { ...findingWhere(tenantId, params), ...(after ? { id: { gt: after } } : {}) },
    select: { id: true },
    orderBy: { id: "asc" },
    take,
  });
  if (ids.length === 0) return [];
  const idList = ids.map((row) => row.id);
  const inList = idList.map(() => "?").join(", ");
  const rows = await sql.all<Omit<ExportRow, "exception">>(
    `SELECT "id", "ruleId", "severity", "stalls", "phase", "entityType", "entityId", "entityName", "verdict", "status", "missing", "evidenceJson", ` +
      `"firstSeenAt", "lastSeenAt", "resolvedAt" FROM "Finding" WHERE "id" IN (${inList}) AND "tenantId" = ? ORDER BY "id"`,
    [...idList, tenantId],
  );
  // Newest first, so the first one met per finding is the one in force.
  const exceptions = await sql.all<{ findingId: string; reason: string; owner: string; expiresAt: Date }>(
    `SELECT "findingId", "reason", "owner", "expiresAt" FROM "FindingException" ` +
      `WHERE "revokedAt" IS NULL AND "findingId" IN (${inList}) ORDER BY "findingId", "createdAt" DESC`,
    idList,
  );
  const inForce = new Map<string, ExportRow["exception"]>();
  for (const { findingId, ...exception } of exceptions) if (!inForce.has(findingId)) inForce.set(findingId, exception);
  // Set on the rows themselves: a copy of each row is garbage the export's memory goal cannot afford.
  for (const row of rows as ExportRow[]) row.exception = inForce.get(row.id) ?? null;
  return rows as ExportRow[];
}

/**
 * Every finding the filters select (the findings page's filters, unpaged), read in keyset-paged
 * batches on a read connection of the export's own, closed when the export ends or is abandoned.
 */
export async function* findingRowsForExport(tenantId: string, params: Filters): AsyncGenerator<ExportRow> {
  const connection = openReadConnection();
  try {
    yield* inBatches((after, take) => fetchBatch(connection.sql, tenantId, params, after, take), batchSize);
  } finally {
    connection.close();
  }
}

function evidenceText(json: string): string {
  return (JSON.parse(json) as EvidenceItem[]).map((e) => `${e.label}: ${e.value === null ? "not recorded" : String(e.value)}`).join("; ");
}

/** The findings report's columns; the headers are stable and documented in docs/csv-reports.md. */
export const findingColumns: CsvColumn<ExportRow>[] = [
  { header: "ruleId", value: (f) => f.ruleId },
  { header: "title", value: (f) => getRule(f.ruleId)?.title ?? "" },
  { header: "severity", value: (f) => f.severity },
  { header: "stallsSignIn", value: (f) => f.stalls },
  { header: "phase", value: (f) => f.phase },
  { header: "entityType", value: (f) => f.entityType },
  { header: "entityId", value: (f) => f.entityId },
  { header: "entityName", value: (f) => f.entityName },
  { header: "verdict", value: (f) => f.verdict },
  { header: "status", value: (f) => f.status },
  { header: "missingFact", value: (f) => f.missing },
  { header: "evidence", value: (f) => evidenceText(f.evidenceJson) },
  { header: "firstSeenAt", value: (f) => f.firstSeenAt },
  { header: "lastSeenAt", value: (f) => f.lastSeenAt },
  { header: "resolvedAt", value: (f) => f.resolvedAt },
  { header: "acceptedOwner", value: (f) => (f.status === "accepted" ? f.exception?.owner : null) },
  { header: "acceptedUntil", value: (f) => (f.status === "accepted" ? f.exception?.expiresAt : null) },
  { header: "acceptedReason", value: (f) => (f.status === "accepted" ? f.exception?.reason : null) },
];
