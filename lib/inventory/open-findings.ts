import "server-only";
import { db } from "@/lib/db";
import { severities, type EntityType, type Severity } from "@/lib/validations/enums";

/** What an inventory row shows of its findings: how many are open (or accepted) and the worst severity. */
export interface OpenFindings {
  count: number;
  worst: Severity | null;
}

export const noOpenFindings: OpenFindings = { count: 0, worst: null };

/** Findings that still need attention: open, or accepted as a risk (still there, only triaged). */
export const unresolvedStatuses = ["open", "accepted"];

function worse(a: Severity | null, b: string): Severity | null {
  const rank = (s: string | null) => (s === null ? severities.length : severities.indexOf(s as Severity));
  return rank(b) < rank(a) ? (b as Severity) : a;
}

function add(summary: Map<string, OpenFindings>, key: string, severity: string, count: number) {
  const current = summary.get(key) ?? noOpenFindings;
  summary.set(key, { count: current.count + count, worst: worse(current.worst, severity) });
}

/**
 * Open findings of one page of rows, in one grouped query (never a query per row). `entityIds` are the
 * rows' source ids, the ids findings are reported on.
 */
export async function openFindingsOf(tenantId: string, entityType: EntityType, entityIds: string[]): Promise<Map<string, OpenFindings>> {
  const summary = new Map<string, OpenFindings>();
  if (entityIds.length === 0) return summary;
  const groups = await db.finding.groupBy({
    by: ["entityId", "severity"],
    where: { tenantId, entityType, entityId: { in: entityIds }, status: { in: unresolvedStatuses } },
    _count: { _all: true },
  });
  for (const group of groups) add(summary, group.entityId, group.severity, group._count._all);
  return summary;
}

/**
 * A user's open findings: those reported on the user and those about the user's Cloud PCs and clients
 * (`relatedUserId`). One grouped query; a finding on the user that also names the user as related
 * counts once.
 */
export async function openFindingsOfUsers(tenantId: string, userIds: string[]): Promise<Map<string, OpenFindings>> {
  const summary = new Map<string, OpenFindings>();
  if (userIds.length === 0) return summary;
  const ids = new Set(userIds);
  const groups = await db.finding.groupBy({
    by: ["entityType", "entityId", "relatedUserId", "severity"],
    where: {
      tenantId,
      status: { in: unresolvedStatuses },
      OR: [{ entityType: "user", entityId: { in: userIds } }, { relatedUserId: { in: userIds } }],
    },
    _count: { _all: true },
  });
  for (const group of groups) {
    const key = group.entityType === "user" && ids.has(group.entityId) ? group.entityId : group.relatedUserId;
    if (key !== null && ids.has(key)) add(summary, key, group.severity, group._count._all);
  }
  return summary;
}
