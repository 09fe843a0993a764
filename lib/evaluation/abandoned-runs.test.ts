import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { failAbandonedRuns } from "./abandoned-runs";
import { abandonedRunError } from "./lock";
import { getLatestRun, getRunningRun, listRuns } from "./queries";
import { createTenant } from "./test-fixtures";

async function runningRun(tenantId: string, startedAt = new Date()): Promise<string> {
  return (await db.evaluationRun.create({ data: { tenantId, status: "running", stage: "saving", startedAt }, select: { id: true } })).id;
}

const statusOf = async (id: string) => db.evaluationRun.findUnique({ where: { id }, select: { status: true, error: true } });

describe("runs whose process died", () => {
  it("are marked failed when their lock is gone, has run out, or names another run", async () => {
    const tenantId = await createTenant();
    const noLock = await runningRun(tenantId);
    expect(await failAbandonedRuns(tenantId)).toBe(1);
    expect(await statusOf(noLock)).toEqual({ status: "failed", error: abandonedRunError });

    const lapsed = await runningRun(tenantId);
    await db.evaluationLock.create({ data: { tenantId, runId: lapsed, expiresAt: new Date(Date.now() - 1) } });
    expect(await failAbandonedRuns(tenantId)).toBe(1);
    expect(await statusOf(lapsed)).toEqual({ status: "failed", error: abandonedRunError });

    const displaced = await runningRun(tenantId);
    const holder = await runningRun(tenantId);
    await db.evaluationLock.update({ where: { tenantId }, data: { runId: holder, expiresAt: new Date(Date.now() + 60_000) } });
    expect(await failAbandonedRuns(tenantId)).toBe(1);
    expect(await statusOf(displaced)).toEqual({ status: "failed", error: abandonedRunError });
    // The live holder, wherever it runs, is left alone.
    expect(await statusOf(holder)).toEqual({ status: "running", error: null });
    expect(await failAbandonedRuns(tenantId)).toBe(0);
  });

  it("leaves finished runs and other tenants' runs alone", async () => {
    const tenantId = await createTenant();
    const other = await createTenant();
    const done = await db.evaluationRun.create({ data: { tenantId, status: "succeeded", stage: "done" }, select: { id: true } });
    const failed = await db.evaluationRun.create({ data: { tenantId, status: "failed", error: "disk full" }, select: { id: true } });
    const elsewhere = await runningRun(other);
    expect(await failAbandonedRuns(tenantId)).toBe(0);
    expect(await statusOf(done.id)).toEqual({ status: "succeeded", error: null });
    expect(await statusOf(failed.id)).toEqual({ status: "failed", error: "disk full" });
    expect(await statusOf(elsewhere)).toEqual({ status: "running", error: null });
  });

  it("are shown failed, not running, by the overview's queries and the run history", async () => {
    for (const query of [getLatestRun, getRunningRun, (id: string) => listRuns(id, { page: 1, pageSize: 5 })]) {
      const tenantId = await createTenant();
      const dead = await runningRun(tenantId);
      await db.evaluationLock.create({ data: { tenantId, runId: dead, expiresAt: new Date(Date.now() - 1) } });
      await query(tenantId);
      expect(await statusOf(dead)).toEqual({ status: "failed", error: abandonedRunError });
      expect(await getRunningRun(tenantId)).toBeNull();
      expect(await getLatestRun(tenantId)).toMatchObject({ id: dead, status: "failed", error: abandonedRunError, finishedAt: expect.any(Date) });
    }
  });
});
