import crypto from "node:crypto";
import type { Prisma } from "@/lib/db";
import { getRule } from "@/lib/rules/catalog";
import type { RuleResult } from "@/lib/rules/types";
import type { RunCounts } from "./counts";
import { planFindingChanges, type RuleMeta } from "./plan-changes";
import { insertFindings, insertRunChanges, resolveFindings, updateFindings } from "./sql";

export interface PersistRunInput {
  tenantId: string;
  runId: string;
  results: readonly RuleResult[];
  /** The evaluation's clock: exceptions expire against it and it stamps lastSeenAt / resolvedAt. */
  now: Date;
}

const storedFindingSelect = {
  id: true,
  ruleId: true,
  entityType: true,
  entityId: true,
  entityName: true,
  severity: true,
  stalls: true,
  phase: true,
  verdict: true,
  status: true,
  evidenceJson: true,
  missing: true,
  relatedUserId: true,
  relatedCloudPcId: true,
  relatedClientId: true,
} satisfies Prisma.FindingSelect;

/**
 * Ids that sort by creation time (like cuid's): B-tree inserts then append instead of landing at
 * random pages, which made inserting 154k findings and their RunChange rows ~1.7 s faster than
 * random UUIDs. The random tail keeps two processes' ids apart.
 */
export function sequentialIds(): () => string {
  const prefix = `c${Date.now().toString(36).padStart(9, "0")}`;
  const tail = crypto.randomBytes(4).toString("hex");
  let n = 0;
  return () => `${prefix}${(n++).toString(36).padStart(6, "0")}${tail}`;
}

function catalogMeta(ruleId: string): RuleMeta {
  const rule = getRule(ruleId);
  if (!rule) throw new Error(`Rule ${ruleId} is not in the catalog`);
  return { severity: rule.severity, stalls: rule.stalls, phase: rule.phase };
}

/**
 * Writes one run's findings inside the caller's transaction: diffs the run's fail/unknown results
 * against the tenant's stored findings (identity: rule + entity) and records what changed.
 *
 * A fixed number of statements whatever the tenant's size: two reads, then batched inserts, per-row
 * updates in one statement per batch, resolutions, one lastSeen update and the RunChange rows.
 */
export async function persistRun(tx: Prisma.TransactionClient, input: PersistRunInput): Promise<RunCounts> {
  const { tenantId, runId, now } = input;
  const existing = await tx.finding.findMany({ where: { tenantId }, select: storedFindingSelect });
  const exceptions = await tx.findingException.findMany({
    where: { revokedAt: null, expiresAt: { gt: now }, finding: { tenantId } },
    select: { findingId: true },
  });

  const plan = planFindingChanges({
    tenantId,
    runId,
    now,
    results: input.results,
    existing,
    acceptedIds: new Set(exceptions.map((e) => e.findingId)),
    ruleMeta: catalogMeta,
    newId: sequentialIds(),
  });

  await insertFindings(tx, plan.inserts);
  await updateFindings(tx, tenantId, plan.updates);
  await resolveFindings(tx, tenantId, plan.resolveIds, now);
  // After the writes above, exactly the findings this run reported are not resolved.
  await tx.finding.updateMany({ where: { tenantId, status: { not: "resolved" } }, data: { lastSeenRunId: runId, lastSeenAt: now } });
  await insertRunChanges(tx, plan.changes);
  return plan.counts;
}
