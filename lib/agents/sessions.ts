import "server-only";
import { db, Prisma } from "@/lib/db";
import type { AgentSessionFilters, AgentSessionListParams } from "@/lib/validations/agent-sessions";
import { loadAgentNames } from "./names";
import { sessionOrder, sessionWhere } from "./session-filter";
import { findingsOfSessions, type SessionFinding } from "./session-findings";

export interface AgentSessionRow {
  /** The row id (keyset cursor of the exports). */
  id: string;
  /** The session's source id: what findings, URLs and CSVs name it by. */
  sessionId: string;
  agentId: string;
  agentName: string;
  poolId: string;
  poolName: string;
  cloudPcId: string | null;
  cloudPcName: string | null;
  startedAt: string;
  endedAt: string | null;
  authMode: string | null;
  outcome: string | null;
  credentialsRemainedAfterEnd: boolean | null;
  eventCount: number;
  /** Current findings of the agent rules on this session, worst first. */
  findings: SessionFinding[];
}

const sessionSelect = {
  id: true, externalId: true, agentExternalId: true, poolExternalId: true, cloudPcGraphId: true, startedAt: true, endedAt: true,
  authMode: true, outcome: true, credentialsRemainedAfterEnd: true, _count: { select: { events: true } },
} as const;

/** Sessions by row id, in the order given, with names and findings attached. */
async function sessionRows(tenantId: string, ids: string[]): Promise<AgentSessionRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.agentSession.findMany({ where: { tenantId, id: { in: ids } }, select: sessionSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
  const [names, findings] = await Promise.all([
    loadAgentNames(tenantId, { agentIds: ordered.map((r) => r.agentExternalId), poolIds: ordered.map((r) => r.poolExternalId), cloudPcIds: ordered.map((r) => r.cloudPcGraphId) }),
    findingsOfSessions(tenantId, ordered.map((r) => r.externalId)),
  ]);
  return ordered.map((row) => ({
    id: row.id,
    sessionId: row.externalId,
    agentId: row.agentExternalId,
    agentName: names.agent(row.agentExternalId),
    poolId: row.poolExternalId,
    poolName: names.pool(row.poolExternalId),
    cloudPcId: row.cloudPcGraphId,
    cloudPcName: names.cloudPc(row.cloudPcGraphId),
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    authMode: row.authMode,
    outcome: row.outcome,
    credentialsRemainedAfterEnd: row.credentialsRemainedAfterEnd,
    eventCount: row._count.events,
    findings: findings.get(row.externalId) ?? [],
  }));
}

const toNumber = (n: number | bigint) => Number(n);

/** One page of sessions, filtered and paged in the database; list and count run together. */
export async function listAgentSessions(tenantId: string, params: AgentSessionListParams): Promise<{ items: AgentSessionRow[]; total: number }> {
  const where = sessionWhere(tenantId, params);
  const [page, count] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT s."id" FROM "AgentSession" s WHERE ${where} ORDER BY ${sessionOrder(params.sort)} LIMIT ${params.pageSize} OFFSET ${(params.page - 1) * params.pageSize}`,
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "AgentSession" s WHERE ${where}`,
  ]);
  return { items: await sessionRows(tenantId, page.map((r) => r.id)), total: toNumber(count[0]?.n ?? 0) };
}

/**
 * The next batch of sessions after the row `afterId`, in the list's order: a keyset on (startedAt, id),
 * so an export of any size reads each session once, in bounded memory (with inBatches).
 */
export async function agentSessionsAfter(tenantId: string, filters: AgentSessionFilters, afterId: string | null, take: number): Promise<AgentSessionRow[]> {
  const where = sessionWhere(tenantId, filters);
  let after = Prisma.empty;
  if (afterId) {
    const cursor = await db.agentSession.findUnique({ where: { id: afterId }, select: { startedAt: true } });
    if (!cursor) return [];
    after =
      filters.sort === "startedAt"
        ? Prisma.sql` AND (s."startedAt" > ${cursor.startedAt} OR (s."startedAt" = ${cursor.startedAt} AND s."id" > ${afterId}))`
        : Prisma.sql` AND (s."startedAt" < ${cursor.startedAt} OR (s."startedAt" = ${cursor.startedAt} AND s."id" < ${afterId}))`;
  }
  const ids = await db.$queryRaw<{ id: string }[]>`SELECT s."id" FROM "AgentSession" s WHERE ${where}${after} ORDER BY ${sessionOrder(filters.sort)} LIMIT ${take}`;
  return sessionRows(tenantId, ids.map((r) => r.id));
}

export interface SessionFilterOptions {
  agents: { value: string; label: string }[];
  pools: { value: string; label: string }[];
  outcomes: string[];
}

/** What the filters can choose from: the tenant's agents, pools and the outcomes its sessions have. */
export async function getSessionFilterOptions(tenantId: string): Promise<SessionFilterOptions> {
  const [agents, pools, outcomes] = await Promise.all([
    db.agentIdentity.findMany({ where: { tenantId }, select: { externalId: true, displayName: true }, orderBy: { displayName: "asc" } }),
    db.agentPool.findMany({ where: { tenantId }, select: { externalId: true, displayName: true }, orderBy: { displayName: "asc" } }),
    db.agentSession.groupBy({ by: ["outcome"], where: { tenantId, outcome: { not: null } }, orderBy: { outcome: "asc" } }),
  ]);
  return {
    agents: agents.map((a) => ({ value: a.externalId, label: a.displayName })),
    pools: pools.map((p) => ({ value: p.externalId, label: p.displayName })),
    outcomes: outcomes.map((o) => o.outcome).filter((o): o is string => o !== null),
  };
}
