/**
 * Child process of the evaluation crash-recovery test: evaluates one stored tenant as the overview's
 * "Run evaluation" does, and reports each stage on stdout.
 *   node --import tsx scripts/crash-recovery/evaluate-tenant.ts <tenantId> <leaseMs> [<evaluation clock, ISO 8601>]
 */
import { db } from "../../lib/db";
import { runEvaluation } from "../../lib/evaluation/run-evaluation";

async function main([tenantId, leaseMs, now]: string[]) {
  const summary = await runEvaluation({
    tenantId,
    actor: { id: "crash-test", name: "Crash test", email: "", role: "admin" },
    leaseMs: Number(leaseMs),
    now: now ? new Date(now) : undefined,
    onProgress: (stage, { runId }) => process.stdout.write(`@@stage ${stage} ${runId}\n`),
  });
  process.stdout.write(`@@done ${JSON.stringify({ runId: summary.runId, counts: summary.counts })}\n`);
}

main(process.argv.slice(2))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
