import type { Prisma } from "@/prisma/generated/client/client";
import type { AgentPool, AgentSession, AgentSessionEvent, Client, ConfigurationAssignment, TenantSnapshot } from "@/lib/validations/snapshot";
import { compact } from "../json-columns";

/**
 * Row <-> snapshot mapping of the sections Graph does not hold: configuration assignments, clients and
 * Windows 365 for Agents. Their schemas are strict (no unknown properties), so there is no `extraJson`.
 */

type AgentIdentity = TenantSnapshot["agentIdentities"][number];

// ---- configuration assignments ------------------------------------------------------------------

export const configurationAssignmentSelect = {
  externalId: true,
  displayName: true,
  managementType: true,
  target: true,
  userGraphId: true,
  cloudPcGraphId: true,
  provisioningPolicyGraphId: true,
} satisfies Prisma.ConfigurationAssignmentSelect;
export type ConfigurationAssignmentRow = Prisma.ConfigurationAssignmentGetPayload<{ select: typeof configurationAssignmentSelect }>;

export function configurationAssignmentToRow(assignment: ConfigurationAssignment): ConfigurationAssignmentRow {
  return {
    externalId: assignment.id,
    displayName: assignment.displayName,
    managementType: assignment.managementType,
    target: assignment.target,
    userGraphId: assignment.userId ?? null,
    cloudPcGraphId: assignment.cloudPcId ?? null,
    provisioningPolicyGraphId: assignment.provisioningPolicyId ?? null,
  };
}

export function configurationAssignmentFromRow(row: ConfigurationAssignmentRow): ConfigurationAssignment {
  return compact({
    id: row.externalId,
    displayName: row.displayName,
    managementType: row.managementType,
    target: row.target,
    userId: row.userGraphId,
    cloudPcId: row.cloudPcGraphId,
    provisioningPolicyId: row.provisioningPolicyGraphId,
  }) as ConfigurationAssignment;
}

// ---- clients ------------------------------------------------------------------------------------

export const clientSelect = {
  externalId: true,
  userGraphId: true,
  app: true,
  deviceName: true,
  localOs: true,
  managed: true,
  shared: true,
  b2bRegistryKeySet: true,
  canReachRequiredUrls: true,
  lineOfSightToDomainController: true,
  credentialsSaved: true,
} satisfies Prisma.ClientSelect;
export type ClientRow = Prisma.ClientGetPayload<{ select: typeof clientSelect }>;

export function clientToRow(client: Client): ClientRow {
  return {
    externalId: client.id,
    userGraphId: client.userId,
    app: client.app,
    deviceName: client.deviceName ?? null,
    localOs: client.localOs ?? null,
    managed: client.managed ?? null,
    shared: client.shared ?? null,
    b2bRegistryKeySet: client.b2bRegistryKeySet ?? null,
    canReachRequiredUrls: client.canReachRequiredUrls ?? null,
    lineOfSightToDomainController: client.lineOfSightToDomainController ?? null,
    credentialsSaved: client.credentialsSaved ?? null,
  };
}

export function clientFromRow(row: ClientRow): Client {
  const { externalId, userGraphId, ...facts } = row;
  return compact({ id: externalId, userId: userGraphId, ...facts }) as Client;
}

// ---- agent identities and pools -----------------------------------------------------------------

export const agentIdentitySelect = { externalId: true, displayName: true } satisfies Prisma.AgentIdentitySelect;
export type AgentIdentityRow = Prisma.AgentIdentityGetPayload<{ select: typeof agentIdentitySelect }>;

export const agentIdentityToRow = (agent: AgentIdentity): AgentIdentityRow => ({ externalId: agent.id, displayName: agent.displayName });
export const agentIdentityFromRow = (row: AgentIdentityRow): AgentIdentity => ({ id: row.externalId, displayName: row.displayName });

