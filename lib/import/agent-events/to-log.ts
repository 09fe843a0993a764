import type { TenantSnapshot } from "@/lib/validations/snapshot";
import type { AgentLine, EventLine, PoolLine } from "./format";

/**
 * Writes a snapshot's Windows 365 for Agents records as an event log in the import format: the
 * inverse of the import, used to check that a log carries everything the agent rules read.
 */
export function agentLogLines(snapshot: Pick<TenantSnapshot, "agentIdentities" | "agentPools" | "agentSessions" | "cloudPCs">): string[] {
  const agents: AgentLine[] = snapshot.agentIdentities.map((agent) => ({ record: "agent", id: agent.id, displayName: agent.displayName }));
  const pools: PoolLine[] = snapshot.agentPools.map((pool) => ({
    record: "pool",
    id: pool.id,
    displayName: pool.displayName,
    assignedAgentIds: pool.assignedAgentIds,
    cloudPcs: snapshot.cloudPCs.filter((pc) => pc.sightline?.agentPoolId === pool.id).map((pc) => ({ id: pc.id, displayName: pc.displayName })),
  }));
  const events: EventLine[] = snapshot.agentSessions.flatMap((session) =>
    session.events.map((event) => {
      const line: EventLine = { sessionId: session.id, agentId: session.agentId, poolId: session.poolId, eventId: event.id, type: event.type, at: event.at };
      if (event.cloudPcId) line.cloudPcId = event.cloudPcId;
      if (event.deviceId) line.deviceId = event.deviceId;
      if (event.boundDeviceId) line.boundDeviceId = event.boundDeviceId;
      if (event.riskLevel) line.riskLevel = event.riskLevel;
      if (event.type === "tokenIssued" && session.authMode) line.authMode = session.authMode;
      if (event.type === "sessionEnded") {
        if (session.credentialsRemainedAfterEnd !== undefined && session.credentialsRemainedAfterEnd !== null) line.credentialsRemainedAfterEnd = session.credentialsRemainedAfterEnd;
        if (session.outcome) line.outcome = session.outcome;
      }
      if (event.detail) line.detail = event.detail;
      return line;
    }),
  );
  return [...agents, ...pools, ...events].map((line) => JSON.stringify(line));
}
