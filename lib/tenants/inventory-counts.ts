import "server-only";
import { db } from "@/lib/db";

export interface InventoryCounts {
  users: number;
  cloudPcs: number;
  provisioningPolicies: number;
  networkConnections: number;
  conditionalAccessPolicies: number;
  clients: number;
  agentSessions: number;
  usersByIdentityType: Record<string, number>;
  cloudPcsByJoinType: Record<string, number>;
}

function tally(rows: { key: string | null; n: number }[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.key ?? "unknown", r.n]));
}

/** Counts for the overview: one aggregate query per table, run together. */
export async function getInventoryCounts(tenantId: string): Promise<InventoryCounts> {
  const where = { tenantId };
  const [users, cloudPcs, provisioningPolicies, networkConnections, conditionalAccessPolicies, clients, agentSessions, byIdentity, byJoin] =
    await Promise.all([
      db.directoryUser.count({ where }),
      db.cloudPc.count({ where }),
      db.provisioningPolicy.count({ where }),
      db.networkConnection.count({ where }),
      db.conditionalAccessPolicy.count({ where }),
      db.client.count({ where }),
      db.agentSession.count({ where }),
      db.directoryUser.groupBy({ by: ["identityType"], where, _count: { _all: true } }),
      db.cloudPc.groupBy({ by: ["joinType"], where, _count: { _all: true } }),
    ]);
  return {
    users,
    cloudPcs,
    provisioningPolicies,
    networkConnections,
    conditionalAccessPolicies,
    clients,
    agentSessions,
    usersByIdentityType: tally(byIdentity.map((r) => ({ key: r.identityType, n: r._count._all }))),
    cloudPcsByJoinType: tally(byJoin.map((r) => ({ key: r.joinType, n: r._count._all }))),
  };
}
