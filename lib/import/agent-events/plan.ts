import type { LogError, ParsedEvent, ParsedLog, ParsedSession } from "./parse";
import type { StoredEvent, StoredSession, StoredState } from "./stored-state";

export const importEntities = ["agentIdentities", "agentPools", "cloudPcs", "agentSessions", "agentSessionEvents"] as const;
export type ImportEntity = (typeof importEntities)[number];
export type Change = "new" | "changed" | "unchanged";
export type ChangeCounts = Record<Change, number>;

export interface SessionColumns {
  externalId: string;
  agentExternalId: string;
  poolExternalId: string;
  cloudPcGraphId: string | null;
  startedAt: string;
  endedAt: string | null;
  authMode: string | null;
  outcome: string | null;
  credentialsRemainedAfterEnd: boolean | null;
}

export interface EventColumns {
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

export interface SessionSample {
  sessionId: string;
  agentId: string;
  poolId: string;
  cloudPcId: string | null;
  startedAt: string;
  outcome: string | null;
  change: Exclude<Change, "unchanged">;
  newEvents: number;
  changedEvents: number;
}

export interface EventSample {
  line: number;
  sessionId: string;
  eventId: string;
  type: string;
  at: string;
  change: Exclude<Change, "unchanged">;
}

/** Everything an import would write, decided before anything is written. */
export interface ImportPlan {
  counts: Record<ImportEntity, ChangeCounts>;
  agents: { create: { externalId: string; displayName: string }[]; update: { id: string; displayName: string }[] };
  pools: {
    create: { externalId: string; displayName: string; assignedAgentIdsJson: string }[];
    update: { id: string; displayName: string; assignedAgentIdsJson: string }[];
  };
  cloudPcs: { create: { graphId: string; displayName: string; agentPoolExternalId: string }[]; update: { id: string; agentPoolExternalId: string | null }[] };
  sessions: { create: SessionColumns[]; update: (SessionColumns & { id: string })[] };
  events: { create: (EventColumns & { sessionExternalId: string })[]; update: (EventColumns & { id: string })[] };
  samples: { sessions: SessionSample[]; events: EventSample[] };
}

const sampleSize = 10;
// Outcomes the log's events decide; any other stored outcome (e.g. "failed") came from elsewhere and is kept.
const derivedOutcomes = new Set(["running", "completed", "revoked"]);

const emptyCounts = (): ChangeCounts => ({ new: 0, changed: 0, unchanged: 0 });
const time = (iso: string) => Date.parse(iso);

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; errors: LogError[] };

/** Compares a parsed log with the stored rows and decides what to create and update. Pure. */
export function planImport(log: ParsedLog, state: StoredState): PlanResult {
  const plan: ImportPlan = {
    counts: { agentIdentities: emptyCounts(), agentPools: emptyCounts(), cloudPcs: emptyCounts(), agentSessions: emptyCounts(), agentSessionEvents: emptyCounts() },
    agents: { create: [], update: [] },
    pools: { create: [], update: [] },
    cloudPcs: { create: [], update: [] },
    sessions: { create: [], update: [] },
    events: { create: [], update: [] },
    samples: { sessions: [], events: [] },
  };
  const errors: LogError[] = [];
  planAgents(log, state, plan);
  planPools(log, state, plan);
  planCloudPcs(log, state, plan);
  for (const session of log.sessions.values()) {
    if (!log.pools.has(session.poolId) && !state.pools.has(session.poolId)) {
      errors.push({ line: session.line, message: `pool ${session.poolId} is not in Sightline: describe it with a pool line (its assigned agents and Cloud PCs)` });
      continue;
    }
    const error = planSession(session, state.sessions.get(session.id) ?? null, plan);
    if (error) errors.push(error);
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, plan };
}

function planAgents(log: ParsedLog, state: StoredState, plan: ImportPlan) {
  const named = new Map<string, string | null>();
  for (const session of log.sessions.values()) named.set(session.agentId, null);
  for (const pool of log.pools.values()) for (const agentId of pool.assignedAgentIds) if (!named.has(agentId)) named.set(agentId, null);
  for (const agent of log.agents.values()) named.set(agent.id, agent.displayName);
  for (const [externalId, displayName] of named) {
    const stored = state.agents.get(externalId);
    if (!stored) {
      // An agent the log only refers to is recorded under its id until a line names it.
      plan.agents.create.push({ externalId, displayName: displayName ?? externalId });
      plan.counts.agentIdentities.new += 1;
    } else if (displayName !== null && displayName !== stored.displayName) {
      plan.agents.update.push({ id: stored.id, displayName });
      plan.counts.agentIdentities.changed += 1;
    } else plan.counts.agentIdentities.unchanged += 1;
  }
}

