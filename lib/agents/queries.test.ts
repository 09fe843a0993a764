import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { csvStream, inBatches } from "@/lib/csv/stream";
import { db } from "@/lib/db";
import { runEvaluation } from "@/lib/evaluation/run-evaluation";
import { testActor } from "@/lib/evaluation/test-fixtures";
import { importAgentEventLog } from "@/lib/import/agent-events";
import { saveTenantSnapshot } from "@/lib/tenant-data/save-snapshot";
import { AgentSessionListParams } from "@/lib/validations/agent-sessions";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { buildContosoSnapshot } from "@/prisma/demo";
import { agentSessionId, agentSessionKeys as k, replayDeviceId } from "@/prisma/demo/contoso-agents";
import { demoNow } from "@/prisma/factories/clock";
import { getFindingsSource } from "./evaluation-status";
import { eventColumns, eventRowsForExport, sessionColumns, sessionRowsForExport, violationColumns, violationRowsForExport } from "./export";
import { getPool, listPools } from "./pools";
import { agentSessionsAfter, listAgentSessions } from "./sessions";
import { getSessionTimeline } from "./timeline";

const demo = TenantSnapshot.parse(buildContosoSnapshot());
const financePoolId = demo.agentPools.find((p) => p.displayName.startsWith("Finance"))!.id;
let tenantId: string;

const params = (query: Record<string, string> = {}) => AgentSessionListParams.parse(query);
const listed = async (query: Record<string, string>) => (await listAgentSessions(tenantId, params(query))).items.map((s) => s.sessionId);

async function csvOf<Row>(columns: Parameters<typeof csvStream<Row>>[0]["columns"], rows: AsyncIterable<Row>): Promise<Record<string, string>[]> {
  const text = await new Response(csvStream({ columns, rows })).text();
  return parse(text, { columns: true });
}

beforeAll(async () => {
  tenantId = (await saveTenantSnapshot(demo, { mode: "replace" })).tenantId;
});

describe("before any evaluation", () => {
  it("shows the timeline with no violations and says no evaluation has run", async () => {
    expect(await getFindingsSource(tenantId)).toEqual({ run: null, stale: false });
    const timeline = await getSessionTimeline(tenantId, agentSessionId(k.replay));
    expect(timeline!.findings).toEqual([]);
    expect(timeline!.events.every((e) => e.marks.length === 0)).toBe(true);
  });
});

