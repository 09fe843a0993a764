import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { evaluateTenant } from "@/lib/rules/engine";
import { loadTenantSnapshot } from "@/lib/tenant-data/load-snapshot";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { buildContosoSnapshot, contosoExpectations } from "@/prisma/demo";
import { demoNow } from "@/prisma/factories/clock";
import { importAgentEventLog } from "./import";
import { agentLogLines } from "./to-log";

const actor = { id: "test-admin", email: "admin@sightline.test", role: "admin" };
let tenantId: string;
let tenantCount = 0;

beforeEach(async () => {
  tenantCount += 1;
  tenantId = (await db.tenant.create({ data: { displayName: `Agents import test ${tenantCount}` }, select: { id: true } })).id;
});

const pool = JSON.stringify({ record: "pool", id: "pool-1", displayName: "Finance agents", assignedAgentIds: ["agent-1"], cloudPcs: [{ id: "cpc-1", displayName: "CPCA-FIN-01" }] });
const event = (eventId: string, type: string, at: string, fields: Record<string, unknown> = {}) =>
  JSON.stringify({ sessionId: "s-1", agentId: "agent-1", poolId: "pool-1", eventId, type, at, ...fields });
const firstPart = [
  pool,
  event("e-1", "cloudPcAcquired", "2025-11-20T08:00:00Z", { cloudPcId: "cpc-1" }),
  event("e-2", "tokenIssued", "2025-11-20T08:01:00Z", { boundDeviceId: "cpc-1", authMode: "tokenExchange" }),
  event("e-3", "tokenPresented", "2025-11-20T08:02:00Z", { deviceId: "cpc-1" }),
];
const secondPart = [
  event("e-4", "sessionEnded", "2025-11-20T08:10:00Z", { credentialsRemainedAfterEnd: false }),
  event("e-5", "cloudPcReset", "2025-11-20T08:12:00Z", { cloudPcId: "cpc-1" }),
];

const commit = (lines: string[], options: { expectedPlanHash?: string } = {}) => importAgentEventLog(tenantId, lines.join("\n"), actor, { dryRun: false, ...options });

describe("importAgentEventLog", () => {
  it("previews what would change without writing anything", async () => {
    const before = await databaseState();
    const result = await importAgentEventLog(tenantId, firstPart.join("\n"), actor, { dryRun: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.committed).toBe(false);
    expect(result.preview.counts).toEqual({
      agentIdentities: { new: 1, changed: 0, unchanged: 0 },
      agentPools: { new: 1, changed: 0, unchanged: 0 },
      cloudPcs: { new: 1, changed: 0, unchanged: 0 },
      agentSessions: { new: 1, changed: 0, unchanged: 0 },
      agentSessionEvents: { new: 3, changed: 0, unchanged: 0 },
    });
    expect(result.preview.samples.sessions).toEqual([
      { sessionId: "s-1", agentId: "agent-1", poolId: "pool-1", cloudPcId: "cpc-1", startedAt: "2025-11-20T08:00:00.000Z", outcome: "running", change: "new", newEvents: 3, changedEvents: 0 },
    ]);
    expect(result.preview.samples.events.map((e) => [e.line, e.eventId, e.change])).toEqual([[2, "e-1", "new"], [3, "e-2", "new"], [4, "e-3", "new"]]);
    expect(await databaseState()).toEqual(before);
  });

  it("writes the records, and the same file again changes nothing", async () => {
    const first = await commit(firstPart);
    expect(first.ok && first.committed).toBe(true);
    const session = await db.agentSession.findUniqueOrThrow({ where: { tenantId_externalId: { tenantId, externalId: "s-1" } }, include: { events: { orderBy: { position: "asc" } } } });
    expect(session).toMatchObject({ agentExternalId: "agent-1", poolExternalId: "pool-1", cloudPcGraphId: "cpc-1", startedAt: "2025-11-20T08:00:00.000Z", endedAt: null, authMode: "tokenExchange", outcome: "running", credentialsRemainedAfterEnd: null });
    expect(session.events.map((e) => [e.externalId, e.position, e.type, e.boundDeviceId, e.deviceId])).toEqual([
      ["e-1", 0, "cloudPcAcquired", null, null],
      ["e-2", 1, "tokenIssued", "cpc-1", null],
      ["e-3", 2, "tokenPresented", null, "cpc-1"],
    ]);
    expect(await db.cloudPc.findFirst({ where: { tenantId, graphId: "cpc-1" }, select: { displayName: true, agentPoolExternalId: true } })).toEqual({ displayName: "CPCA-FIN-01", agentPoolExternalId: "pool-1" });
    expect(await db.auditEvent.count({ where: { tenantId, action: "agentEvents.imported" } })).toBe(1);

    const before = await databaseState({ except: ["AuditEvent"] });
    const again = await commit(firstPart);
    expect(again.ok && again.preview.changes).toBe(false);
    expect(await databaseState({ except: ["AuditEvent"] })).toEqual(before);
  });

  it("adds a later part of a session's log to the stored session and derives its end", async () => {
    await commit(firstPart);
    const result = await commit([pool, ...secondPart]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview.counts.agentSessions).toEqual({ new: 0, changed: 1, unchanged: 0 });
    expect(result.preview.counts.agentSessionEvents).toEqual({ new: 2, changed: 0, unchanged: 0 });
    const session = await db.agentSession.findUniqueOrThrow({ where: { tenantId_externalId: { tenantId, externalId: "s-1" } }, include: { events: { orderBy: { position: "asc" } } } });
    expect(session).toMatchObject({ endedAt: "2025-11-20T08:10:00.000Z", outcome: "completed", credentialsRemainedAfterEnd: false, authMode: "tokenExchange", version: 2 });
    expect(session.events.map((e) => [e.externalId, e.position])).toEqual([["e-1", 0], ["e-2", 1], ["e-3", 2], ["e-4", 3], ["e-5", 4]]);
  });

  it("updates an event whose facts changed, and takes Cloud PCs out of a pool that no longer lists them", async () => {
    await commit(firstPart);
    const emptied = JSON.stringify({ record: "pool", id: "pool-1", displayName: "Finance agents", assignedAgentIds: ["agent-1"], cloudPcs: [] });
    const result = await commit([emptied, event("e-3", "tokenPresented", "2025-11-20T08:02:00Z", { deviceId: "LAPTOP-1" })]);
    expect(result.ok && result.preview.counts.cloudPcs).toEqual({ new: 0, changed: 1, unchanged: 0 });
    expect(result.ok && result.preview.counts.agentSessionEvents).toEqual({ new: 0, changed: 1, unchanged: 0 });
    expect(await db.agentSessionEvent.findFirst({ where: { externalId: "e-3", session: { tenantId } }, select: { deviceId: true, position: true } })).toEqual({ deviceId: "LAPTOP-1", position: 2 });
    expect(await db.cloudPc.findFirst({ where: { tenantId, graphId: "cpc-1" }, select: { agentPoolExternalId: true } })).toEqual({ agentPoolExternalId: null });
  });

  it("refuses a log naming a pool Sightline does not know, with the line, and writes nothing", async () => {
    const before = await databaseState();
    const result = await commit([event("e-1", "cloudPcAcquired", "2025-11-20T08:00:00Z", { cloudPcId: "cpc-1", poolId: "pool-x" }), "", event("e-9", "taskCompleted", "2025-11-20T08:00:00Z", { sessionId: "s-2", poolId: "pool-y" })]);
    expect(result).toEqual({
      ok: false,
      message: "The event log was not imported: 2 problems. Nothing was written.",
      errorCount: 2,
      errors: [
        { line: 1, message: "pool pool-x is not in Sightline: describe it with a pool line (its assigned agents and Cloud PCs)" },
        { line: 3, message: "pool pool-y is not in Sightline: describe it with a pool line (its assigned agents and Cloud PCs)" },
      ],
    });
    expect(await databaseState()).toEqual(before);
  });

  it("refuses a bad line anywhere in the file and writes none of the good ones", async () => {
    const before = await databaseState();
    const result = await commit([...firstPart, '{"sessionId":"s-1"']);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([{ line: 5, message: expect.stringMatching(/^not valid JSON/) }]);
    expect(await databaseState()).toEqual(before);
  });

  it("commits only what the preview showed: a change in between makes it ask for a new preview", async () => {
    const preview = await importAgentEventLog(tenantId, firstPart.join("\n"), actor, { dryRun: true });
    if (!preview.ok) throw new Error("preview failed");
    await commit(firstPart.slice(0, 2));
    const result = await commit(firstPart, { expectedPlanHash: preview.preview.planHash });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/changed after the preview/);
    expect(await db.agentSessionEvent.count({ where: { session: { tenantId } } })).toBe(1);
  });

  it("rejects an unknown tenant", async () => {
    await expect(importAgentEventLog("no-such-tenant", firstPart.join("\n"), actor, { dryRun: true })).rejects.toThrow("That tenant does not exist.");
  });
});

