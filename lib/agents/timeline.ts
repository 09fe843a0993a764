import "server-only";
import { db } from "@/lib/db";
import { loadAgentNames } from "./names";
import { evidenceEventIds, findingsOfSessions, type SessionFinding } from "./session-findings";

/** One piece of a finding's evidence that points at an event: how the timeline marks that event. */
export interface EventMark {
  findingId: string;
  ruleId: string;
  title: string;
  severity: SessionFinding["severity"];
  verdict: SessionFinding["verdict"];
  status: string;
  label: string;
  value: string | number | boolean | null;
}

export interface TimelineEvent {
  eventId: string;
  position: number;
  type: string;
  at: string;
  /** Milliseconds after the session started (negative: before). */
  offsetMs: number;
  cloudPcId: string | null;
  deviceId: string | null;
  boundDeviceId: string | null;
  riskLevel: string | null;
  detail: string | null;
  marks: EventMark[];
}

export interface SessionTimeline {
  sessionId: string;
  agentId: string;
  agentName: string;
  poolId: string;
  poolName: string;
  cloudPcId: string | null;
  startedAt: string;
  endedAt: string | null;
  authMode: string | null;
  outcome: string | null;
  credentialsRemainedAfterEnd: boolean | null;
  /** In time order (recorded order for events at the same instant), as the rules read them. */
  events: TimelineEvent[];
  findings: SessionFinding[];
  /** Findings whose evidence names no event of this session: they concern the session as a whole. */
  sessionWide: SessionFinding[];
  /** Names of the Cloud PCs among the ids shown (session, events and evidence), by Graph id. */
  cloudPcNames: Record<string, string>;
  /** The Cloud PC's history just before this session: the facts AGT-001 reads, shown for context. */
  before: {
    previousSession: { sessionId: string; agentName: string; startedAt: string; endedAt: string | null } | null;
    lastReset: { at: string; sessionId: string } | null;
  };
}

const time = (iso: string) => Date.parse(iso);

/**
 * A session with its ordered events and the findings of the latest evaluation placed on them. The
 * session is named by its source id (as findings name it) or, for links that carry it, its row id.
 */
export async function getSessionTimeline(tenantId: string, idOrSourceId: string): Promise<SessionTimeline | null> {
  const session = await db.agentSession.findFirst({
    where: { tenantId, OR: [{ externalId: idOrSourceId }, { id: idOrSourceId }] },
    select: {
      externalId: true, agentExternalId: true, poolExternalId: true, cloudPcGraphId: true, startedAt: true, endedAt: true, authMode: true,
      outcome: true, credentialsRemainedAfterEnd: true,
      events: { orderBy: { position: "asc" }, select: { externalId: true, position: true, type: true, at: true, cloudPcGraphId: true, deviceId: true, boundDeviceId: true, riskLevel: true, detail: true } },
    },
  });
  if (!session) return null;

  const sessionId = session.externalId;
  const findings = (await findingsOfSessions(tenantId, [sessionId])).get(sessionId) ?? [];
  const eventIds = new Set(session.events.map((e) => e.externalId));
  const marks = new Map<string, EventMark[]>();
  for (const finding of findings) {
    for (const item of finding.evidence) {
      if (item.ref?.entityType !== "agentSessionEvent" || !eventIds.has(item.ref.entityId)) continue;
      const list = marks.get(item.ref.entityId) ?? [];
      list.push({ findingId: finding.id, ruleId: finding.ruleId, title: finding.title, severity: finding.severity, verdict: finding.verdict, status: finding.status, label: item.label, value: item.value });
      marks.set(item.ref.entityId, list);
    }
  }
  const startMs = time(session.startedAt);
  const events = session.events
    .map((e) => ({
      eventId: e.externalId, position: e.position, type: e.type, at: e.at,
      offsetMs: Number.isFinite(startMs) ? time(e.at) - startMs : 0,
      cloudPcId: e.cloudPcGraphId, deviceId: e.deviceId, boundDeviceId: e.boundDeviceId, riskLevel: e.riskLevel, detail: e.detail,
      marks: marks.get(e.externalId) ?? [],
    }))
    // Array.prototype.sort is stable: events at the same instant keep their recorded order.
    .sort((a, b) => time(a.at) - time(b.at));

  const [before, names] = await Promise.all([
    cloudPcHistory(tenantId, session.cloudPcGraphId, session.externalId, session.startedAt),
    loadAgentNames(tenantId, { agentIds: [session.agentExternalId], poolIds: [session.poolExternalId] }),
  ]);
  const shownIds = [
    session.cloudPcGraphId,
    ...session.events.flatMap((e) => [e.cloudPcGraphId, e.deviceId, e.boundDeviceId]),
    ...findings.flatMap((f) => f.evidence.flatMap((item) => [typeof item.value === "string" ? item.value : null, item.ref?.entityType === "cloudPc" ? item.ref.entityId : null])),
  ].filter((id): id is string => typeof id === "string" && id.length > 0 && id.length <= 200);
  const cloudPcs = await db.cloudPc.findMany({ where: { tenantId, graphId: { in: [...new Set(shownIds)] } }, select: { graphId: true, displayName: true } });

  return {
    sessionId: session.externalId,
    agentId: session.agentExternalId,
    agentName: names.agent(session.agentExternalId),
    poolId: session.poolExternalId,
    poolName: names.pool(session.poolExternalId),
    cloudPcId: session.cloudPcGraphId,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    authMode: session.authMode,
    outcome: session.outcome,
    credentialsRemainedAfterEnd: session.credentialsRemainedAfterEnd,
    events,
    findings,
    sessionWide: findings.filter((f) => !evidenceEventIds(f).some((id) => eventIds.has(id))),
    cloudPcNames: Object.fromEntries(cloudPcs.map((pc) => [pc.graphId, pc.displayName])),
    before,
  };
}

async function cloudPcHistory(tenantId: string, cloudPcId: string | null, sessionId: string, startedAt: string): Promise<SessionTimeline["before"]> {
  if (!cloudPcId) return { previousSession: null, lastReset: null };
  const [previous, reset] = await Promise.all([
    db.agentSession.findFirst({
      where: { tenantId, cloudPcGraphId: cloudPcId, startedAt: { lt: startedAt }, externalId: { not: sessionId } },
      orderBy: [{ startedAt: "desc" }, { externalId: "desc" }],
      select: { externalId: true, agentExternalId: true, startedAt: true, endedAt: true },
    }),
    db.agentSessionEvent.findFirst({
      where: {
        type: "cloudPcReset",
        at: { lte: startedAt },
        OR: [{ cloudPcGraphId: cloudPcId, session: { tenantId } }, { cloudPcGraphId: null, session: { tenantId, cloudPcGraphId: cloudPcId } }],
      },
      orderBy: { at: "desc" },
      select: { at: true, session: { select: { externalId: true } } },
    }),
  ]);
  const agentName = previous ? (await loadAgentNames(tenantId, { agentIds: [previous.agentExternalId] })).agent(previous.agentExternalId) : "";
  return {
    previousSession: previous ? { sessionId: previous.externalId, agentName, startedAt: previous.startedAt, endedAt: previous.endedAt } : null,
    lastReset: reset ? { at: reset.at, sessionId: reset.session.externalId } : null,
  };
}