describe("after an evaluation of the Contoso demo", () => {
  beforeAll(async () => {
    await runEvaluation({ tenantId, actor: testActor, now: demoNow });
  });

  it("marks the replayed token's presentation, not the honest one, with AGT-002", async () => {
    const timeline = (await getSessionTimeline(tenantId, agentSessionId(k.replay)))!;
    const presented = timeline.events.filter((e) => e.type === "tokenPresented");
    expect(presented.map((e) => [e.deviceId === replayDeviceId, e.marks.map((m) => `${m.ruleId} ${m.verdict}`)])).toEqual([
      [false, []],
      [true, ["AGT-002 fail"]],
    ]);
    expect(timeline.events.find((e) => e.type === "tokenIssued")!.marks.map((m) => m.label)).toEqual(["Token bound to device"]);
    expect(timeline.sessionWide).toEqual([]);
    expect(timeline.cloudPcNames[timeline.cloudPcId!]).toMatch(/^CPCA-/);
  });

  it("finds a session by its row id too, as links from the entity resolver carry it", async () => {
    const row = await db.agentSession.findFirstOrThrow({ where: { tenantId, externalId: agentSessionId(k.replay) }, select: { id: true } });
    expect((await getSessionTimeline(tenantId, row.id))?.sessionId).toBe(agentSessionId(k.replay));
    expect(await getSessionTimeline(tenantId, "no-such-session")).toBeNull();
  });

  it("marks the risk signal no revocation followed, and nothing on the session whose access was revoked", async () => {
    const ignored = (await getSessionTimeline(tenantId, agentSessionId(k.riskIgnored)))!;
    expect(ignored.events.filter((e) => e.marks.length > 0).map((e) => [e.type, e.marks[0].ruleId])).toEqual([["riskSignalChanged", "AGT-004"]]);
    const revoked = (await getSessionTimeline(tenantId, agentSessionId(k.riskRevoked)))!;
    expect(revoked.findings).toEqual([]);
  });

  it("shows a missed reset as a finding on the whole session, with the Cloud PC's previous session and no reset since", async () => {
    const timeline = (await getSessionTimeline(tenantId, agentSessionId(k.missedReset)))!;
    expect(timeline.sessionWide.map((f) => f.ruleId)).toEqual(["AGT-001"]);
    expect(timeline.before.previousSession?.sessionId).toBe(agentSessionId(k.leftDirty));
    expect(timeline.before.lastReset).toBeNull();
    const reuse = (await getSessionTimeline(tenantId, agentSessionId(k.cleanReuse)))!;
    expect(reuse.findings).toEqual([]);
    expect(reuse.before.lastReset?.sessionId).toBe(agentSessionId(k.clean));
  });

  it("filters the session list by violation, rule, agent, pool and outcome, paging in the database", async () => {
    expect(await listed({ violation: "AGT-002" })).toEqual([agentSessionId(k.replay)]);
    const violating = await listed({ violation: "any" });
    expect(violating.sort()).toEqual([k.missedReset, k.replay, k.unassignedAgent, k.wrongCloudPc, k.riskIgnored, k.credentialsLeft, k.interactive].map(agentSessionId).sort());
    const clean = await listed({ violation: "none", pageSize: "100" });
    expect(clean).toContain(agentSessionId(k.clean));
    expect(clean).not.toContain(agentSessionId(k.replay));
    expect(clean.length + violating.length).toBe(demo.agentSessions.length);

    const replay = demo.agentSessions.find((s) => s.id === agentSessionId(k.replay))!;
    expect(await listed({ agent: replay.agentId, outcome: "completed" })).toEqual(
      demo.agentSessions.filter((s) => s.agentId === replay.agentId && s.outcome === "completed").sort((a, b) => b.startedAt.localeCompare(a.startedAt)).map((s) => s.id),
    );
    expect(await listed({ outcome: "revoked" })).toEqual([agentSessionId(k.riskRevoked)]);
    const page2 = await listAgentSessions(tenantId, params({ pool: financePoolId, pageSize: "10", page: "2" }));
    expect(page2.total).toBe(demo.agentSessions.filter((s) => s.poolId === financePoolId).length);
    expect(page2.items).toHaveLength(page2.total - 10);
  });

  it("exports sessions, events and violations with the list's filters as CSV", async () => {
    const filters = (({ page: _p, pageSize: _s, ...rest }) => rest)(params({ violation: "AGT-002" }));
    const sessions = await csvOf(sessionColumns, sessionRowsForExport(tenantId, filters));
    expect(sessions.map((s) => [s.sessionId, s.violations])).toEqual([[agentSessionId(k.replay), "AGT-002"]]);
    const events = await csvOf(eventColumns, eventRowsForExport(tenantId, filters));
    expect(events).toHaveLength(demo.agentSessions.find((s) => s.id === agentSessionId(k.replay))!.events.length);
    expect(events.filter((e) => e.evidenceFor === "AGT-002").map((e) => e.type).sort()).toEqual(["tokenIssued", "tokenPresented"]);
    const violations = await csvOf(violationColumns, violationRowsForExport(tenantId, filters));
    expect(violations.map((v) => [v.ruleId, v.severity])).toEqual([["AGT-002", "critical"]]);

    // Unfiltered, every session once, in the list's order, across keyset batches.
    const all = await csvOf(sessionColumns, sessionRowsForExport(tenantId, (({ page: _p, pageSize: _s, ...rest }) => rest)(params())));
    expect(all.map((s) => s.sessionId)).toEqual((await listAgentSessions(tenantId, params({ pageSize: "100" }))).items.map((s) => s.sessionId));
  });

  it("reads sessions in keyset batches in either order without skipping or repeating one", async () => {
    for (const sort of ["-startedAt", "startedAt"]) {
      const filters = (({ page: _p, pageSize: _s, ...rest }) => rest)(params({ sort }));
      const seen: string[] = [];
      for await (const row of inBatches((after, take) => agentSessionsAfter(tenantId, filters, after, take), 4)) seen.push(row.sessionId);
      expect(seen).toEqual((await listAgentSessions(tenantId, params({ sort, pageSize: "100" }))).items.map((s) => s.sessionId));
      expect(seen).toHaveLength(demo.agentSessions.length);
    }
  });

  it("shows each pool's Cloud PCs as in use, awaiting reset or clean", async () => {
    const pools = await listPools(tenantId);
    const finance = pools.find((p) => p.poolId === financePoolId)!;
    // The running session holds one Finance Cloud PC; every other one was reset after its last session.
    expect(finance.cloudPcsByState).toEqual({ inUse: 1, awaitingReset: 0, clean: 4 });
    const detail = (await getPool(tenantId, financePoolId))!;
    const running = demo.agentSessions.find((s) => s.id === agentSessionId(k.running))!;
    const inUse = detail.cloudPcs.find((pc) => pc.state === "inUse")!;
    expect(inUse.cloudPcId).toBe(running.cloudPcId);
    expect(inUse.latestSession?.sessionId).toBe(running.id);
    expect(inUse.sessionCount).toBe(demo.agentSessions.filter((s) => s.cloudPcId === running.cloudPcId).length);
    expect(detail.sessionsOutsidePool).toBe(0);
  });

  it("says the findings are stale once an import changes the data, and shows a Cloud PC left without a reset", async () => {
    const dirty = detailPc();
    const line = (eventId: string, type: string, at: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ sessionId: "late-session", agentId: financeAgent(), poolId: financePoolId, eventId, type, at, ...extra });
    const log = [line("a", "cloudPcAcquired", "2025-11-20T08:00:00Z", { cloudPcId: dirty }), line("b", "sessionEnded", "2025-11-20T08:30:00Z", { credentialsRemainedAfterEnd: false })].join("\n");
    const result = await importAgentEventLog(tenantId, log, { email: "test" }, { dryRun: false });
    expect(result.ok).toBe(true);
    expect((await getFindingsSource(tenantId)).stale).toBe(true);
    const pc = (await getPool(tenantId, financePoolId))!.cloudPcs.find((p) => p.cloudPcId === dirty)!;
    expect(pc.state).toBe("awaitingReset");
  });
});

const detailPc = () => demo.cloudPCs.find((pc) => pc.sightline?.agentPoolId === financePoolId && !demo.agentSessions.some((s) => s.cloudPcId === pc.id && !s.endedAt))!.id;
const financeAgent = () => demo.agentPools.find((p) => p.id === financePoolId)!.assignedAgentIds[0];
