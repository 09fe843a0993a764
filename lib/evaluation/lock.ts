import { db } from "@/lib/db";
import { DomainError, prismaErrorCode } from "@/lib/errors";

/**
 * One evaluation per tenant at a time, across processes: the EvaluationLock row (tenantId is its
 * primary key) exists while a run is under way. A killed process cannot release it, so the lock is a
 * lease: the run renews it while it lives (`keepEvaluationLock`), a lease that has run out is gone for
 * good (it is never renewed again), and the next run takes it over. A dead run thus blocks its tenant
 * for one lease at most.
 *
 * The lease must outlast the longest stretch in which a live run cannot renew it: a synchronous rule
 * evaluation (about 6 s at 100k Cloud PCs, BENCHMARKS.md) or a wait for SQLite's write lock (30 s).
 */
export const evaluationLeaseMs = 90_000;

export interface AcquiredLock {
  tenantId: string;
  runId: string;
  /** The run whose lapsed lock this one took over, marked failed. */
  tookOverRunId: string | null;
}

/** What a run that stopped without finishing shows on the overview. */
export const abandonedRunError = "The run stopped without finishing: its process ended (or stopped answering) before the findings were saved. Nothing of it was saved; run the evaluation again.";

const formatUtc = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

async function busyError(runId: string, acquiredAt: Date): Promise<DomainError> {
  const run = await db.evaluationRun.findUnique({ where: { id: runId }, select: { startedByName: true, startedAt: true } });
  const who = run?.startedByName ?? "another user";
  return new DomainError("busy", `An evaluation of this tenant is already running (started by ${who} at ${formatUtc(run?.startedAt ?? acquiredAt)}).`);
}

/**
 * Takes the tenant's lock for `runId` or throws DomainError("busy"). Uses the wall clock, not the
 * evaluation's clock: a lease is about real time passing.
 */
export async function acquireEvaluationLock(tenantId: string, runId: string, leaseMs = evaluationLeaseMs): Promise<AcquiredLock> {
  // Two rounds at most: the holder may release between our failed insert and our read.
  for (let attempt = 0; attempt < 2; attempt++) {
    const now = new Date();
    try {
      await db.evaluationLock.create({ data: { tenantId, runId, acquiredAt: now, expiresAt: new Date(now.getTime() + leaseMs) } });
      return { tenantId, runId, tookOverRunId: null };
    } catch (error) {
      if (prismaErrorCode(error) !== "P2002") throw error;
    }
    const held = await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true, acquiredAt: true, expiresAt: true } });
    if (!held) continue;
    if (held.expiresAt > now) throw await busyError(held.runId, held.acquiredAt);

    // Compare-and-swap on the stale holder's run id, so of two runs taking over the same lock only one wins.
    const taken = await db.evaluationLock.updateMany({
      where: { tenantId, runId: held.runId, expiresAt: { lte: now } },
      data: { runId, acquiredAt: now, expiresAt: new Date(now.getTime() + leaseMs) },
    });
    if (taken.count === 0) continue;
    await db.evaluationRun.updateMany({ where: { id: held.runId, status: "running" }, data: { status: "failed", finishedAt: now, error: abandonedRunError } });
    return { tenantId, runId, tookOverRunId: held.runId };
  }
  const held = await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true, acquiredAt: true } });
  throw held ? await busyError(held.runId, held.acquiredAt) : new DomainError("busy", "An evaluation of this tenant is already starting. Try again.");
}

/**
 * Renews the lease; false when the lock is no longer ours. A lease that has already run out is not
 * renewed: another instance may have seen it lapse and marked the run failed or taken the lock over.
 */
export async function refreshEvaluationLock(tenantId: string, runId: string, leaseMs = evaluationLeaseMs): Promise<boolean> {
  const now = new Date();
  const result = await db.evaluationLock.updateMany({
    where: { tenantId, runId, expiresAt: { gt: now } },
    data: { expiresAt: new Date(now.getTime() + leaseMs) },
  });
  return result.count === 1;
}

/** Releases the lock if this run still holds it (a run that overran its lease may have lost it). */
export async function releaseEvaluationLock(tenantId: string, runId: string): Promise<void> {
  await db.evaluationLock.deleteMany({ where: { tenantId, runId } });
}

export interface LockHeartbeat {
  /** Whether a renewal found the lock gone. */
  readonly lost: boolean;
  /** Stops renewing, once any renewal in flight has finished. */
  stop(): Promise<void>;
}

/**
 * Renews the lease three times per lease while the run is alive. The timer does not keep the process
 * up, and a failed renewal (the database busy) is only logged: the next one may succeed, and the run
 * checks the lock itself at each stage.
 */
export function keepEvaluationLock(tenantId: string, runId: string, leaseMs = evaluationLeaseMs): LockHeartbeat {
  let lost = false;
  let inFlight: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (inFlight || lost) return;
    inFlight = refreshEvaluationLock(tenantId, runId, leaseMs)
      .then((held) => {
        if (!held) lost = true;
      })
      .catch((error: unknown) => console.error("[evaluation] could not renew the lock", error))
      .finally(() => {
        inFlight = null;
      });
  }, Math.max(100, Math.floor(leaseMs / 3)));
  timer.unref();
  return {
    get lost() {
      return lost;
    },
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}
