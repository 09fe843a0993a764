import "server-only";
import { db } from "@/lib/db";

export interface FindingsSource {
  /** The latest evaluation that finished: the violations shown are its findings. */
  run: { id: string; finishedAt: Date } | null;
  /** The tenant's data changed after that run started, so the findings may not cover it yet. */
  stale: boolean;
}

/** Where the violations on the agent pages come from, so a page can say when there are none to show. */
export async function getFindingsSource(tenantId: string): Promise<FindingsSource> {
  const [run, tenant] = await Promise.all([
    db.evaluationRun.findFirst({
      where: { tenantId, status: "succeeded" },
      orderBy: { startedAt: "desc" },
      select: { id: true, startedAt: true, finishedAt: true },
    }),
    db.tenant.findUnique({ where: { id: tenantId }, select: { dataUpdatedAt: true } }),
  ]);
  if (!run) return { run: null, stale: false };
  return { run: { id: run.id, finishedAt: run.finishedAt ?? run.startedAt }, stale: tenant !== null && tenant.dataUpdatedAt > run.startedAt };
}
