import type { Prisma } from "@/lib/db";
import type { ParsedLog } from "./parse";

type Reader = Prisma.TransactionClient;

/** What the database already holds of the agents, pools, Cloud PCs and sessions a log names. */
export interface StoredState {
  agents: Map<string, { id: string; displayName: string }>;
  pools: Map<string, { id: string; displayName: string; assignedAgentIdsJson: string }>;
  /** Cloud PCs the log's pool lines list, and those now in the pools it describes. */
  cloudPcs: Map<string, { id: string; displayName: string; agentPoolExternalId: string | null }>;
  sessions: Map<string, StoredSession>;
}

export interface StoredSession {
  id: string;
  agentExternalId: string;
  poolExternalId: string;
  cloudPcGraphId: string | null;
  startedAt: string;
  endedAt: string | null;
  authMode: string | null;
  outcome: string | null;
  credentialsRemainedAfterEnd: boolean | null;
  events: StoredEvent[];
}

export interface StoredEvent {
  id: string;
  externalId: string;
  position: number;
  type: string;
  at: string;
  cloudPcGraphId: string | null;
  deviceId: string | null;
  boundDeviceId: string | null;
  riskLevel: string | null;
  detail: string | null;
}

// Keeps each IN list well under SQLite's bound-parameter limit.
const chunkSize = 500;

async function inChunks<T>(keys: Iterable<string>, read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const all = [...new Set(keys)];
  const out: T[] = [];
  for (let i = 0; i < all.length; i += chunkSize) out.push(...(await read(all.slice(i, i + chunkSize))));
  return out;
}

/** Reads only the rows the log touches, so the cost follows the file, not the tenant. */
export async function readStoredState(reader: Reader, tenantId: string, log: ParsedLog): Promise<StoredState> {
  const sessionLists = [...log.sessions.values()];
  const agentIds = new Set([...log.agents.keys(), ...sessionLists.map((s) => s.agentId), ...[...log.pools.values()].flatMap((p) => p.assignedAgentIds)]);
  const poolIds = new Set([...log.pools.keys(), ...sessionLists.map((s) => s.poolId)]);
  const listedCloudPcIds = [...log.pools.values()].flatMap((pool) => (pool.cloudPcs ?? []).map((pc) => pc.id));
  const poolsWithCloudPcLists = [...log.pools.values()].filter((pool) => pool.cloudPcs).map((pool) => pool.id);

  const agents = await inChunks(agentIds, (chunk) =>
    reader.agentIdentity.findMany({ where: { tenantId, externalId: { in: chunk } }, select: { id: true, externalId: true, displayName: true } }),
  );
  const pools = await inChunks(poolIds, (chunk) =>
    reader.agentPool.findMany({ where: { tenantId, externalId: { in: chunk } }, select: { id: true, externalId: true, displayName: true, assignedAgentIdsJson: true } }),
  );
  const cloudPcSelect = { id: true, graphId: true, displayName: true, agentPoolExternalId: true } as const;
  const cloudPcs = [
    ...(await inChunks(listedCloudPcIds, (chunk) => reader.cloudPc.findMany({ where: { tenantId, graphId: { in: chunk } }, select: cloudPcSelect }))),
    ...(await inChunks(poolsWithCloudPcLists, (chunk) => reader.cloudPc.findMany({ where: { tenantId, agentPoolExternalId: { in: chunk } }, select: cloudPcSelect }))),
  ];
  const sessions = await inChunks(log.sessions.keys(), (chunk) =>
    reader.agentSession.findMany({
      where: { tenantId, externalId: { in: chunk } },
      select: {
        id: true, externalId: true, agentExternalId: true, poolExternalId: true, cloudPcGraphId: true, startedAt: true, endedAt: true,
        authMode: true, outcome: true, credentialsRemainedAfterEnd: true,
        events: {
          orderBy: { position: "asc" },
          select: { id: true, externalId: true, position: true, type: true, at: true, cloudPcGraphId: true, deviceId: true, boundDeviceId: true, riskLevel: true, detail: true },
        },
      },
    }),
  );

  return {
    agents: new Map(agents.map(({ externalId, ...rest }) => [externalId, rest])),
    pools: new Map(pools.map(({ externalId, ...rest }) => [externalId, rest])),
    cloudPcs: new Map(cloudPcs.map(({ graphId, ...rest }) => [graphId, rest])),
    sessions: new Map(sessions.map(({ externalId, ...rest }) => [externalId, rest])),
  };
}