function planPools(log: ParsedLog, state: StoredState, plan: ImportPlan) {
  for (const pool of log.pools.values()) {
    const stored = state.pools.get(pool.id);
    const assignedAgentIdsJson = JSON.stringify(pool.assignedAgentIds);
    if (!stored) {
      plan.pools.create.push({ externalId: pool.id, displayName: pool.displayName, assignedAgentIdsJson });
      plan.counts.agentPools.new += 1;
      continue;
    }
    // The assignment is a set: the same agents in another order is no change.
    const before = new Set(JSON.parse(stored.assignedAgentIdsJson) as string[]);
    const sameAgents = before.size === pool.assignedAgentIds.length && pool.assignedAgentIds.every((id) => before.has(id));
    if (sameAgents && stored.displayName === pool.displayName) plan.counts.agentPools.unchanged += 1;
    else {
      plan.pools.update.push({ id: stored.id, displayName: pool.displayName, assignedAgentIdsJson: sameAgents ? stored.assignedAgentIdsJson : assignedAgentIdsJson });
      plan.counts.agentPools.changed += 1;
    }
  }
}

function planCloudPcs(log: ParsedLog, state: StoredState, plan: ImportPlan) {
  const target = new Map<string, { poolId: string; displayName: string }>();
  for (const pool of log.pools.values()) for (const pc of pool.cloudPcs ?? []) target.set(pc.id, { poolId: pool.id, displayName: pc.displayName ?? pc.id });
  for (const [graphId, { poolId, displayName }] of target) {
    const stored = state.cloudPcs.get(graphId);
    if (!stored) {
      // Known so far only as a member of the pool; a Graph import fills in the rest by the same id.
      plan.cloudPcs.create.push({ graphId, displayName, agentPoolExternalId: poolId });
      plan.counts.cloudPcs.new += 1;
    } else if (stored.agentPoolExternalId !== poolId) {
      plan.cloudPcs.update.push({ id: stored.id, agentPoolExternalId: poolId });
      plan.counts.cloudPcs.changed += 1;
    } else plan.counts.cloudPcs.unchanged += 1;
  }
  // A pool line that lists its Cloud PCs lists all of them: the others leave the pool.
  const listedPools = new Set([...log.pools.values()].filter((pool) => pool.cloudPcs).map((pool) => pool.id));
  for (const [graphId, stored] of state.cloudPcs) {
    if (target.has(graphId) || !stored.agentPoolExternalId || !listedPools.has(stored.agentPoolExternalId)) continue;
    plan.cloudPcs.update.push({ id: stored.id, agentPoolExternalId: null });
    plan.counts.cloudPcs.changed += 1;
  }
}

function eventColumns(event: ParsedEvent, position: number): EventColumns {
  return {
    externalId: event.eventId,
    position,
    type: event.type,
    at: event.at,
    cloudPcGraphId: event.cloudPcId ?? null,
    deviceId: event.deviceId ?? null,
    boundDeviceId: event.boundDeviceId ?? null,
    riskLevel: event.riskLevel ?? null,
    detail: event.detail ?? null,
  };
}

const eventFields = ["type", "at", "cloudPcGraphId", "deviceId", "boundDeviceId", "riskLevel", "detail"] as const;
const sessionFields = ["agentExternalId", "poolExternalId", "cloudPcGraphId", "startedAt", "endedAt", "authMode", "outcome", "credentialsRemainedAfterEnd"] as const;

