import { beforeAll, describe, expect, it } from "vitest";
import { db, transaction } from "@/lib/db";
import { persistRun } from "./persist-run";
import { getLatestRun, getRunDiff, getRunningRun, listRuns } from "./queries";
import { createTenant, result } from "./test-fixtures";

describe("evaluation queries", () => {
  let tenantId: string;
  const runIds: string[] = [];

  beforeAll(async () => {
    tenantId = await createTenant();
    const batches = [
      [result("JOIN-003", "cloudPc", "pc-1", "fail"), result("JOIN-003", "cloudPc", "pc-2", "fail"), result("SSO-003", "servicePrincipal", "sp", "fail")],
      [result("JOIN-003", "cloudPc", "pc-1", "fail"), result("JOIN-003", "cloudPc", "pc-3", "fail"), result("SSO-003", "servicePrincipal", "sp", "fail")],
      [result("JOIN-003", "cloudPc", "pc-1", "fail"), result("JOIN-003", "cloudPc", "pc-2", "fail"), result("JOIN-003", "cloudPc", "pc-3", "fail")],
    ];
    for (const [i, results] of batches.entries()) {
      const startedAt = new Date(Date.UTC(2026, 0, 1 + i));
      const run = await db.evaluationRun.create({ data: { tenantId, startedAt, startedByName: `Run ${i + 1}` }, select: { id: true } });
      const counts = await transaction((tx, connection) => persistRun(tx, connection, { tenantId, runId: run.id, results, now: startedAt }));
      await db.evaluationRun.update({ where: { id: run.id }, data: { status: "succeeded", stage: "done", countsJson: JSON.stringify(counts), newCount: counts.new } });
      runIds.push(run.id);
    }
  });

  it("returns the latest run with its counts parsed", async () => {
    const latest = await getLatestRun(tenantId);
    expect(latest).toMatchObject({ id: runIds[2], status: "succeeded", startedByName: "Run 3", counts: { reopened: 1, resolved: 1, new: 0 } });
    expect(latest).not.toHaveProperty("countsJson");
    expect(await getLatestRun("no-such-tenant")).toBeNull();
  });

  it("pages the run history in the database, newest first", async () => {
    const first = await listRuns(tenantId, { page: 1, pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((r) => r.id)).toEqual([runIds[2], runIds[1]]);
    const second = await listRuns(tenantId, { page: 2, pageSize: 2 });
    expect(second.items.map((r) => r.id)).toEqual([runIds[0]]);
  });

  it("lists what a run changed", async () => {
    const diff = await getRunDiff(runIds[1]);
    expect(diff?.totals).toEqual({ new: 1, resolved: 1, reopened: 0, expired: 0 });
    expect(diff?.findings.new.map((f) => f.entityId)).toEqual(["pc-3"]);
    expect(diff?.findings.resolved.map((f) => f.entityId)).toEqual(["pc-2"]);

    const third = await getRunDiff(runIds[2], { limit: 1 });
    expect(third?.totals).toMatchObject({ reopened: 1, resolved: 1 });
    expect(third?.findings.reopened).toEqual([expect.objectContaining({ ruleId: "JOIN-003", entityId: "pc-2", status: "open", severity: "critical" })]);
    expect(third?.findings.resolved.map((f) => f.ruleId)).toEqual(["SSO-003"]);
    expect(await getRunDiff("missing")).toBeNull();
  });

  it("counts a run's changes from its rows when the run has no counts", async () => {
    await db.evaluationRun.update({ where: { id: runIds[1] }, data: { countsJson: null } });
    const diff = await getRunDiff(runIds[1]);
    expect(diff?.totals).toEqual({ new: 1, resolved: 1, reopened: 0, expired: 0 });
    expect(diff?.findings.resolved.map((f) => f.entityId)).toEqual(["pc-2"]);
  });

  it("shows a running run only while its lock is live", async () => {
    expect(await getRunningRun(tenantId)).toBeNull();
    // As runEvaluation does it: the lock first, then the run's row.
    await db.evaluationLock.create({ data: { tenantId, runId: "live-run", expiresAt: new Date(Date.now() + 60_000) } });
    await db.evaluationRun.create({ data: { id: "live-run", tenantId, status: "running", stage: "evaluating", startedAt: new Date(Date.UTC(2026, 0, 9)) } });
    expect(await getRunningRun(tenantId)).toMatchObject({ id: "live-run", stage: "evaluating" });
    await db.evaluationLock.update({ where: { tenantId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getRunningRun(tenantId)).toBeNull();
    expect(await getLatestRun(tenantId)).toMatchObject({ id: "live-run", status: "failed" });
  });
});
