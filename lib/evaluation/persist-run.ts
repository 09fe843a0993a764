import crypto from "node:crypto";
import type { Prisma, SqlConnection } from "@/lib/db";
import { columnsOf } from "@/lib/tenant-data/driver-rows";
import type { RuleResult } from "@/lib/rules/types";
import type { RunCounts } from "./counts";
import { catalogMeta, planFindingChanges, ResultTally, type StoredFinding } from "./plan-changes";
import { insertFindings, insertRunChanges, markSeen, resolveFindings, updateFindings } from "./sql";

export interface PersistRunInput {
  tenantId: string;
  runId: string;
  /** The run's results, passes included, or their tally (see ResultTally). */
  results: Iterable<RuleResult> | ResultTally;
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


/**
 * Writes one run's findings inside the caller's transaction (`tx` and `sql` are the same
 * transaction, see `transaction` in lib/db.ts): diffs the run's fail/unknown results against the
 * tenant's stored findings (identity: rule + entity) and records what changed.
 *
 * Two reads, then bulk writes on the SqlConnection (see ./sql.ts), and one statement that stamps the
 * unchanged findings as seen: no query per entity through Prisma, whatever the tenant's size.
 */
export async function persistRun(tx: Prisma.TransactionClient, sql: SqlConnection, input: PersistRunInput): Promise<RunCounts> {
  const { tenantId, runId, now } = input;
  const existing = await sql.all<StoredFinding>(`SELECT ${columnsOf(storedFindingSelect)} FROM "Finding" WHERE "tenantId" = ?`, [tenantId]);
  const exceptions = await tx.findingException.findMany({
    where: { revokedAt: null, expiresAt: { gt: now }, finding: { tenantId } },
    select: { findingId: true },
  });

  const plan = planFindingChanges({
    tenantId,
    runId,
    now,
    tally: input.results instanceof ResultTally ? input.results : new ResultTally(catalogMeta).add(input.results),
    existing,
    acceptedIds: new Set(exceptions.map((e) => e.findingId)),
    ruleMeta: catalogMeta,
    newId: sequentialIds(),
  });

  await insertFindings(sql, plan.inserts);
  await updateFindings(sql, tenantId, runId, now, plan.updates);
  await resolveFindings(sql, tenantId, plan.resolveIds, now);
  // After the writes above, exactly the findings this run reported are not resolved.
  await markSeen(sql, tenantId, runId, now);
  await insertRunChanges(sql, plan.changes);
  return plan.counts;
}