function planSession(session: ParsedSession, stored: StoredSession | null, plan: ImportPlan): LogError | null {
  const storedEvents = new Map((stored?.events ?? []).map((event) => [event.externalId, event]));
  // The session's events after the import, each with the file line that set it (stored ones have none).
  const merged = new Map<string, { columns: EventColumns; line: number | null }>(
    (stored?.events ?? []).map((event) => [event.externalId, { columns: storedColumns(event), line: null }]),
  );
  let nextPosition = Math.max(-1, ...(stored?.events ?? []).map((event) => event.position)) + 1;
  const creates: (EventColumns & { sessionExternalId: string })[] = [];
  const updates: (EventColumns & { id: string })[] = [];
  const samples: EventSample[] = [];

  for (const event of session.events) {
    const before = storedEvents.get(event.eventId);
    const columns = eventColumns(event, before ? before.position : nextPosition++);
    merged.set(event.eventId, { columns, line: event.line });
    const sample = { line: event.line, sessionId: session.id, eventId: event.eventId, type: event.type, at: event.at };
    if (!before) {
      creates.push({ ...columns, sessionExternalId: session.id });
      samples.push({ ...sample, change: "new" });
    } else if (eventFields.some((field) => before[field] !== columns[field])) {
      updates.push({ ...columns, id: before.id });
      samples.push({ ...sample, change: "changed" });
    } else plan.counts.agentSessionEvents.unchanged += 1;
  }

  const events = [...merged.values()];
  const acquired = events.filter(({ columns }) => columns.type === "cloudPcAcquired");
  const acquiredCloudPcs = [...new Set(acquired.map(({ columns }) => columns.cloudPcGraphId).filter((id): id is string => id !== null))];
  if (acquiredCloudPcs.length > 1) {
    const line = acquired.find(({ line }) => line !== null)?.line ?? session.line;
    return { line, message: `session ${session.id} would have acquired two Cloud PCs (${acquiredCloudPcs.join(", ")}): one session acquires one Cloud PC` };
  }

  const columns = sessionColumns(session, stored, events.map((e) => e.columns), acquiredCloudPcs[0] ?? null);
  const change: Change = !stored ? "new" : sessionFields.some((field) => stored[field] !== columns[field]) ? "changed" : "unchanged";
  if (change === "new") plan.sessions.create.push(columns);
  else if (change === "changed") plan.sessions.update.push({ ...columns, id: stored!.id });
  plan.counts.agentSessions[change] += 1;
  plan.events.create.push(...creates);
  plan.events.update.push(...updates);
  plan.counts.agentSessionEvents.new += creates.length;
  plan.counts.agentSessionEvents.changed += updates.length;
  for (const sample of samples) if (plan.samples.events.length < sampleSize) plan.samples.events.push(sample);
  if ((change !== "unchanged" || creates.length + updates.length > 0) && plan.samples.sessions.length < sampleSize) {
    plan.samples.sessions.push({
      sessionId: session.id, agentId: columns.agentExternalId, poolId: columns.poolExternalId, cloudPcId: columns.cloudPcGraphId,
      startedAt: columns.startedAt, outcome: columns.outcome, change: change === "new" ? "new" : "changed",
      newEvents: creates.length, changedEvents: updates.length,
    });
  }
  return null;
}

function storedColumns(event: StoredEvent): EventColumns {
  const { id: _id, ...columns } = event;
  return columns;
}

/**
 * The session's facts as its events after the import state them: it starts when its Cloud PC is
 * acquired (else at its first event) and ends at its last sessionEnded. Facts stated on single
 * events (how tokens were obtained, credentials left behind, the outcome) override the stored ones,
 * except that a session that once authenticated interactively stays interactive.
 */
function sessionColumns(session: ParsedSession, stored: StoredSession | null, events: EventColumns[], acquiredCloudPcId: string | null): SessionColumns {
  const earliest = (list: EventColumns[]) => list.reduce<EventColumns | null>((best, e) => (best === null || time(e.at) < time(best.at) ? e : best), null);
  const latest = (list: EventColumns[]) => list.reduce<EventColumns | null>((best, e) => (best === null || time(e.at) >= time(best.at) ? e : best), null);
  const startedAt = earliest(events.filter((e) => e.type === "cloudPcAcquired"))?.at ?? earliest(events)?.at ?? stored?.startedAt ?? session.events[0].at;
  const endedAt = latest(events.filter((e) => e.type === "sessionEnded"))?.at ?? stored?.endedAt ?? null;

  const modes = new Set([stored?.authMode, ...session.events.map((e) => e.authMode)].filter((m): m is string => Boolean(m)));
  const authMode = modes.has("interactive") ? "interactive" : modes.has("tokenExchange") ? "tokenExchange" : null;
  const lastStated = <T>(pick: (e: ParsedEvent) => T | null | undefined): T | null =>
    session.events.reduce<T | null>((value, e) => (pick(e) !== undefined && pick(e) !== null ? (pick(e) as T) : value), null);

  const revoked = events.some((e) => e.type === "accessRevoked");
  const derived = revoked ? "revoked" : endedAt ? "completed" : "running";
  const keptOutcome = stored?.outcome && !derivedOutcomes.has(stored.outcome) ? stored.outcome : null;
  return {
    externalId: session.id,
    agentExternalId: session.agentId,
    poolExternalId: session.poolId,
    cloudPcGraphId: acquiredCloudPcId ?? stored?.cloudPcGraphId ?? null,
    startedAt,
    endedAt,
    authMode,
    outcome: lastStated((e) => e.outcome) ?? keptOutcome ?? derived,
    credentialsRemainedAfterEnd: lastStated((e) => e.credentialsRemainedAfterEnd) ?? stored?.credentialsRemainedAfterEnd ?? null,
  };
}
