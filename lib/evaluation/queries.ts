import "server-only";
import { db, type Prisma } from "@/lib/db";
import { failAbandonedRuns } from "./abandoned-runs";
import type { RunCounts } from "./counts";

const runSelect = {
  id: true,
  tenantId: true,
  status: true,
  stage: true,
  startedAt: true,
  finishedAt: true,
  durationMs: true,
  startedById: true,
  startedByName: true,
  score: true,
  countsJson: true,
  newCount: true,
  resolvedCount: true,
  openCount: true,
  acceptedCount: true,
  unknownCount: true,
  entityCount: true,
  error: true,
} satisfies Prisma.EvaluationRunSelect;

type RunRow = Prisma.EvaluationRunGetPayload<{ select: typeof runSelect }>;
export type EvaluationRunView = Omit<RunRow, "countsJson"> & { counts: RunCounts | null };

function toView({ countsJson, ...run }: RunRow): EvaluationRunView {
  return { ...run, counts: countsJson ? (JSON.parse(countsJson) as RunCounts) : null };
}

/**
 * The tenant's most recent run, whatever its status (a failed run is news too). A run whose process
 * died is marked failed first, so it is not shown as running for ever.
 */
export async function getLatestRun(tenantId: string): Promise<EvaluationRunView | null> {
  await failAbandonedRuns(tenantId);
  const run = await db.evaluationRun.findFirst({ where: { tenantId }, orderBy: { startedAt: "desc" }, select: runSelect });
  return run ? toView(run) : null;
}

/** The run in progress, if any: the live lock's holder (what the overview polls while a run is on). */
export async function getRunningRun(tenantId: string): Promise<EvaluationRunView | null> {
  await failAbandonedRuns(tenantId);
  const lock = await db.evaluationLock.findUnique({ where: { tenantId }, select: { runId: true, expiresAt: true } });
  if (!lock || lock.expiresAt <= new Date()) return null;
  const run = await db.evaluationRun.findFirst({ where: { id: lock.runId, status: "running" }, select: runSelect });
  return run ? toView(run) : null;
}

/** The run history, newest first; paging happens in the database. countsJson is left out of the list. */
export async function listRuns(tenantId: string, { page, pageSize }: { page: number; pageSize: number }) {
  await failAbandonedRuns(tenantId);
  const { countsJson: _counts, ...listSelect } = runSelect;
  const where = { tenantId } satisfies Prisma.EvaluationRunWhereInput;
  const [items, total] = await Promise.all([
    db.evaluationRun.findMany({ where, orderBy: { startedAt: "desc" }, skip: (page - 1) * pageSize, take: pageSize, select: listSelect }),
    db.evaluationRun.count({ where }),
  ]);
  return { items, total };
}

const diffFindingSelect = {
  id: true,
  ruleId: true,
  entityType: true,
  entityId: true,
  entityName: true,
  severity: true,
  stalls: true,
  phase: true,
  verdict: true,
  status: true,
} satisfies Prisma.FindingSelect;

export type DiffFinding = Prisma.FindingGetPayload<{ select: typeof diffFindingSelect }>;
export const runChangeKinds = ["new", "resolved", "reopened", "expired"] as const;
export type RunChangeKind = (typeof runChangeKinds)[number];

export interface RunDiff {
  runId: string;
  tenantId: string;
  /** How many findings each change touched, even where the lists below are cut at `limit`. */
  totals: Record<RunChangeKind, number>;
  findings: Record<RunChangeKind, DiffFinding[]>;
}

/**
 * What a run changed: new, resolved, reopened and expired findings (each list cut at `limit`).
 *
 * The totals come from the run's own counts, written in the same transaction as its RunChange rows
 * (a run without counts, still running or failed, falls back to counting the rows), and a kind the run
 * did not touch is not queried: once the planner's statistics were gathered on a single run's changes,
 * SQLite scanned every RunChange row for each list, 50-120 ms per overview on a 100k Cloud PC tenant.
 */
export async function getRunDiff(runId: string, { limit = 200 }: { limit?: number } = {}): Promise<RunDiff | null> {
  const run = await db.evaluationRun.findUnique({ where: { id: runId }, select: { id: true, tenantId: true, countsJson: true } });
  if (!run) return null;
  const totals = Object.fromEntries(runChangeKinds.map((kind) => [kind, 0])) as Record<RunChangeKind, number>;
  const counts = run.countsJson ? (JSON.parse(run.countsJson) as Partial<RunCounts>) : null;
  if (counts && runChangeKinds.every((kind) => typeof counts[kind] === "number")) {
    for (const kind of runChangeKinds) totals[kind] = counts[kind] as number;
  } else {
    const grouped = await db.runChange.groupBy({ by: ["change"], where: { runId }, _count: { _all: true } });
    for (const group of grouped) if (group.change in totals) totals[group.change as RunChangeKind] = group._count._all;
  }
  const lists = await Promise.all(
    runChangeKinds.map((change) =>
      totals[change] === 0
        ? []
        : db.runChange.findMany({
            where: { runId, change },
            orderBy: [{ finding: { ruleId: "asc" } }, { finding: { entityName: "asc" } }],
            take: limit,
            select: { finding: { select: diffFindingSelect } },
          }),
    ),
  );
  const findings = Object.fromEntries(runChangeKinds.map((kind, i) => [kind, lists[i].map((row) => row.finding)])) as Record<RunChangeKind, DiffFinding[]>;
  return { runId: run.id, tenantId: run.tenantId, totals, findings };
}
