import { spawnSync } from "node:child_process";
import BetterSqlite3 from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { databaseKind, db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { saveTenantSnapshot } from "@/lib/tenant-data/save-snapshot";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { buildContosoSnapshot, contosoExpectations } from "@/prisma/demo";
import { loadTenantSnapshot } from "@/lib/tenant-data/load-snapshot";
import { failAbandonedRuns } from "./abandoned-runs";
import { abandonedRunError, acquireEvaluationLock } from "./lock";
import { persistRun } from "./persist-run";
import { runEvaluation, type EvaluationStage } from "./run-evaluation";
import { testActor } from "./test-fixtures";

// persistRun stays real; one test makes it fail after writing, to check the rollback.
vi.mock("./persist-run", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./persist-run")>();
  return { persistRun: vi.fn(actual.persistRun) };
});

async function saveContoso(displayName: string): Promise<string> {
  const snapshot = TenantSnapshot.parse(buildContosoSnapshot());
  snapshot.tenant.displayName = displayName;
  return (await saveTenantSnapshot(snapshot, { mode: "replace" })).tenantId;
}

// The load stays real too; the lease tests hold a run in it for as long as they need.
vi.mock("@/lib/tenant-data/load-snapshot", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/tenant-data/load-snapshot")>();
  return { loadTenantSnapshot: vi.fn(actual.loadTenantSnapshot) };
});

/** Holds the next load until `release` is called; `entered` resolves once the run is in it. */
function holdNextLoad() {
  let release!: () => void;
  let entered!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const inLoad = new Promise<void>((resolve) => (entered = resolve));
  vi.mocked(loadTenantSnapshot).mockImplementationOnce(async (tenantId) => {
    entered();
    await released;
    const actual = await vi.importActual<typeof import("@/lib/tenant-data/load-snapshot")>("@/lib/tenant-data/load-snapshot");
    return actual.loadTenantSnapshot(tenantId);
  });
  return { release, inLoad };
}

describe("runEvaluation of the Contoso demo", () => {
  let tenantId: string;
  beforeAll(async () => {
    tenantId = await saveContoso("Contoso (evaluation test)");
  });

  it("persists findings for many rules, a score and the counts, and reports its stages", async () => {
    const stages: EvaluationStage[] = [];
    const summary = await runEvaluation({ tenantId, actor: testActor, onProgress: (stage) => stages.push(stage) });
    expect(stages).toEqual(["loading", "evaluating", "saving", "done"]);

    const rules = await db.finding.groupBy({ by: ["ruleId"], where: { tenantId, status: "open" } });
    expect(rules.length).toBeGreaterThanOrEqual(15);
    expect(summary.counts.new).toBe(await db.finding.count({ where: { tenantId } }));
    expect(summary.score).not.toBeNull();
    expect(summary.score!).toBeGreaterThanOrEqual(0);
    expect(summary.score!).toBeLessThan(100);

    const run = await db.evaluationRun.findUnique({ where: { id: summary.runId } });
    expect(run).toMatchObject({
      status: "succeeded", stage: "done", startedById: testActor.id, startedByName: testActor.name, score: summary.score,
      newCount: summary.counts.new, openCount: summary.counts.open, unknownCount: summary.counts.unknown, error: null,
    });
    expect(run!.entityCount).toBeGreaterThan(0);
    expect(run!.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(run!.countsJson!)).toEqual(summary.counts);
    expect(await db.runChange.count({ where: { runId: summary.runId, change: "new" } })).toBe(summary.counts.new);
    expect(await db.auditEvent.count({ where: { tenantId, action: "evaluation.completed", entityId: summary.runId } })).toBe(1);
    expect(await db.evaluationLock.count({ where: { tenantId } })).toBe(0);
  });

  it("stores a finding for each failure the demo expects, and none for its passes", async () => {
    const open = await db.finding.findMany({ where: { tenantId, status: "open" }, select: { ruleId: true, entityId: true } });
    const stored = new Set(open.map((f) => `${f.ruleId} ${f.entityId}`));
    for (const { ruleId, fails, passes } of contosoExpectations) {
      for (const entityId of fails) expect(stored, `${ruleId} fails on ${entityId}`).toContain(`${ruleId} ${entityId}`);
      for (const entityId of passes) expect(stored, `${ruleId} passes on ${entityId}`).not.toContain(`${ruleId} ${entityId}`);
    }
  });

  it("finds nothing new on a second run right after", async () => {
    const summary = await runEvaluation({ tenantId, actor: testActor });
    expect(summary.counts).toMatchObject({ new: 0, resolved: 0, reopened: 0, expired: 0 });
    expect(await db.runChange.count({ where: { runId: summary.runId } })).toBe(0);
    expect(await db.finding.count({ where: { tenantId, lastSeenRunId: summary.runId } })).toBe(summary.counts.open + summary.counts.unknown);
  });
});

