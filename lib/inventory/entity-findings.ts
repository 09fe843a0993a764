import "server-only";
import { db, type Prisma } from "@/lib/db";
import { getRule } from "@/lib/rules/catalog";
import type { EvidenceItem } from "@/lib/rules/types";
import type { EntityType } from "@/lib/validations/enums";
import { parseEvidence } from "./evidence";
import { unresolvedStatuses } from "./open-findings";

export interface EntityFinding {
  id: string;
  ruleId: string;
  ruleTitle: string;
  severity: string;
  stalls: boolean;
  phase: string;
  verdict: string;
  status: string;
  missing: string | null;
  entityType: string;
  entityId: string;
  entityName: string;
  /** null when the stored evidence could not be read. */
  evidence: EvidenceItem[] | null;
  firstSeenAt: string;
  lastSeenAt: string;
  acceptance: { reason: string; owner: string; expiresAt: string } | null;
}

const findingSelect = {
  id: true, ruleId: true, severity: true, stalls: true, phase: true, verdict: true, status: true, missing: true,
  entityType: true, entityId: true, entityName: true, evidenceJson: true, firstSeenAt: true, lastSeenAt: true,
  exceptions: { where: { revokedAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { reason: true, owner: true, expiresAt: true } },
} satisfies Prisma.FindingSelect;

const severityOrder = ["critical", "high", "medium", "low", "info"];

/** A detail page shows at most this many findings; the rest are one link away in the findings list. */
export const entityFindingLimit = 100;

/**
 * The unresolved findings of one entity with their evidence, worst first. With `relatedUserId`, the
 * findings about the user's Cloud PCs and clients are included too; with `related`, those reported on
 * the given entities (a network connection's policies, whose rules judge the connection).
 */
export async function listEntityFindings(
  tenantId: string,
  entity: { entityType: EntityType; entityId: string },
  options: { relatedUserId?: string; related?: { entityType: EntityType; entityIds: string[] } } = {},
): Promise<{ items: EntityFinding[]; total: number }> {
  const own: Prisma.FindingWhereInput = { entityType: entity.entityType, entityId: entity.entityId };
  const also: Prisma.FindingWhereInput[] = [
    ...(options.relatedUserId ? [{ relatedUserId: options.relatedUserId }] : []),
    ...(options.related?.entityIds.length ? [{ entityType: options.related.entityType, entityId: { in: options.related.entityIds } }] : []),
  ];
  const where: Prisma.FindingWhereInput = { tenantId, status: { in: unresolvedStatuses }, ...(also.length ? { OR: [own, ...also] } : own) };
  const [rows, total] = await Promise.all([
    db.finding.findMany({ where, select: findingSelect, orderBy: [{ stalls: "desc" }, { ruleId: "asc" }], take: entityFindingLimit }),
    db.finding.count({ where }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    ruleId: row.ruleId,
    ruleTitle: getRule(row.ruleId)?.title ?? row.ruleId,
    severity: row.severity,
    stalls: row.stalls,
    phase: row.phase,
    verdict: row.verdict,
    status: row.status,
    missing: row.missing,
    entityType: row.entityType,
    entityId: row.entityId,
    entityName: row.entityName,
    evidence: parseEvidence(row.evidenceJson),
    firstSeenAt: row.firstSeenAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    acceptance: row.exceptions[0] ? { ...row.exceptions[0], expiresAt: row.exceptions[0].expiresAt.toISOString() } : null,
  }));
  items.sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || Number(b.stalls) - Number(a.stalls));
  return { items, total };
}
