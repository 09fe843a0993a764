import crypto from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { evaluateEachRule } from "@/lib/rules/engine";
import { buildTenantIndex } from "@/lib/rules/tenant-index";
import { loadTenantSnapshot } from "@/lib/tenant-data/load-snapshot";
import type { Role } from "@/lib/validations/enums";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import type { RunCounts } from "./counts";
import { failAbandonedRuns } from "./abandoned-runs";
import { acquireEvaluationLock, evaluationLeaseMs, keepEvaluationLock, refreshEvaluationLock, releaseEvaluationLock } from "./lock";
import { persistRun } from "./persist-run";
import { catalogMeta, ResultTally } from "./plan-changes";
import { postureScore } from "./score";

export type EvaluationStage = "loading" | "evaluating" | "saving" | "done";

/** Who started the run (the signed-in viewer, or the CLI's stand-in). */
export interface EvaluationActor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface RunSummary {
  runId: string;
  tenantId: string;
  score: number | null;
  durationMs: number;
  startedAt: Date;
  finishedAt: Date;
  counts: RunCounts;
}

export interface ProgressDetail {
  runId: string;
  message: string;
  /** Rule results to save (from "saving" on). */
  results?: number;
  summary?: RunSummary;
}

export interface RunEvaluationInput {
  tenantId: string;
  actor: EvaluationActor;
  /** The evaluation's clock (rules and exception expiry); the wall clock when absent. */
  now?: Date;
  onProgress?: (stage: EvaluationStage, detail: ProgressDetail) => void;
  /** How long the tenant's lock outlives this run's process should it die (see lock.ts). */
  leaseMs?: number;
}

// Saving 100k findings takes seconds; Prisma's 5 s default would abort a large tenant's first run.
const saveTimeoutMs = 10 * 60_000;
// Another writer (an import, another tenant's evaluation) may hold SQLite's write lock for a while.
const saveMaxWaitMs = 60_000;

/**
 * Evaluates one tenant: lock, load, evaluate, then persist the findings, finish the run and release
 * the lock in one transaction. A failure marks the run failed (outside the rolled-back transaction)
 * and is rethrown; a killed process leaves its run to be marked failed by the next look at the runs.
 * Throws DomainError("busy") when the tenant is already being evaluated.
 */
