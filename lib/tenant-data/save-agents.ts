import {
  agentIdentitySelect,
  agentIdentityToRow,
  agentPoolSelect,
  agentPoolToRow,
  agentSessionEventSelect,
  agentSessionEventsToRows,
  agentSessionSelect,
  agentSessionToRow,
} from "./mapping/inventory";
import type { SaveContext } from "./save-context";
import { ChildLists, groupByParent } from "./sync-children";
import { syncRows, tenantTableWriter, type EntityCounts } from "./sync-table";

type AgentCounts = Record<"agentIdentities" | "agentPools" | "agentSessions", EntityCounts>;

/** Saves Windows 365 for Agents: agent identities, pools, and sessions with their ordered events. */
export async function saveAgents(context: SaveContext): Promise<AgentCounts> {
  const { tx, sql, tenantId, snapshot, merge } = context;
  const agentIdentities = await syncRows({
    stored: await tx.agentIdentity.findMany({ where: { tenantId }, select: { ...agentIdentitySelect, id: true } }),
    incoming: snapshot.agentIdentities.map(agentIdentityToRow),
    keyOf: (row) => row.externalId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "AgentIdentity", tenantId),
  });

  const agentPools = await syncRows({
    stored: await tx.agentPool.findMany({ where: { tenantId }, select: { ...agentPoolSelect, id: true } }),
    incoming: snapshot.agentPools.map(agentPoolToRow),
    keyOf: (row) => row.externalId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "AgentPool", tenantId),
  });

  return { agentIdentities: agentIdentities.counts, agentPools: agentPools.counts, agentSessions: await saveAgentSessions(context) };
}

/** Sessions and their events; a session whose events differ gets its whole event list rewritten. */
async function saveAgentSessions({ tx, sql, tenantId, snapshot, merge }: SaveContext): Promise<EntityCounts> {
  const storedEvents = await tx.agentSessionEvent.findMany({
    where: { session: { tenantId } },
    select: agentSessionEventSelect,
    orderBy: [{ sessionId: "asc" }, { position: "asc" }],
  });
  const events = new ChildLists(
    groupByParent(storedEvents, "sessionId"),
    new Map(snapshot.agentSessions.map((session) => [session.id, agentSessionEventsToRows(session)])),
  );
  const result = await syncRows({
    stored: await tx.agentSession.findMany({ where: { tenantId }, select: { ...agentSessionSelect, id: true } }),
    incoming: snapshot.agentSessions.map(agentSessionToRow),
    keyOf: (row) => row.externalId,
    removeMissing: !merge,
    childrenChanged: events.changed,
    writer: tenantTableWriter(sql, "AgentSession", tenantId),
  });
  // Duplicate event ids within a session fail here on the (sessionId, externalId) unique index, which
  // rolls the whole save back.
  await events.write(sql, "AgentSessionEvent", "sessionId", { updated: result.plan.updates, created: result.createdIds });
  return result.counts;
}