/** Runs a statement on a connection of its own and waits for it to commit (progress callbacks are synchronous). */
function writeOnAnotherConnection(sql: string) {
  const url = process.env.DATABASE_URL!;
  if (databaseKind === "sqlite") {
    const other = new BetterSqlite3(url.replace(/^file:/, ""), { timeout: 5000 });
    other.prepare(sql).run();
    other.close();
  } else {
    const result = spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  }
}

describe("runEvaluation guards", () => {
  it("runs one evaluation of a tenant at a time: the second is told one is running", async () => {
    const tenantId = await saveContoso("Contoso (concurrency test)");
    // Open pooled connections first (PostgreSQL), so that neither run waits for one and both really overlap.
    await Promise.all(Array.from({ length: 4 }, () => db.tenant.count()));
    const outcomes = await Promise.allSettled([
      runEvaluation({ tenantId, actor: testActor }),
      runEvaluation({ tenantId, actor: { ...testActor, id: "acc-help", name: "Hal Helpdesk", role: "helpdesk" } }),
    ]);
    const fulfilled = outcomes.filter((o) => o.status === "fulfilled");
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason, String(rejected[0].reason)).toBeInstanceOf(DomainError);
    expect(rejected[0].reason).toMatchObject({ code: "busy" });
    // The name comes from the holder's run row, which may not be written yet when the second run asks.
    expect(rejected[0].reason.message).toMatch(/^An evaluation of this tenant is already running \(started by (Ada Admin|another user) at .+ UTC\)\.$/);
    // The refused run leaves no trace: one run row, and the lock is gone.
    expect(await db.evaluationRun.count({ where: { tenantId } })).toBe(1);
    expect(await db.evaluationLock.count({ where: { tenantId } })).toBe(0);
  });

  it("takes over a stale lock left by a crashed run", async () => {
    const tenantId = await saveContoso("Contoso (stale lock test)");
    const crashed = await db.evaluationRun.create({ data: { tenantId, status: "running", stage: "saving" }, select: { id: true } });
    await db.evaluationLock.create({ data: { tenantId, runId: crashed.id, expiresAt: new Date(Date.now() - 60_000) } });
    const summary = await runEvaluation({ tenantId, actor: testActor });
    expect(summary.counts.new).toBeGreaterThan(0);
    expect(await db.evaluationRun.findUnique({ where: { id: crashed.id }, select: { status: true, error: true } })).toEqual({ status: "failed", error: abandonedRunError });
  });

  it("marks a dead run whose lock is already gone failed when the next run starts", async () => {
    const tenantId = await saveContoso("Contoso (lockless dead run test)");
    const crashed = await db.evaluationRun.create({ data: { tenantId, status: "running", stage: "evaluating" }, select: { id: true } });
    await runEvaluation({ tenantId, actor: testActor });
    expect(await db.evaluationRun.findUnique({ where: { id: crashed.id }, select: { status: true, error: true } })).toEqual({ status: "failed", error: abandonedRunError });
  });

  it("keeps a live run's lease for as long as it works: sweeps over several lease lengths leave it running", async () => {
    const tenantId = await saveContoso("Contoso (lease test)");
    const leaseMs = 1_500;
    const load = holdNextLoad();
    const run = runEvaluation({ tenantId, actor: testActor, leaseMs });
    await load.inLoad;
    const started = Date.now();
    let sweeps = 0;
    // What another instance does on each overview request while this run works.
    while (Date.now() - started < 3 * leaseMs) {
      expect(await failAbandonedRuns(tenantId)).toBe(0);
      sweeps++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(sweeps).toBeGreaterThan(3);
    expect(await db.evaluationRun.count({ where: { tenantId, status: "running" } })).toBe(1);
    await expect(acquireEvaluationLock(tenantId, "another-instance")).rejects.toMatchObject({ code: "busy" });
    load.release();
    const summary = await run;
    expect(await db.evaluationRun.findUnique({ where: { id: summary.runId }, select: { status: true } })).toEqual({ status: "succeeded" });
    expect(await db.evaluationLock.count({ where: { tenantId } })).toBe(0);
  });

  it("saves nothing once another instance has taken its lapsed lock over", async () => {
    const tenantId = await saveContoso("Contoso (lost lock test)");
    const load = holdNextLoad();
    const run = runEvaluation({ tenantId, actor: testActor });
    await load.inLoad;
    // As if this process had stopped answering for longer than its lease.
    await db.evaluationLock.update({ where: { tenantId }, data: { expiresAt: new Date(Date.now() - 1) } });
    const other = await acquireEvaluationLock(tenantId, "other-instance");
    expect(other.tookOverRunId).not.toBeNull();
    load.release();
    await expect(run).rejects.toThrow(/lost its lock/);

    expect(await db.finding.count({ where: { tenantId } })).toBe(0);
    expect(await db.evaluationRun.findMany({ where: { tenantId }, select: { status: true } })).toEqual([{ status: "failed" }]);
    // The other instance's lock is not released by the run that lost it.
    expect(await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true } })).toEqual({ runId: "other-instance" });
  });

  it("rolls back the findings of a run whose save throws, and marks the run failed", async () => {
    const tenantId = await saveContoso("Contoso (failure test)");
    vi.mocked(persistRun).mockImplementationOnce(async (tx, connection, input) => {
      const actual = await vi.importActual<typeof import("./persist-run")>("./persist-run");
      await actual.persistRun(tx, connection, input);
      expect(await tx.finding.count({ where: { tenantId } })).toBeGreaterThan(0);
      throw new Error("disk full");
    });
    await expect(runEvaluation({ tenantId, actor: testActor })).rejects.toThrow("disk full");

    expect(await db.finding.count({ where: { tenantId } })).toBe(0);
    expect(await db.runChange.count({ where: { run: { tenantId } } })).toBe(0);
    const runs = await db.evaluationRun.findMany({ where: { tenantId }, select: { status: true, error: true, stage: true, finishedAt: true } });
    expect(runs).toEqual([{ status: "failed", error: "disk full", stage: "saving", finishedAt: expect.any(Date) }]);
    expect(await db.auditEvent.count({ where: { tenantId, action: "evaluation.failed" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { tenantId, action: "evaluation.completed" } })).toBe(0);
    expect(await db.evaluationLock.count({ where: { tenantId } })).toBe(0);

    // The next run starts from a clean slate.
    const next = await runEvaluation({ tenantId, actor: testActor });
    expect(next.counts.new).toBeGreaterThan(0);
  });

  it("checks its lock again in the save's transaction, and saves nothing when it is no longer the holder", async () => {
    const tenantId = await saveContoso("Contoso (lock in the save test)");
    const run = runEvaluation({
      tenantId,
      actor: testActor,
      // Between the last renewal and the save: another instance takes the lock (on a connection of its own).
      onProgress: (stage) => {
        if (stage !== "saving") return;
        writeOnAnotherConnection(`UPDATE "EvaluationLock" SET "runId" = 'other-instance' WHERE "tenantId" = '${tenantId}'`);
      },
    });
    await expect(run).rejects.toThrow(/lost its lock/);
    expect(await db.finding.count({ where: { tenantId } })).toBe(0);
    expect(await db.evaluationRun.findMany({ where: { tenantId }, select: { status: true, stage: true } })).toEqual([{ status: "failed", stage: "saving" }]);
    expect(await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true } })).toEqual({ runId: "other-instance" });
  });

  it("refuses a tenant that does not exist", async () => {
    await expect(runEvaluation({ tenantId: "missing", actor: testActor })).rejects.toMatchObject({ code: "not_found" });
  });
});