export async function runEvaluation(input: RunEvaluationInput): Promise<RunSummary> {
  const { tenantId, actor, onProgress, leaseMs = evaluationLeaseMs } = input;
  const startedAt = new Date();
  const started = performance.now();
  const now = input.now ?? startedAt;

  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { displayName: true } });
  if (!tenant) throw new DomainError("not_found", "This tenant no longer exists.");

  // The id is chosen first because the lock names the run that holds it.
  const runId = crypto.randomUUID();
  await acquireEvaluationLock(tenantId, runId, leaseMs);
  const heartbeat = keepEvaluationLock(tenantId, runId, leaseMs);
  let runCreated = false;
  try {
    // We hold the live lock and our run has no row yet: any other run still "running" is dead.
    await failAbandonedRuns(tenantId);
    await db.evaluationRun.create({
      data: { id: runId, tenantId, status: "running", stage: "loading", startedAt, startedById: actor.id, startedByName: actor.name },
    });
    runCreated = true;

    const enter = async (stage: Exclude<EvaluationStage, "done">, message: string, results?: number) => {
      if (heartbeat.lost || !(await refreshEvaluationLock(tenantId, runId, leaseMs))) throw lostLockError();
      await db.evaluationRun.update({ where: { id: runId }, data: { stage }, select: { id: true } });
      onProgress?.(stage, { runId, message, results });
    };

    await enter("loading", `Loading ${tenant.displayName}`);
    let snapshot: TenantSnapshot | null = await loadTenantSnapshot(tenantId);
    await enter("evaluating", "Evaluating the rule catalog");
    // Each rule's results are tallied as soon as the rule is done; only failures and unknowns are kept.
    const results = new ResultTally(catalogMeta);
    evaluateEachRule(buildTenantIndex(snapshot), { now }, (ruleResults) => results.add(ruleResults));
    // A large tenant's snapshot is hundreds of MB: let it go before the findings are written.
    snapshot = null;
    await enter("saving", `Saving ${results.counts.results} rule results`, results.counts.results);
    // A renewal through the shared connection while this process holds the write lock on another would
    // wait for that lock, and stall the process for the busy timeout. Once the transaction holds the
    // write lock, no other instance can take the lock over or fail the run anyway.
    await heartbeat.stop();

    const summary = await transaction(
      async (tx, connection) => {
        // The lock is checked and let go in the transaction that saves the findings: both commit, or
        // neither does and the lease runs out. A lapsed lease may already have been acted on elsewhere.
        const released = await tx.evaluationLock.deleteMany({ where: { tenantId, runId, expiresAt: { gt: new Date() } } });
        if (released.count !== 1) throw lostLockError();
        const counts = await persistRun(tx, connection, { tenantId, runId, results, now });
        const score = postureScore(Object.values(counts.byRule));
        const finishedAt = new Date();
        const durationMs = Math.round(performance.now() - started);
        const finished = await tx.evaluationRun.updateMany({
          where: { id: runId, status: "running" },
          data: {
            status: "succeeded", stage: "done", finishedAt, durationMs, score, countsJson: JSON.stringify(counts),
            newCount: counts.new, resolvedCount: counts.resolved, openCount: counts.open, acceptedCount: counts.accepted,
            unknownCount: counts.unknown, entityCount: counts.entityCount,
          },
        });
        if (finished.count !== 1) throw lostLockError();
        const headline = { score, new: counts.new, resolved: counts.resolved, reopened: counts.reopened, expired: counts.expired, open: counts.open, accepted: counts.accepted, unknown: counts.unknown, durationMs };
        await recordAudit(
          {
            actor, action: "evaluation.completed", tenantId, entityType: "evaluationRun", entityId: runId,
            summary: `Evaluated ${tenant.displayName}: score ${score ?? "n/a"}, ${counts.new} new, ${counts.resolved} resolved, ${counts.open} open`,
            after: headline,
          },
          tx,
        );
        return { runId, tenantId, score, durationMs, startedAt, finishedAt, counts } satisfies RunSummary;
      },
      { timeoutMs: saveTimeoutMs, maxWaitMs: saveMaxWaitMs },
    );
    onProgress?.("done", { runId, message: "Evaluation finished", results: results.counts.results, summary });
    return summary;
  } catch (error) {
    await recordFailure({ tenantId, runId, runCreated, actor, tenantName: tenant.displayName, started, error });
    throw error;
  } finally {
    await heartbeat.stop();
    await releaseEvaluationLock(tenantId, runId);
  }
}

function lostLockError(): Error {
  return new Error("The evaluation lost its lock: its lease ran out (the process stopped answering) and the run was given up.");
}

interface FailureInput {
  tenantId: string;
  runId: string;
  runCreated: boolean;
  actor: EvaluationActor;
  tenantName: string;
  started: number;
  error: unknown;
}

/** Best effort: a failure to record the failure must not hide the error that caused it. */
async function recordFailure({ tenantId, runId, runCreated, actor, tenantName, started, error }: FailureInput): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  try {
    if (runCreated) {
      await db.evaluationRun.update({
        where: { id: runId },
        data: { status: "failed", finishedAt: new Date(), durationMs: Math.round(performance.now() - started), error: message },
        select: { id: true },
      });
    }
    await recordAudit({
      actor, action: "evaluation.failed", tenantId, entityType: "evaluationRun", entityId: runId,
      summary: `Evaluation of ${tenantName} failed: ${message}`,
    });
  } catch (secondary) {
    console.error("[evaluation] could not record the failed run", secondary);
  }
}
