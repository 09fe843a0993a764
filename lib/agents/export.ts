import "server-only";
import { db } from "@/lib/db";
import { inBatches, type CsvColumn } from "@/lib/csv/stream";
import type { AgentSessionFilters } from "@/lib/validations/agent-sessions";
import { agentSessionsAfter, type AgentSessionRow } from "./sessions";
import { evidenceEventIds, type SessionFinding } from "./session-findings";

/**
 * The agent session CSV reports: sessions, their events and their violations, each over the sessions
 * the list's URL filters select. Headers are stable; docs/agent-session-events.md lists them.
 */

const sessionBatch = 500;

/** Sessions in the list's order, read in keyset batches. */
function sessionsOf(tenantId: string, filters: AgentSessionFilters): AsyncGenerator<AgentSessionRow> {
  return inBatches((after, take) => agentSessionsAfter(tenantId, filters, after, take), sessionBatch);
}

/** Groups an async stream into arrays, so each group's children are read in one query. */
async function* groups<T>(rows: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let group: T[] = [];
  for await (const row of rows) {
    group.push(row);
    if (group.length === size) {
      yield group;
      group = [];
    }
  }
  if (group.length > 0) yield group;
}

const violations = (findings: SessionFinding[]) => findings.filter((f) => f.verdict === "fail");
const ruleList = (findings: SessionFinding[]) => findings.map((f) => f.ruleId).join(" ");

export const sessionRowsForExport = sessionsOf;

export const sessionColumns: CsvColumn<AgentSessionRow>[] = [
  { header: "sessionId", value: (s) => s.sessionId },
  { header: "startedAt", value: (s) => s.startedAt },
  { header: "endedAt", value: (s) => s.endedAt },
  { header: "agentId", value: (s) => s.agentId },
  { header: "agentName", value: (s) => s.agentName },
  { header: "poolId", value: (s) => s.poolId },
  { header: "poolName", value: (s) => s.poolName },
  { header: "cloudPcId", value: (s) => s.cloudPcId },
  { header: "cloudPcName", value: (s) => s.cloudPcName },
  { header: "authMode", value: (s) => s.authMode },
  { header: "outcome", value: (s) => s.outcome },
  { header: "credentialsRemainedAfterEnd", value: (s) => s.credentialsRemainedAfterEnd },
  { header: "eventCount", value: (s) => s.eventCount },
  { header: "violations", value: (s) => ruleList(violations(s.findings)) },
  { header: "unknowns", value: (s) => ruleList(s.findings.filter((f) => f.verdict === "unknown")) },
];

export interface EventExportRow {
  session: AgentSessionRow;
  eventId: string;
  position: number;
  type: string;
  at: string;
  cloudPcGraphId: string | null;
  deviceId: string | null;
  boundDeviceId: string | null;
  riskLevel: string | null;
  detail: string | null;
}

/** Every event of the selected sessions, session by session in the list's order, events in time order. */
export async function* eventRowsForExport(tenantId: string, filters: AgentSessionFilters): AsyncGenerator<EventExportRow> {
  for await (const sessions of groups(sessionsOf(tenantId, filters), sessionBatch)) {
    const events = await db.agentSessionEvent.findMany({
      where: { session: { tenantId, externalId: { in: sessions.map((s) => s.sessionId) } } },
      select: { externalId: true, position: true, type: true, at: true, cloudPcGraphId: true, deviceId: true, boundDeviceId: true, riskLevel: true, detail: true, session: { select: { externalId: true } } },
      orderBy: [{ at: "asc" }, { position: "asc" }],
    });
    const bySession = new Map<string, typeof events>();
    for (const event of events) {
      const list = bySession.get(event.session.externalId) ?? [];
      list.push(event);
      bySession.set(event.session.externalId, list);
    }
    for (const session of sessions) {
      for (const { session: _s, externalId, ...event } of bySession.get(session.sessionId) ?? []) yield { session, eventId: externalId, ...event };
    }
  }
}

export const eventColumns: CsvColumn<EventExportRow>[] = [
  { header: "sessionId", value: (e) => e.session.sessionId },
  { header: "agentName", value: (e) => e.session.agentName },
  { header: "poolName", value: (e) => e.session.poolName },
  { header: "eventId", value: (e) => e.eventId },
  { header: "position", value: (e) => e.position },
  { header: "type", value: (e) => e.type },
  { header: "at", value: (e) => e.at },
  { header: "cloudPcId", value: (e) => e.cloudPcGraphId },
  { header: "deviceId", value: (e) => e.deviceId },
  { header: "boundDeviceId", value: (e) => e.boundDeviceId },
  { header: "riskLevel", value: (e) => e.riskLevel },
  { header: "detail", value: (e) => e.detail },
  // The rules whose violation cites this event as evidence (from the latest evaluation).
  { header: "evidenceFor", value: (e) => ruleList(violations(e.session.findings).filter((f) => evidenceEventIds(f).includes(e.eventId))) },
];

export interface ViolationExportRow {
  session: AgentSessionRow;
  finding: SessionFinding;
}

/** One row per violation (a failed finding, open or accepted) of the selected sessions. */
export async function* violationRowsForExport(tenantId: string, filters: AgentSessionFilters): AsyncGenerator<ViolationExportRow> {
  for await (const session of sessionsOf(tenantId, filters)) {
    for (const finding of violations(session.findings)) yield { session, finding };
  }
}

const evidenceText = (finding: SessionFinding) =>
  finding.evidence.map((e) => `${e.label}: ${e.value === null ? "not recorded" : String(e.value)}`).join("; ");

export const violationColumns: CsvColumn<ViolationExportRow>[] = [
  { header: "sessionId", value: (v) => v.session.sessionId },
  { header: "startedAt", value: (v) => v.session.startedAt },
  { header: "agentName", value: (v) => v.session.agentName },
  { header: "poolName", value: (v) => v.session.poolName },
  { header: "cloudPcName", value: (v) => v.session.cloudPcName ?? v.session.cloudPcId },
  { header: "ruleId", value: (v) => v.finding.ruleId },
  { header: "title", value: (v) => v.finding.title },
  { header: "severity", value: (v) => v.finding.severity },
  { header: "status", value: (v) => v.finding.status },
  { header: "evidenceEventIds", value: (v) => evidenceEventIds(v.finding).join(" ") },
  { header: "evidence", value: (v) => evidenceText(v.finding) },
];
