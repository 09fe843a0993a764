import { describe, expect, it } from "vitest";
import { importFiles } from "./import-files";
import { graphFixture } from "./testing/fixtures";
import { createTenant } from "./testing/tenants";

const actor = { email: "admin@sightline.test", role: "admin" };
const event = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({ sessionId: "s-1", agentId: "agent-1", poolId: "pool-1", eventId: "e-1", type: "cloudPcAcquired", at: "2025-11-20T08:00:00Z", cloudPcId: "cpc-1", ...fields });
const header = [
  '{"record":"agent","id":"agent-1","displayName":"Invoice Agent"}',
  '{"record":"pool","id":"pool-1","displayName":"Finance pool","assignedAgentIds":["agent-1"],"cloudPcs":[{"id":"cpc-1","displayName":"CPCA-1"}]}',
];
const log = { name: "sessions.jsonl", bytes: Buffer.from([...header, event()].join("\n") + "\n") };

describe("an agent session event log in the upload", () => {
  it("goes to the agent event importer, with its preview and its commit", async () => {
    const tenantId = await createTenant("Agent log");
    const preview = await importFiles(tenantId, [log], actor, { dryRun: true });
    if (!preview.ok) throw new Error(JSON.stringify(preview.issues));
    expect(preview.preview.files).toEqual([expect.objectContaining({ file: "sessions.jsonl", format: "agentEventLog", items: 3 })]);
    expect(preview.preview.entities.find((e) => e.type === "agentSessions")).toMatchObject({ new: 1, changed: 0 });
    const committed = await importFiles(tenantId, [log], actor, { dryRun: false, expectedPlanHash: preview.preview.planHash });
    expect(committed).toMatchObject({ ok: true, committed: true });
    const again = await importFiles(tenantId, [log], actor, { dryRun: false });
    expect(again).toMatchObject({ ok: true, preview: { changes: false } });
  });

  it("is refused beside other files (it has a transaction of its own)", async () => {
    const tenantId = await createTenant("Agent log mixed");
    const result = await importFiles(tenantId, [log, graphFixture("users-constructed.json")], actor, { dryRun: true });
    expect(result).toMatchObject({ ok: false, issues: [{ file: "sessions.jsonl", message: expect.stringMatching(/imported on its own/) }] });
  });

  it("reports the event importer's bad lines with their numbers", async () => {
    const tenantId = await createTenant("Agent log refused");
    const bad = { name: "bad.jsonl", bytes: Buffer.from(`${event()}\n{not json\n`) };
    const result = await importFiles(tenantId, [bad], actor, { dryRun: true });
    expect(result).toMatchObject({ ok: false, issues: [{ file: "bad.jsonl", location: "line 2" }] });
  });
});
