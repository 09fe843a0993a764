import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { FindingListParams } from "@/lib/validations/findings";

export interface FindingRow {
  id: string;
  ruleId: string;
  entityType: string;
  entityId: string;
  entityName: string;
  severity: string;
  stalls: boolean;
  phase: string;
  verdict: string;
  status: string;
  missing: string | null;
  lastSeenAt: Date;
  firstSeenAt: Date;
}

const rowSelect = {
  id: true, ruleId: true, entityType: true, entityId: true, entityName: true, severity: true, stalls: true,
  phase: true, verdict: true, status: true, missing: true, lastSeenAt: true, firstSeenAt: true,
} as const;

export function findingWhere(tenantId: string, p: Omit<FindingListParams, "page" | "pageSize" | "sort">): Prisma.FindingWhereInput {
  return {
    tenantId,
    ...(p.severity ? { severity: p.severity } : {}),
    ...(p.status ? { status: p.status } : { status: { in: ["open", "accepted"] } }),
    ...(p.ruleId ? { ruleId: p.ruleId } : {}),
    ...(p.entityType ? { entityType: p.entityType } : {}),
    ...(p.phase ? { phase: p.phase } : {}),
    ...(p.stalls ? { stalls: true } : {}),
    ...(p.verdict ? { verdict: p.verdict } : {}),
    ...(p.q ? { OR: [{ entityName: { contains: p.q } }, { ruleId: { contains: p.q.toUpperCase() } }] } : {}),
  };
}

/** One page of findings, filtered and paged in the database; list and count run together. */
export async function listFindings(tenantId: string, params: FindingListParams): Promise<{ items: FindingRow[]; total: number }> {
  const where = findingWhere(tenantId, params);
  const [items, total] = await Promise.all([
    db.finding.findMany({
      where,
      select: rowSelect,
      orderBy: [{ stalls: "desc" }, { ruleId: "asc" }, { entityName: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
    }),
    db.finding.count({ where }),
  ]);
  return { items, total };
}
