import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { abandonedRunError, acquireEvaluationLock, keepEvaluationLock, refreshEvaluationLock, releaseEvaluationLock } from "./lock";
import { createTenant } from "./test-fixtures";

describe("evaluation lock", () => {
  it("lets one run hold a tenant's lock and tells the next who holds it", async () => {
    const tenantId = await createTenant();
    const run = await db.evaluationRun.create({ data: { tenantId, startedByName: "Hal Helpdesk", startedAt: new Date("2026-03-04T05:06:00Z") }, select: { id: true } });
    await acquireEvaluationLock(tenantId, run.id);

    const second = acquireEvaluationLock(tenantId, "another-run");
    await expect(second).rejects.toBeInstanceOf(DomainError);
    await expect(second).rejects.toMatchObject({
      code: "busy",
      message: "An evaluation of this tenant is already running (started by Hal Helpdesk at 2026-03-04 05:06 UTC).",
    });

    // Another tenant is not affected.
    const other = await createTenant();
    await expect(acquireEvaluationLock(other, "other-run")).resolves.toMatchObject({ tookOverRunId: null });

    await releaseEvaluationLock(tenantId, run.id);
    await expect(acquireEvaluationLock(tenantId, "another-run")).resolves.toMatchObject({ runId: "another-run" });
  });

  it("takes over an expired lock and marks the abandoned run failed", async () => {
    const tenantId = await createTenant();
    const stale = await db.evaluationRun.create({ data: { tenantId, status: "running" }, select: { id: true } });
    await db.evaluationLock.create({ data: { tenantId, runId: stale.id, acquiredAt: new Date(Date.now() - 3600_000), expiresAt: new Date(Date.now() - 1000) } });

    const lock = await acquireEvaluationLock(tenantId, "fresh-run");
    expect(lock.tookOverRunId).toBe(stale.id);
    expect(await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true } })).toEqual({ runId: "fresh-run" });
    const abandoned = await db.evaluationRun.findUnique({ where: { id: stale.id }, select: { status: true, error: true } });
    expect(abandoned).toEqual({ status: "failed", error: abandonedRunError });
    expect(abandonedRunError).toMatch(/^The run stopped without finishing/);
  });

  it("lets only one of two runs take over the same expired lock", async () => {
    const tenantId = await createTenant();
    await db.evaluationLock.create({ data: { tenantId, runId: "dead", expiresAt: new Date(Date.now() - 1000) } });
    const outcomes = await Promise.allSettled([acquireEvaluationLock(tenantId, "a"), acquireEvaluationLock(tenantId, "b")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "busy" } });
  });

  it("refreshes and releases only the holder's own lock", async () => {
    const tenantId = await createTenant();
    await acquireEvaluationLock(tenantId, "mine", 1000);
    expect(await refreshEvaluationLock(tenantId, "not-mine")).toBe(false);
    expect(await refreshEvaluationLock(tenantId, "mine")).toBe(true);
    const lock = await db.evaluationLock.findUnique({ where: { tenantId }, select: { expiresAt: true } });
    expect(lock!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 60_000);
    await releaseEvaluationLock(tenantId, "not-mine");
    expect(await db.evaluationLock.count({ where: { tenantId } })).toBe(1);
    await releaseEvaluationLock(tenantId, "mine");
    expect(await db.evaluationLock.count({ where: { tenantId } })).toBe(0);
  });

  it("does not renew a lease that has run out: another instance may already have acted on it", async () => {
    const tenantId = await createTenant();
    await db.evaluationLock.create({ data: { tenantId, runId: "late", expiresAt: new Date(Date.now() - 1) } });
    expect(await refreshEvaluationLock(tenantId, "late")).toBe(false);
    expect((await db.evaluationLock.findUnique({ where: { tenantId }, select: { expiresAt: true } }))!.expiresAt.getTime()).toBeLessThan(Date.now());
  });

  it("keeps a lease alive past its length while the heartbeat runs, and lets it run out once stopped", async () => {
    const tenantId = await createTenant();
    const leaseMs = 600;
    await acquireEvaluationLock(tenantId, "alive", leaseMs);
    const expiresAt = async () => (await db.evaluationLock.findUnique({ where: { tenantId }, select: { expiresAt: true } }))!.expiresAt.getTime();
    const first = await expiresAt();

    const heartbeat = keepEvaluationLock(tenantId, "alive", leaseMs);
    // Past the end of the lease it was acquired with, the lock is still live.
    await vi.waitFor(
      async () => {
        expect(Date.now()).toBeGreaterThan(first);
        expect(await expiresAt()).toBeGreaterThan(Date.now());
      },
      { timeout: 10_000, interval: 50 },
    );
    await heartbeat.stop();
    expect(heartbeat.lost).toBe(false);

    const last = await expiresAt();
    await new Promise((resolve) => setTimeout(resolve, leaseMs));
    expect(await expiresAt()).toBe(last);
  });

  it("tells the run when a heartbeat finds its lock taken over", async () => {
    const tenantId = await createTenant();
    await acquireEvaluationLock(tenantId, "slow", 300);
    await db.evaluationLock.update({ where: { tenantId }, data: { runId: "newcomer" } });
    const heartbeat = keepEvaluationLock(tenantId, "slow", 300);
    await vi.waitFor(() => expect(heartbeat.lost).toBe(true), { timeout: 10_000, interval: 20 });
    await heartbeat.stop();
    expect(await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true } })).toEqual({ runId: "newcomer" });
  });
});
