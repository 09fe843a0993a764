import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { abandonedRunError } from "@/lib/evaluation/lock";
import { killChildren, killWhenFrozen, runChild, startChild, type Child } from "./child-process";
import { checkAfterCrash, createDatabaseFile, query, tableStates } from "./database-file";
import { writeChangedCloudPcPages } from "./graph-files";

const cloudPcs = 3000;
// Short, so the test need not wait long for a killed run's lease to run out; the app's is 90 s.
const leaseMs = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `kill -9` in the middle of an evaluation's save (scripts/crash-recovery/evaluate-tenant.ts runs
 * runEvaluation as the overview does): no finding of the killed run is written, the earlier findings are
 * untouched, and once the dead run's lease has run out a new process evaluates the tenant, marking the
 * dead run failed.
 */
describe("an evaluation killed in the middle of saving its findings", () => {
  const database = createDatabaseFile();
  const env = { DATABASE_URL: database.url };
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "sightline-crash-evaluation-"));
  let tenantId: string;
  const killedRunIds: string[] = [];

  const evaluate = (extra: Record<string, string> = {}): Child => startChild("scripts/crash-recovery/evaluate-tenant.ts", [tenantId, String(leaseMs)], { ...env, ...extra });
  const runsById = (ids: string[]) =>
    query<{ id: string; status: string; stage: string; error: string | null }>(
      database.file,
      `SELECT "id", "status", "stage", "error" FROM "EvaluationRun" WHERE "id" IN (${ids.map(() => "?").join(", ")}) ORDER BY "startedAt"`,
      ...ids,
    );

  /** Waits until the lock a killed run left has run out, reading its expiry from the database. */
  async function waitOutLease(): Promise<void> {
    const [lock] = query<{ expiresAt: string }>(database.file, `SELECT "expiresAt" FROM "EvaluationLock" WHERE "tenantId" = ?`, tenantId);
    if (lock) await sleep(Math.max(0, new Date(lock.expiresAt).getTime() - Date.now()) + 50);
  }

  beforeAll(async () => {
    const prepared = await runChild("scripts/bench/prepare-tenant.ts", ["--cloud-pcs", String(cloudPcs)], env);
    tenantId = (JSON.parse(/^@@bench-result (.*)$/m.exec(prepared)![1]) as { tenantId: string }).tenantId;
    const tenantName = query<{ displayName: string }>(database.file, `SELECT "displayName" FROM "Tenant" WHERE "id" = ?`, tenantId)[0].displayName;
    // A first evaluation, then an import that changes what the rules see: the next run opens and resolves findings.
    await runChild("scripts/crash-recovery/evaluate-tenant.ts", [tenantId, String(leaseMs)], env);
    await runChild("scripts/import.ts", ["--tenant", tenantName, "--yes", ...writeChangedCloudPcPages(filesDir, cloudPcs)], env);
  }, 120_000);
  afterAll(() => {
    killChildren();
    database.remove();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  // The first finding written, the run's changes under way, and the audit row written just before the commit.
  it.each(["Finding:1", "RunChange:1000", "AuditEvent:1"])("writes nothing of the run when killed after the write %s", async (freezeAt) => {
    await waitOutLease();
    const before = tableStates(database.file);
    const child = evaluate({ CRASH_TEST_FREEZE_AT: freezeAt });
    const [, runId] = await child.line(/^@@stage saving (\S+)$/);
    expect(await killWhenFrozen(child)).toBe(freezeAt);
    killedRunIds.push(runId);

    expect(checkAfterCrash(database.file)).toEqual({ integrity: "ok", journalMode: "wal" });
    const after = tableStates(database.file);
    for (const table of ["Finding", "RunChange", "FindingException", "AuditEvent"]) expect(after[table], table).toEqual(before[table]);
    // The run's row and lock were written before the save: the dead run still looks as if it runs, until its lease runs out.
    expect(after.EvaluationRun.rows).toBe(before.EvaluationRun.rows + 1);
    expect(runsById([runId])).toEqual([{ id: runId, status: "running", stage: "saving", error: null }]);
    expect(query(database.file, `SELECT "runId" FROM "EvaluationLock" WHERE "tenantId" = ?`, tenantId)).toEqual([{ runId }]);
  }, 60_000);

  it("then, once the dead run's lease has run out, a new process evaluates the tenant and marks the dead runs failed", async () => {
    await waitOutLease();
    const child = evaluate();
    const [, runId] = await child.line(/^@@stage loading (\S+)$/);
    expect((await child.exited).code).toBe(0);

    expect(checkAfterCrash(database.file)).toEqual({ integrity: "ok", journalMode: "wal" });
    expect(runsById(killedRunIds)).toEqual(killedRunIds.map((id) => ({ id, status: "failed", stage: "saving", error: abandonedRunError })));
    expect(runsById([runId])).toEqual([{ id: runId, status: "succeeded", stage: "done", error: null }]);
    // The finished run's changes are there; none of the killed runs' are.
    const changes = query<{ runId: string; n: number }>(database.file, `SELECT "runId", COUNT(*) AS n FROM "RunChange" GROUP BY 1`);
    expect(changes.find((c) => c.runId === runId)?.n).toBeGreaterThan(1000);
    expect(changes.filter((c) => killedRunIds.includes(c.runId))).toEqual([]);
    const seenByKilled = query(database.file, `SELECT 1 FROM "Finding" WHERE "lastSeenRunId" IN (${killedRunIds.map(() => "?").join(", ")})`, ...killedRunIds);
    expect(seenByKilled).toEqual([]);
    expect(query(database.file, `SELECT "tenantId" FROM "EvaluationLock"`)).toEqual([]);
  }, 60_000);

});
