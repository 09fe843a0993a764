import type { AgentEventType } from "../../lib/validations/enums";
import type { z } from "zod";
import type { AgentIdentity, AgentPool, AgentSession, AgentSessionEvent } from "../../lib/validations/snapshot";
import { guid } from "./ids";
import { at, entityId, type TenantContext } from "./tenant";

export type AgentIdentityRecord = z.infer<typeof AgentIdentity>;

export function makeAgentIdentity(ctx: TenantContext, key: string, displayName: string): AgentIdentityRecord {
  return { id: entityId(ctx, "agentIdentity", key), displayName };
}

/** A Cloud PC pool for agents (Windows 365 for Agents): the agents allowed to check its Cloud PCs out. */
export function makeAgentPool(ctx: TenantContext, key: string, displayName: string, agents: AgentIdentityRecord[]): AgentPool {
  return { id: entityId(ctx, "agentPool", key), displayName, assignedAgentIds: agents.map((agent) => agent.id) };
}

/** One step of a session's timeline; ids and times are filled in by `makeAgentSession`. */
export interface AgentStep {
  type: AgentEventType;
  /** Minutes after the previous step; defaults to 2. */
  after?: number;
  cloudPcId?: string;
  deviceId?: string;
  boundDeviceId?: string;
  riskLevel?: string;
  detail?: string;
}

export interface AgentScriptOptions {
  /** tokenPresented from this device instead of the bound Cloud PC: a replayed token (AGT-002). */
  replayFromDeviceId?: string;
  /** secureChannelOpened names this Cloud PC instead of the acquired one (AGT-003). */
  channelToCloudPcId?: string;
  /** A risk signal mid-session, and whether access was revoked after it (AGT-004). */
  risk?: { level: "medium" | "high"; revoked: boolean };
  /** Omit the cloudPcReset at the end: the next session on this Cloud PC starts dirty (AGT-001). */
  skipReset?: boolean;
  /** Still running: no taskCompleted, sessionEnded or reset. */
  running?: boolean;
  /** Tool calls between token issue and the end, each a requestValidated + tokenPresented pair. */
  turns?: number;
}

/** The ordered events of a session as seed 000 describes it: acquire, connect, act, release, reset. */
export function agentScript(options: AgentScriptOptions = {}): AgentStep[] {
  const steps: AgentStep[] = [
    { type: "cloudPcAcquired", after: 0, detail: "Checked out from the pool (Computer-Get)" },
    { type: "secureChannelOpened", after: 1, cloudPcId: options.channelToCloudPcId, detail: "Computer-Do channel to the in-guest component" },
    { type: "tokenIssued", after: 0.5, detail: "Agent user token issued by Microsoft Entra, bound to the Cloud PC" },
  ];
  const turns = options.turns ?? 2;
  for (let turn = 0; turn < turns; turn++) {
    steps.push({ type: "requestValidated", after: 3, detail: "Tool call validated against identity and device signals" });
    const replay = options.replayFromDeviceId && turn === turns - 1;
    steps.push({
      type: "tokenPresented",
      after: 0.2,
      deviceId: replay ? options.replayFromDeviceId : undefined,
      detail: replay ? "Session token presented from a device outside the pool" : undefined,
    });
  }
  if (options.running) return steps;
  if (options.risk) {
    steps.push({ type: "riskSignalChanged", after: 4, riskLevel: options.risk.level, detail: "Microsoft Entra ID Protection raised the agent's risk" });
    if (options.risk.revoked) {
      steps.push({ type: "accessRevoked", after: 0.5, detail: "Continuous access evaluation revoked the session token" });
      steps.push({ type: "sessionEnded", after: 0.5, detail: "Session torn down after revocation" });
    }
  }
  if (!options.risk?.revoked) {
    steps.push({ type: "taskCompleted", after: 6 });
    steps.push({ type: "sessionEnded", after: 0.5, detail: "Checked in (DELETE /api/sessions)" });
  }
  if (!options.skipReset) steps.push({ type: "cloudPcReset", after: 3, detail: "Cloud PC reset before returning to the pool" });
  return steps;
}

export interface AgentSessionInput {
  key: string;
  agent: AgentIdentityRecord;
  pool: AgentPool;
  /** The Cloud PC acquired; null models a session whose record lost it. */
  cloudPcId: string | null;
  /** Minutes after the tenant's epoch (negative: before the export). */
  startMinutes: number;
  steps: AgentStep[];
  authMode?: "tokenExchange" | "interactive" | null;
  credentialsRemainedAfterEnd?: boolean | null;
  outcome?: string | null;
}

/** An agent session with its ordered, timestamped events. */
export function makeAgentSession(ctx: TenantContext, input: AgentSessionInput): AgentSession {
  const id = entityId(ctx, "agentSession", input.key);
  const cloudPcId = input.cloudPcId;
  let minutes = input.startMinutes;
  let endedAt: string | null = null;
  const events: AgentSessionEvent[] = input.steps.map((step, index) => {
    minutes += step.after ?? 2;
    const time = at(ctx, minutes);
    if (step.type === "sessionEnded") endedAt = time;
    return {
      id: guid(`${id}/event/${index}`),
      type: step.type,
      at: time,
      cloudPcId: step.cloudPcId ?? cloudPcId,
      deviceId: step.type === "tokenPresented" ? (step.deviceId ?? cloudPcId) : null,
      boundDeviceId: step.type === "tokenIssued" ? (step.boundDeviceId ?? cloudPcId) : null,
      riskLevel: step.riskLevel ?? null,
      detail: step.detail ?? null,
    };
  });
  const revoked = events.some((event) => event.type === "accessRevoked");
  return {
    id,
    agentId: input.agent.id,
    poolId: input.pool.id,
    cloudPcId,
    startedAt: at(ctx, input.startMinutes),
    endedAt,
    authMode: input.authMode === undefined ? "tokenExchange" : input.authMode,
    outcome: input.outcome !== undefined ? input.outcome : revoked ? "revoked" : endedAt ? "completed" : "running",
    credentialsRemainedAfterEnd: input.credentialsRemainedAfterEnd === undefined ? (endedAt ? false : null) : input.credentialsRemainedAfterEnd,
    events,
  };
}
