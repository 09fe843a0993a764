/**
 * Bench step: figures (a), (b) and (c) for one tenant of the database of DATABASE_URL, in two parts,
 * each in a process of its own (`--part read` then `--part runs`): a run is measured on a fresh heap,
 * as in a server that has not just held another copy of the tenant and 760k rule results.
 *   (c) the raw read of the tenant's rows with the plain driver (the fastest of 3, after a warm-up read:
 *       a floor, so noise from other work on the machine cannot flatter the ratio (b)/(c));
 *   (a) the rule engine alone on the in-memory model (median of 3);
 *   (b) runEvaluation, the app's full run: first on a tenant with no findings (every finding is new),
 *       then again on the same data (every finding is still there: the steady state of a daily run).
 */
import { parseArgs } from "node:util";
import { databaseKind, db } from "../../lib/db";
import { env } from "../../lib/env";
import { runEvaluation, type EvaluationStage } from "../../lib/evaluation/run-evaluation";
import { evaluateTenant } from "../../lib/rules/engine";
import { loadTenantSnapshot } from "../../lib/tenant-data/load-snapshot";
import { reportResult } from "./child";
import { loadedTables, rawReadTenant } from "./raw-read";
import { timed } from "./stats";

export interface EvaluationRunFigures {
  ms: number;
  /** Wall time per stage as runEvaluation reports them (loading, evaluating, saving). */
  stages: Partial<Record<EvaluationStage, number>>;
  newFindings: number;
  openFindings: number;
}

export interface ReadFigures {
  rawRead: { ms: number; rows: number; rowsByTable: Record<string, number> };
  load: { ms: number };
  engine: { ms: number; results: number; failing: number; unknown: number; rulesFailing: number };
}

export interface RunFigures {
  firstRun: EvaluationRunFigures;
  repeatRun: EvaluationRunFigures;
  /** Findings the findings page lists by default (open and accepted). */
  listedFindings: number;
  /** Peak RSS of the process that ran the evaluations. */
  peakRssMb: number;
}

export type EvaluationFigures = ReadFigures & RunFigures;

const actor = { id: "bench", name: "Benchmark", email: "bench@sightline.test", role: "admin" as const };

async function measuredRun(tenantId: string): Promise<EvaluationRunFigures> {
  const stages: Partial<Record<EvaluationStage, number>> = {};
  let stage: EvaluationStage | null = null;
  let stageStarted = 0;
  const started = performance.now();
  const summary = await runEvaluation({
    tenantId,
    actor,
    onProgress: (next) => {
      const now = performance.now();
      if (stage) stages[stage] = now - stageStarted;
      stage = next;
      stageStarted = now;
    },
  });
  return { ms: performance.now() - started, stages, newFindings: summary.counts.new, openFindings: summary.counts.open };
}

/** (c), then (a) on the snapshot the app's loader builds. */
async function measureRead(tenantId: string): Promise<ReadFigures> {
  await rawReadTenant(env.DATABASE_URL, tenantId); // warm the page cache so (c) and (b) read from the same place
  const raw = await timed(3, () => rawReadTenant(env.DATABASE_URL, tenantId));
  raw.ms = Math.min(...raw.runs);
  console.log(`(c) raw read: ${raw.result.rows.toLocaleString("en-US")} rows in ${raw.ms.toFixed(0)} ms`);

  const load = await timed(1, () => loadTenantSnapshot(tenantId));
  const now = new Date();
  const engine = await timed(3, () => evaluateTenant(load.result, { now }).results);
  const results = engine.result;
  const failing = results.filter((r) => r.status === "fail");
  const engineFigures = {
    ms: engine.ms,
    results: results.length,
    failing: failing.length,
    unknown: results.filter((r) => r.status === "unknown").length,
    rulesFailing: new Set(failing.map((r) => r.ruleId)).size,
  };
  console.log(`(a) engine: ${engineFigures.results.toLocaleString("en-US")} results, ${engineFigures.rulesFailing} rules failing, ${engine.ms.toFixed(0)} ms`);
  return { rawRead: { ms: raw.ms, rows: raw.result.rows, rowsByTable: raw.result.rowsByTable }, load: { ms: load.ms }, engine: engineFigures };
}

/** (b) twice: on a tenant without findings (every finding new), then again on the same data. */
async function measureRuns(tenantId: string): Promise<RunFigures> {
  // A clean slate, so the first run writes every finding, whatever an earlier benchmark left behind.
  await db.evaluationLock.deleteMany({ where: { tenantId } });
  await db.evaluationRun.deleteMany({ where: { tenantId } });
  await db.finding.deleteMany({ where: { tenantId } });
  if (databaseKind === "sqlite") await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  // PostgreSQL: no dead rows left by the deletes, and planner statistics on the new tenant's tables, as
  // autovacuum gives a deployment within a minute of a large snapshot save.
  else await db.$executeRawUnsafe(`VACUUM (ANALYZE) ${[...loadedTables, "Finding", "EvaluationRun", "RunChange"].map((t) => `"${t}"`).join(", ")}`);

  const firstRun = await measuredRun(tenantId);
  console.log(`(b) first run: ${firstRun.newFindings.toLocaleString("en-US")} new findings in ${firstRun.ms.toFixed(0)} ms`);
  const repeatRun = await measuredRun(tenantId);
  console.log(`(b) repeat run: ${repeatRun.ms.toFixed(0)} ms`);
  const listedFindings = await db.finding.count({ where: { tenantId, status: { in: ["open", "accepted"] } } });
  return { firstRun, repeatRun, listedFindings, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

async function main() {
  const { values } = parseArgs({ options: { tenant: { type: "string" }, part: { type: "string" } } });
  const tenantId = values.tenant!;
  if (values.part === "read") reportResult(await measureRead(tenantId));
  else if (values.part === "runs") reportResult(await measureRuns(tenantId));
  else throw new Error("--part read|runs");
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