export const agentPoolSelect = { externalId: true, displayName: true, assignedAgentIdsJson: true } satisfies Prisma.AgentPoolSelect;
export type AgentPoolRow = Prisma.AgentPoolGetPayload<{ select: typeof agentPoolSelect }>;

export function agentPoolToRow(pool: AgentPool): AgentPoolRow {
  // The list keeps its order: it is stored as given, not sorted.
  return { externalId: pool.id, displayName: pool.displayName, assignedAgentIdsJson: JSON.stringify(pool.assignedAgentIds) };
}

export function agentPoolFromRow(row: AgentPoolRow): AgentPool {
  return { id: row.externalId, displayName: row.displayName, assignedAgentIds: JSON.parse(row.assignedAgentIdsJson) as string[] };
}

// ---- agent sessions and their events ------------------------------------------------------------

export const agentSessionSelect = {
  externalId: true,
  agentExternalId: true,
  poolExternalId: true,
  cloudPcGraphId: true,
  startedAt: true,
  endedAt: true,
  authMode: true,
  outcome: true,
  credentialsRemainedAfterEnd: true,
} satisfies Prisma.AgentSessionSelect;
export type AgentSessionRow = Prisma.AgentSessionGetPayload<{ select: typeof agentSessionSelect }>;

export const agentSessionEventSelect = {
  sessionId: true,
  externalId: true,
  position: true,
  type: true,
  at: true,
  cloudPcGraphId: true,
  deviceId: true,
  boundDeviceId: true,
  riskLevel: true,
  detail: true,
} satisfies Prisma.AgentSessionEventSelect;
export type AgentSessionEventRow = Prisma.AgentSessionEventGetPayload<{ select: typeof agentSessionEventSelect }>;
/** An event row before it knows its session's row id. */
export type AgentSessionEventData = Omit<AgentSessionEventRow, "sessionId">;

export function agentSessionToRow(session: AgentSession): AgentSessionRow {
  return {
    externalId: session.id,
    agentExternalId: session.agentId,
    poolExternalId: session.poolId,
    cloudPcGraphId: session.cloudPcId ?? null,
    startedAt: session.startedAt,
    endedAt: session.endedAt ?? null,
    authMode: session.authMode ?? null,
    outcome: session.outcome ?? null,
    credentialsRemainedAfterEnd: session.credentialsRemainedAfterEnd ?? null,
  };
}

/** Events keep the order they were recorded in (`position`); the rules sort them by time themselves. */
export function agentSessionEventsToRows(session: AgentSession): AgentSessionEventData[] {
  return session.events.map((event, position) => ({
    externalId: event.id,
    position,
    type: event.type,
    at: event.at,
    cloudPcGraphId: event.cloudPcId ?? null,
    deviceId: event.deviceId ?? null,
    boundDeviceId: event.boundDeviceId ?? null,
    riskLevel: event.riskLevel ?? null,
    detail: event.detail ?? null,
  }));
}

function agentSessionEventFromRow(row: AgentSessionEventData): AgentSessionEvent {
  return compact({
    id: row.externalId,
    type: row.type,
    at: row.at,
    cloudPcId: row.cloudPcGraphId,
    deviceId: row.deviceId,
    boundDeviceId: row.boundDeviceId,
    riskLevel: row.riskLevel,
    detail: row.detail,
  }) as AgentSessionEvent;
}

/** `events` are the session's event rows in position order. */
export function agentSessionFromRow(row: AgentSessionRow, events: readonly AgentSessionEventData[]): AgentSession {
  return {
    ...(compact({
      id: row.externalId,
      agentId: row.agentExternalId,
      poolId: row.poolExternalId,
      cloudPcId: row.cloudPcGraphId,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      authMode: row.authMode,
      outcome: row.outcome,
      credentialsRemainedAfterEnd: row.credentialsRemainedAfterEnd,
    }) as Omit<AgentSession, "events">),
    events: events.map(agentSessionEventFromRow),
  };
}