describe("the Contoso demo's agent records as an event log", () => {
  it("carry every fact the agent rules read: the same verdicts and evidence as the demo snapshot", async () => {
    const demo = TenantSnapshot.parse(buildContosoSnapshot());
    const result = await commit(agentLogLines(demo));
    expect(result.ok).toBe(true);

    const agentVerdicts = (snapshot: TenantSnapshot) =>
      evaluateTenant(snapshot, { now: demoNow })
        .results.filter((r) => r.ruleId.startsWith("AGT-"))
        .map((r) => ({ ruleId: r.ruleId, entityId: r.entityId, status: r.status, evidence: r.evidence, missing: r.missing }))
        .sort((a, b) => `${a.ruleId} ${a.entityId}`.localeCompare(`${b.ruleId} ${b.entityId}`));
    const imported = await loadTenantSnapshot(tenantId);
    const expected = agentVerdicts(demo);
    const expectedFails = contosoExpectations.filter((e) => e.ruleId.startsWith("AGT-")).flatMap((e) => e.fails.map((id) => `${e.ruleId} ${id}`));
    expect(expected.filter((v) => v.status === "fail").map((v) => `${v.ruleId} ${v.entityId}`).sort()).toEqual(expectedFails.sort());
    expect(agentVerdicts(imported)).toEqual(expected);
  });
});

describe("the example in docs/agent-session-events.md", () => {
  it("imports, and its session (risk raised, then access revoked) passes every agent rule", async () => {
    const doc = readFileSync(path.resolve(__dirname, "../../../docs/agent-session-events.md"), "utf8");
    const example = doc.split("## Example")[1].split("```")[1].trim();
    const result = await commit(example.split("\n"));
    expect(result.ok && result.preview.counts.agentSessionEvents.new).toBe(9);
    const { results } = evaluateTenant(await loadTenantSnapshot(tenantId), { now: demoNow });
    expect(results.filter((r) => r.ruleId.startsWith("AGT-")).map((r) => [r.ruleId, r.status])).toEqual([
      ["AGT-001", "pass"], ["AGT-002", "pass"], ["AGT-003", "pass"], ["AGT-004", "pass"], ["AGT-005", "pass"], ["AGT-006", "pass"],
    ]);
  });
});
