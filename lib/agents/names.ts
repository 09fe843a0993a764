import "server-only";
import { db } from "@/lib/db";

export interface AgentNames {
  agent: (id: string) => string;
  pool: (id: string) => string;
  /** The Cloud PC's name when Sightline knows it; null for a device that is not a Cloud PC of the tenant. */
  cloudPc: (id: string | null) => string | null;
}

/**
 * Display names of the agents, pools and Cloud PCs a page shows, read in three queries. A source id
 * Sightline holds no record of is shown as itself.
 */
export async function loadAgentNames(tenantId: string, ids: { agentIds?: Iterable<string>; poolIds?: Iterable<string>; cloudPcIds?: Iterable<string | null> }): Promise<AgentNames> {
  const list = <T>(values: Iterable<T> | undefined) => [...new Set(values ?? [])].filter((v): v is NonNullable<T> => v !== null && v !== undefined) as string[];
  const [agents, pools, cloudPcs] = await Promise.all([
    db.agentIdentity.findMany({ where: { tenantId, externalId: { in: list(ids.agentIds) } }, select: { externalId: true, displayName: true } }),
    db.agentPool.findMany({ where: { tenantId, externalId: { in: list(ids.poolIds) } }, select: { externalId: true, displayName: true } }),
    db.cloudPc.findMany({ where: { tenantId, graphId: { in: list(ids.cloudPcIds) } }, select: { graphId: true, displayName: true } }),
  ]);
  const agentMap = new Map(agents.map((a) => [a.externalId, a.displayName]));
  const poolMap = new Map(pools.map((p) => [p.externalId, p.displayName]));
  const cloudPcMap = new Map(cloudPcs.map((c) => [c.graphId, c.displayName]));
  return {
    agent: (id) => agentMap.get(id) ?? id,
    pool: (id) => poolMap.get(id) ?? id,
    cloudPc: (id) => (id === null ? null : (cloudPcMap.get(id) ?? null)),
  };
}
