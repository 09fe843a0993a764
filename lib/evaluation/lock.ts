import { db } from "@/lib/db";
import { DomainError, prismaErrorCode } from "@/lib/errors";

/**
 * One evaluation per tenant at a time, across processes: the EvaluationLock row (tenantId is its
 * primary key) exists while a run is under way. A crashed process cannot release it, so a lock also
 * expires; the run refreshes it at each stage, and a later run takes an expired lock over.
 */
export const lockTtlMs = 15 * 60_000;

export interface AcquiredLock {
  tenantId: string;
  runId: string;
  /** The run whose expired lock this one took over, marked failed. */
  tookOverRunId: string | null;
}

const formatUtc = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

async function busyError(runId: string, acquiredAt: Date): Promise<DomainError> {
  const run = await db.evaluationRun.findUnique({ where: { id: runId }, select: { startedByName: true, startedAt: true } });
  const who = run?.startedByName ?? "another user";
  return new DomainError("busy", `An evaluation of this tenant is already running (started by ${who} at ${formatUtc(run?.startedAt ?? acquiredAt)}).`);
}

/**
 * Takes the tenant's lock for `runId` or throws DomainError("busy"). Uses the wall clock, not the
 * evaluation's clock: a lock's expiry is about real time passing.
 */
export async function acquireEvaluationLock(tenantId: string, runId: string, ttlMs = lockTtlMs): Promise<AcquiredLock> {
  // Two rounds at most: the holder may release between our failed insert and our read.
  for (let attempt = 0; attempt < 2; attempt++) {
    const now = new Date();
    try {
      await db.evaluationLock.create({ data: { tenantId, runId, acquiredAt: now, expiresAt: new Date(now.getTime() + ttlMs) } });
      return { tenantId, runId, tookOverRunId: null };
    } catch (error) {
      if (prismaErrorCode(error) !== "P2002") throw error;
    }
    const held = await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true, acquiredAt: true, expiresAt: true } });
    if (!held) continue;
    if (held.expiresAt > now) throw await busyError(held.runId, held.acquiredAt);

    // Compare-and-swap on the stale holder's run id, so of two runs taking over the same lock only one
    // wins, and a holder that refreshed its lock meanwhile keeps it.
    const taken = await db.evaluationLock.updateMany({
      where: { tenantId, runId: held.runId, expiresAt: { lte: now } },
      data: { runId, acquiredAt: now, expiresAt: new Date(now.getTime() + ttlMs) },
    });
    if (taken.count === 0) continue;
    await db.evaluationRun.updateMany({
      where: { id: held.runId, status: "running" },
      data: { status: "failed", finishedAt: now, error: "The run stopped without finishing (its process ended); a later run took over its lock." },
    });
    return { tenantId, runId, tookOverRunId: held.runId };
  }
  const held = await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true, acquiredAt: true } });
  throw held ? await busyError(held.runId, held.acquiredAt) : new DomainError("busy", "An evaluation of this tenant is already starting. Try again.");
}

/** Pushes the expiry forward while the run makes progress; false when the lock is no longer ours. */
export async function refreshEvaluationLock(tenantId: string, runId: string, ttlMs = lockTtlMs): Promise<boolean> {
  const result = await db.evaluationLock.updateMany({ where: { tenantId, runId }, data: { expiresAt: new Date(Date.now() + ttlMs) } });
  return result.count === 1;
}

/** Releases the lock if this run still holds it (a run that overran its expiry may have lost it). */
export async function releaseEvaluationLock(tenantId: string, runId: string): Promise<void> {
  await db.evaluationLock.deleteMany({ where: { tenantId, runId } });
}
