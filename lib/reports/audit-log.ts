import "server-only";
import { auditSelect, auditWhere, type AuditRow } from "@/lib/audit/queries";
import type { CsvColumn } from "@/lib/csv/stream";
import { db, type Prisma, textContains } from "@/lib/db";
import type { AuditListParams } from "@/lib/validations/audit";

/**
 * The audit log report: every event the audit page's filters select (its own where-builder,
 * lib/audit/queries.ts), newest first as the page lists them, read in keyset batches on (at, id) so
 * the file streams in bounded memory however long the log is.
 */
export async function* auditLogRows(tenantId: string | null, params: Omit<AuditListParams, "page" | "pageSize" | "sort">, batchSize = 2000): AsyncGenerator<AuditRow> {
  const where: Prisma.AuditEventWhereInput = { ...auditWhere(tenantId, params), ...(params.q ? { summary: textContains(params.q) } : {}) };
  let last: { at: Date; id: string } | null = null;
  for (;;) {
    const after: Prisma.AuditEventWhereInput = last ? { OR: [{ at: { lt: last.at } }, { at: last.at, id: { lt: last.id } }] } : {};
    const batch = await db.auditEvent.findMany({ where: { AND: [where, after] }, select: auditSelect, orderBy: [{ at: "desc" }, { id: "desc" }], take: batchSize });
    yield* batch;
    if (batch.length < batchSize) return;
    last = batch[batch.length - 1];
  }
}

export const auditLogColumns: CsvColumn<AuditRow>[] = [
  { header: "at", value: (e) => e.at },
  { header: "actorEmail", value: (e) => e.actorEmail },
  { header: "actorRole", value: (e) => e.actorRole },
  { header: "tenantId", value: (e) => e.tenantId },
  { header: "action", value: (e) => e.action },
  { header: "entityType", value: (e) => e.entityType },
  { header: "entityId", value: (e) => e.entityId },
  { header: "summary", value: (e) => e.summary },
  { header: "before", value: (e) => e.beforeJson },
  { header: "after", value: (e) => e.afterJson },
];
