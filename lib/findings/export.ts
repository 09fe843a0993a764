import "server-only";
import { db } from "@/lib/db";
import { inBatches, type CsvColumn } from "@/lib/csv/stream";
import type { EvidenceItem } from "@/lib/rules/types";
import { getRule } from "@/lib/rules/catalog";
import type { FindingListParams } from "@/lib/validations/findings";
import { findingWhere } from "./queries";

const exportSelect = {
  id: true, ruleId: true, severity: true, stalls: true, phase: true, entityType: true, entityId: true, entityName: true,
  verdict: true, status: true, missing: true, evidenceJson: true, firstSeenAt: true, lastSeenAt: true, resolvedAt: true,
  exceptions: { where: { revokedAt: null }, orderBy: { createdAt: "desc" as const }, take: 1, select: { reason: true, owner: true, expiresAt: true } },
};

type ExportRow = Awaited<ReturnType<typeof fetchBatch>>[number];

function fetchBatch(tenantId: string, params: Omit<FindingListParams, "page" | "pageSize" | "sort">, after: string | null, take: number) {
  return db.finding.findMany({
    where: { ...findingWhere(tenantId, params), ...(after ? { id: { gt: after } } : {}) },
    select: exportSelect,
    orderBy: { id: "asc" },
    take,
  });
}

/** Every finding the filters select, read in keyset-paged batches (the findings page's filters, unpaged). */
export function findingRowsForExport(tenantId: string, params: Omit<FindingListParams, "page" | "pageSize" | "sort">) {
  return inBatches((after, take) => fetchBatch(tenantId, params, after, take), 2000);
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
  { header: "acceptedOwner", value: (f) => (f.status === "accepted" ? f.exceptions[0]?.owner : null) },
  { header: "acceptedUntil", value: (f) => (f.status === "accepted" ? f.exceptions[0]?.expiresAt : null) },
  { header: "acceptedReason", value: (f) => (f.status === "accepted" ? f.exceptions[0]?.reason : null) },
];
