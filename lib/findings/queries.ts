import "server-only";
import { db, type Prisma, textContains } from "@/lib/db";
import type { EvidenceItem } from "@/lib/rules/types";
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
  evidence: EvidenceItem[];
  exception: { reason: string; owner: string; expiresAt: Date; createdByName: string | null } | null;
}

const rowSelect = {
  id: true, ruleId: true, entityType: true, entityId: true, entityName: true, severity: true, stalls: true,
  phase: true, verdict: true, status: true, missing: true, lastSeenAt: true, firstSeenAt: true, evidenceJson: true,
  exceptions: {
    where: { revokedAt: null },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { reason: true, owner: true, expiresAt: true, createdByName: true },
  },
} satisfies Prisma.FindingSelect;

type Selected = Prisma.FindingGetPayload<{ select: typeof rowSelect }>;

function toRow({ evidenceJson, exceptions, ...f }: Selected): FindingRow {
  return { ...f, evidence: JSON.parse(evidenceJson) as EvidenceItem[], exception: f.status === "accepted" ? (exceptions[0] ?? null) : null };
}

/** Severity order for sorting: SQLite sorts strings, so the rank is spelled out. */
const severityOrder = ["critical", "high", "medium", "low", "info"] as const;

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
    ...(p.q ? { OR: [{ entityName: textContains(p.q) }, { ruleId: textContains(p.q.toUpperCase()) }] } : {}),
  };
}

/**
 * One page of findings, filtered and paged in the database; list and count run together. Sorted by
 * severity (critical first), then stalling findings, then rule and entity: one query per severity
 * would be needed to page across severities in SQL order, so the page is cut per severity band.
 */
export async function listFindings(tenantId: string, params: FindingListParams): Promise<{ items: FindingRow[]; total: number }> {
  const where = findingWhere(tenantId, params);
  const bands = params.severity ? [params.severity] : severityOrder;
  // One grouped count instead of a count per band: on a 100k Cloud PC tenant each count walks the index.
  const grouped = await db.finding.groupBy({ by: ["severity"], where, _count: { _all: true } });
  const counts = bands.map((severity) => grouped.find((g) => g.severity === severity)?._count._all ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  let skip = (params.page - 1) * params.pageSize;
  let take = params.pageSize;
  const pages: Promise<Selected[]>[] = [];
  bands.forEach((severity, i) => {
    if (take <= 0) return;
    if (skip >= counts[i]) {
      skip -= counts[i];
      return;
    }
    const n = Math.min(take, counts[i] - skip);
    pages.push(
      db.finding.findMany({
        where: { ...where, severity },
        select: rowSelect,
        orderBy: [{ stalls: "desc" }, { ruleId: "asc" }, { entityName: "asc" }, { id: "asc" }],
        skip,
        take: n,
      }),
    );
    skip = 0;
    take -= n;
  });
  const items = (await Promise.all(pages)).flat().map(toRow);
  return { items, total };
}

export interface RuleGroup {
  ruleId: string;
  open: number;
  accepted: number;
  unknown: number;
}

/** Findings grouped by rule, for the "group by rule" view and the rule pages. */
export async function listRuleGroups(tenantId: string, params: Omit<FindingListParams, "page" | "pageSize" | "sort">): Promise<RuleGroup[]> {
  const rows = await db.finding.groupBy({ by: ["ruleId", "status", "verdict"], where: findingWhere(tenantId, params), _count: { _all: true } });
  const groups = new Map<string, RuleGroup>();
  for (const r of rows) {
    const g = groups.get(r.ruleId) ?? { ruleId: r.ruleId, open: 0, accepted: 0, unknown: 0 };
    if (r.status === "accepted") g.accepted += r._count._all;
    else if (r.verdict === "unknown") g.unknown += r._count._all;
    else g.open += r._count._all;
    groups.set(r.ruleId, g);
  }
  return [...groups.values()];
}
