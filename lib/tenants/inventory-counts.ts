import "server-only";
import { db } from "@/lib/db";

export interface InventoryCounts {
  users: number;
  cloudPcs: number;
  provisioningPolicies: number;
  networkConnections: number;
  conditionalAccessPolicies: number;
  agentSessions: number;
  usersByIdentityType: Record<string, number>;
  cloudPcsByJoinType: Record<string, number>;
}

function tally(rows: { key: string | null; n: number }[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.key ?? "unknown", r.n]));
}

/**
 * Counts for the overview: one aggregate query per table, run together. The user and Cloud PC totals
 * are the sums of their breakdowns, and clients (not shown) are not counted: on a 100k Cloud PC tenant
 * each count is a walk of a 100k-entry index.
 */
export async function getInventoryCounts(tenantId: string): Promise<InventoryCounts> {
  const where = { tenantId };
  const [provisioningPolicies, networkConnections, conditionalAccessPolicies, agentSessions, byIdentity, byJoin] = await Promise.all([
    db.provisioningPolicy.count({ where }),
    db.networkConnection.count({ where }),
    db.conditionalAccessPolicy.count({ where }),
    db.agentSession.count({ where }),
    db.directoryUser.groupBy({ by: ["identityType"], where, _count: { _all: true } }),
    db.cloudPc.groupBy({ by: ["joinType"], where, _count: { _all: true } }),
  ]);
  const sum = (rows: { _count: { _all: number } }[]) => rows.reduce((total, r) => total + r._count._all, 0);
  return {
    users: sum(byIdentity),
    cloudPcs: sum(byJoin),
    provisioningPolicies,
    networkConnections,
    conditionalAccessPolicies,
    agentSessions,
    usersByIdentityType: tally(byIdentity.map((r) => ({ key: r.identityType, n: r._count._all }))),
    cloudPcsByJoinType: tally(byJoin.map((r) => ({ key: r.joinType, n: r._count._all }))),
  };
}
