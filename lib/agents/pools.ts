import "server-only";
import { db, Prisma } from "@/lib/db";
import { cloudPcPoolState, cloudPcPoolStates, type CloudPcPoolState } from "./cloud-pc-state";

export interface PoolCloudPc {
  cloudPcId: string;
  displayName: string;
  state: CloudPcPoolState;
  lastResetAt: string | null;
  sessionCount: number;
  latestSession: { sessionId: string; startedAt: string; endedAt: string | null } | null;
}

/** Sessions served, the latest one and the latest reset of each Cloud PC, in three aggregate reads. */
async function cloudPcActivity(tenantId: string, cloudPcs: { graphId: string; displayName: string }[]): Promise<PoolCloudPc[]> {
  if (cloudPcs.length === 0) return [];
  const ids = cloudPcs.map((pc) => pc.graphId);
  const [served, resets] = await Promise.all([
    db.agentSession.groupBy({ by: ["cloudPcGraphId"], where: { tenantId, cloudPcGraphId: { in: ids } }, _count: { _all: true }, _max: { startedAt: true } }),
    // A reset names its Cloud PC, or is logged by the session that released it (as AGT-001 reads it).
    db.$queryRaw<{ cloudPcId: string; lastResetAt: string }[]>`
      SELECT COALESCE(e."cloudPcGraphId", s."cloudPcGraphId") AS "cloudPcId", MAX(e."at") AS "lastResetAt"
      FROM "AgentSessionEvent" e JOIN "AgentSession" s ON s."id" = e."sessionId"
      WHERE s."tenantId" = ${tenantId} AND e."type" = 'cloudPcReset' AND COALESCE(e."cloudPcGraphId", s."cloudPcGraphId") IN (${Prisma.join(ids)})
      GROUP BY COALESCE(e."cloudPcGraphId", s."cloudPcGraphId")`,
  ]);
  const latestKeys = served.filter((row) => row.cloudPcGraphId && row._max.startedAt).map((row) => ({ cloudPcGraphId: row.cloudPcGraphId, startedAt: row._max.startedAt! }));
  const latest = latestKeys.length
    ? await db.agentSession.findMany({ where: { tenantId, OR: latestKeys }, select: { externalId: true, cloudPcGraphId: true, startedAt: true, endedAt: true }, orderBy: { externalId: "asc" } })
    : [];
  const servedBy = new Map(served.map((row) => [row.cloudPcGraphId, row._count._all]));
  const latestBy = new Map(latest.map((row) => [row.cloudPcGraphId, row]));
  const resetBy = new Map(resets.map((row) => [row.cloudPcId, row.lastResetAt]));
  return cloudPcs.map(({ graphId, displayName }) => {
    const session = latestBy.get(graphId);
    const latestSession = session ? { sessionId: session.externalId, startedAt: session.startedAt, endedAt: session.endedAt } : null;
    const lastResetAt = resetBy.get(graphId) ?? null;
    return { cloudPcId: graphId, displayName, state: cloudPcPoolState({ latestSession, lastResetAt }), lastResetAt, sessionCount: servedBy.get(graphId) ?? 0, latestSession };
  });
}

export interface PoolSummary {
  poolId: string;
  displayName: string;
  assignedAgentCount: number;
  sessionCount: number;
  cloudPcCount: number;
  cloudPcsByState: Record<CloudPcPoolState, number>;
}

/** Every pool of the tenant with its Cloud PCs counted by state. */
export async function listPools(tenantId: string): Promise<PoolSummary[]> {
  const [pools, cloudPcs, sessions] = await Promise.all([
    db.agentPool.findMany({ where: { tenantId }, select: { externalId: true, displayName: true, assignedAgentIdsJson: true }, orderBy: { displayName: "asc" } }),
    db.cloudPc.findMany({ where: { tenantId, agentPoolExternalId: { not: null } }, select: { graphId: true, displayName: true, agentPoolExternalId: true } }),
    db.agentSession.groupBy({ by: ["poolExternalId"], where: { tenantId }, _count: { _all: true } }),
  ]);
  const activity = new Map((await cloudPcActivity(tenantId, cloudPcs)).map((pc) => [pc.cloudPcId, pc]));
  const sessionCount = new Map(sessions.map((row) => [row.poolExternalId, row._count._all]));
  return pools.map((pool) => {
    const members = cloudPcs.filter((pc) => pc.agentPoolExternalId === pool.externalId);
    const byState = Object.fromEntries(cloudPcPoolStates.map((state) => [state, 0])) as Record<CloudPcPoolState, number>;
    for (const pc of members) byState[activity.get(pc.graphId)!.state] += 1;
    return {
      poolId: pool.externalId,
      displayName: pool.displayName,
      assignedAgentCount: (JSON.parse(pool.assignedAgentIdsJson) as string[]).length,
      sessionCount: sessionCount.get(pool.externalId) ?? 0,
      cloudPcCount: members.length,
      cloudPcsByState: byState,
    };
  });
}

export interface PoolDetail {
  poolId: string;
  displayName: string;
  assignedAgents: { agentId: string; displayName: string }[];
  cloudPcs: PoolCloudPc[];
  sessionCount: number;
  /** Sessions of this pool that ran on a Cloud PC outside it (or one not recorded). */
  sessionsOutsidePool: number;
}

export async function getPool(tenantId: string, poolId: string): Promise<PoolDetail | null> {
  const pool = await db.agentPool.findUnique({ where: { tenantId_externalId: { tenantId, externalId: poolId } }, select: { externalId: true, displayName: true, assignedAgentIdsJson: true } });
  if (!pool) return null;
  const assignedIds = JSON.parse(pool.assignedAgentIdsJson) as string[];
  const [agents, members, sessionCount] = await Promise.all([
    db.agentIdentity.findMany({ where: { tenantId, externalId: { in: assignedIds } }, select: { externalId: true, displayName: true } }),
    db.cloudPc.findMany({ where: { tenantId, agentPoolExternalId: poolId }, select: { graphId: true, displayName: true }, orderBy: { displayName: "asc" } }),
    db.agentSession.count({ where: { tenantId, poolExternalId: poolId } }),
  ]);
  const insidePool = await db.agentSession.count({ where: { tenantId, poolExternalId: poolId, cloudPcGraphId: { in: members.map((m) => m.graphId) } } });
  const names = new Map(agents.map((a) => [a.externalId, a.displayName]));
  return {
    poolId: pool.externalId,
    displayName: pool.displayName,
    assignedAgents: assignedIds.map((agentId) => ({ agentId, displayName: names.get(agentId) ?? agentId })),
    cloudPcs: await cloudPcActivity(tenantId, members),
    sessionCount,
    sessionsOutsidePool: sessionCount - insidePool,
  };
}
