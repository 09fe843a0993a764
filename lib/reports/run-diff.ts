import "server-only";
import type { CsvColumn } from "@/lib/csv/stream";
import { inBatches } from "@/lib/csv/stream";
import { db } from "@/lib/db";
import { getRule } from "@/lib/rules/catalog";

/**
 * The run diff report: every finding an evaluation run changed (new, resolved, reopened, expired),
 * the lists the overview shows cut at 200, here whole and streamed.
 */
export async function findRun(tenantId: string, runId: string | undefined) {
  return db.evaluationRun.findFirst({
    where: { tenantId, ...(runId ? { id: runId } : { status: "succeeded" }) },
    orderBy: { startedAt: "desc" },
    select: { id: true, startedAt: true, status: true },
  });
}

const changeSelect = {
  id: true,
  change: true,
  finding: { select: { ruleId: true, severity: true, stalls: true, phase: true, entityType: true, entityId: true, entityName: true, verdict: true, status: true } },
} as const;

type RunChangeRow = Awaited<ReturnType<typeof fetchChanges>>[number];

function fetchChanges(runId: string, after: string | null, take: number) {
  return db.runChange.findMany({ where: { runId, ...(after ? { id: { gt: after } } : {}) }, select: changeSelect, orderBy: { id: "asc" }, take });
}

export function runDiffRows(runId: string): AsyncIterable<RunChangeRow> {
  return inBatches((after, take) => fetchChanges(runId, after, take), 2000);
}

export const runDiffColumns: CsvColumn<RunChangeRow>[] = [
  { header: "change", value: (r) => r.change },
  { header: "ruleId", value: (r) => r.finding.ruleId },
  { header: "title", value: (r) => getRule(r.finding.ruleId)?.title ?? "" },
  { header: "severity", value: (r) => r.finding.severity },
  { header: "stallsSignIn", value: (r) => r.finding.stalls },
  { header: "phase", value: (r) => r.finding.phase },
  { header: "entityType", value: (r) => r.finding.entityType },
  { header: "entityId", value: (r) => r.finding.entityId },
  { header: "entityName", value: (r) => r.finding.entityName },
  { header: "verdict", value: (r) => r.finding.verdict },
  { header: "statusNow", value: (r) => r.finding.status },
];
