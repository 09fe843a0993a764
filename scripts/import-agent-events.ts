/**
 * Imports an agent session event log (JSON Lines, docs/agent-session-events.md) into a tenant.
 *   npm run import:agent-events -- --tenant <name> <file.jsonl> [--dry-run] [--evaluate]
 * --dry-run shows what would change and writes nothing; --evaluate runs an evaluation after the import.
 * Exit codes: 0 done, 1 bad usage, an unknown tenant or a refused file (nothing written).
 */
import { statSync, readFileSync } from "node:fs";
import os from "node:os";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { runEvaluation } from "../lib/evaluation/run-evaluation";
import { importAgentEventLog, importEntities, MAX_LOG_BYTES, type AgentEventImportResult } from "../lib/import/agent-events";

const usage = "usage: npm run import:agent-events -- --tenant <name> <file.jsonl> [--dry-run] [--evaluate]";

class CliError extends Error {}

function readOptions(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { tenant: { type: "string" }, "dry-run": { type: "boolean" }, evaluate: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1 || !values.tenant) throw new CliError(usage);
  return { tenant: values.tenant, file: positionals[0], dryRun: values["dry-run"] ?? false, evaluate: values.evaluate ?? false };
}

function readLog(file: string): string {
  try {
    if (statSync(file).size > MAX_LOG_BYTES) throw new CliError(`${file} is larger than ${MAX_LOG_BYTES / 1_000_000} MB`);
    return readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

const entityNames: Record<(typeof importEntities)[number], string> = {
  agentIdentities: "Agent identities",
  agentPools: "Agent pools",
  cloudPcs: "Cloud PCs (pool membership)",
  agentSessions: "Agent sessions",
  agentSessionEvents: "Agent session events",
};

function printResult(file: string, result: AgentEventImportResult): void {
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    for (const error of result.errors) process.stderr.write(`  ${file}${error.line === null ? "" : `:${error.line}`}: ${error.message}\n`);
    if (result.errorCount > result.errors.length) process.stderr.write(`  ... and ${result.errorCount - result.errors.length} more\n`);
    return;
  }
  const { preview } = result;
  const verb = result.committed ? "Imported into" : "Dry run, nothing written. Would import into";
  process.stdout.write(`${verb} ${preview.tenantName}:\n`);
  const width = Math.max(...Object.values(entityNames).map((name) => name.length));
  process.stdout.write(`  ${"".padEnd(width)}  ${"new".padStart(7)}  ${"changed".padStart(7)}  ${"unchanged".padStart(9)}\n`);
  for (const entity of importEntities) {
    const c = preview.counts[entity];
    process.stdout.write(`  ${entityNames[entity].padEnd(width)}  ${String(c.new).padStart(7)}  ${String(c.changed).padStart(7)}  ${String(c.unchanged).padStart(9)}\n`);
  }
  for (const s of preview.samples.sessions) {
    process.stdout.write(`  ${s.change.padEnd(7)} session ${s.sessionId} (agent ${s.agentId}, started ${s.startedAt}, ${s.newEvents} new and ${s.changedEvents} changed events)\n`);
  }
}

async function askToEvaluate(tenantName: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(`Evaluate ${tenantName} now, so findings include the imported sessions? [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  const text = readLog(options.file);
  const tenant = await db.tenant.findUnique({ where: { displayName: options.tenant }, select: { id: true, displayName: true } });
  if (!tenant) {
    const names = (await db.tenant.findMany({ select: { displayName: true }, orderBy: { displayName: "asc" } })).map((t) => t.displayName);
    throw new CliError(`no tenant named "${options.tenant}"${names.length ? `; tenants: ${names.join(", ")}` : ""}`);
  }
  const user = os.userInfo().username;
  const result = await importAgentEventLog(tenant.id, text, { email: `cli (${user})`, role: "admin" }, { dryRun: options.dryRun });
  printResult(options.file, result);
  if (!result.ok) return 1;
  if (options.dryRun || (!result.preview.changes && !options.evaluate)) return 0;

  const evaluate = options.evaluate || (process.stdin.isTTY ? await askToEvaluate(tenant.displayName) : false);
  if (!evaluate) {
    process.stdout.write(`Findings still come from the last evaluation. Evaluate now with "Run evaluation" on the overview, or import with --evaluate.\n`);
    return 0;
  }
  const summary = await runEvaluation({ tenantId: tenant.id, actor: { id: "cli", name: `CLI (${user})`, email: "", role: "admin" } });
  const c = summary.counts;
  process.stdout.write(`Evaluated ${tenant.displayName} in ${(summary.durationMs / 1000).toFixed(1)} s: ${c.new} new, ${c.resolved} resolved, ${c.open} open findings.\n`);
  return 0;
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    if (error instanceof CliError) process.stderr.write(`${error.message}\n`);
    else console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
