import { db } from "@/lib/db";
import { abandonedRunError } from "./lock";

/**
 * Marks failed every "running" run of the tenant that no longer holds a live lock: its process ended
 * (killed, crashed, restarted) before it could record how the run ended. Called where a run starts and
 * where runs are shown, so the overview never shows a dead run as running; there is no timer.
 *
 * A live run always holds the tenant's lock with a lease in the future: the lock is taken before the
 * run's row is written and let go only once the run is finished, and a lease that ran out is never
 * renewed. So the runs are read first and the lock second: a run seen running that is not the lock's
 * live holder a moment later is gone, whichever instance started it.
 */
export async function failAbandonedRuns(tenantId: string): Promise<number> {
  const running = await db.evaluationRun.findMany({ where: { tenantId, status: "running" }, select: { id: true } });
  if (running.length === 0) return 0;
  const now = new Date();
  const lock = await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true, expiresAt: true } });
  const liveRunId = lock && lock.expiresAt > now ? lock.runId : null;
  const abandoned = running.map((run) => run.id).filter((id) => id !== liveRunId);
  if (abandoned.length === 0) return 0;
  const failed = await db.evaluationRun.updateMany({
    where: { id: { in: abandoned }, status: "running" },
    data: { status: "failed", finishedAt: now, error: abandonedRunError },
  });
  return failed.count;
}
