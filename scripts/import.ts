/**
 * Imports Microsoft Graph exports, CSV files or an agent session event log into a tenant, as the
 * Import page does (docs/import.md).
 *   npm run import -- --tenant <name> <files...> [--dry-run] [--yes] [--remove-missing]
 *                     [--collection <collection>] [--service-principal <windows-cloud-login|microsoft-remote-desktop>] [--evaluate]
 * It shows the preview first; at a terminal it asks before writing (--yes does not ask). The commit
 * is one transaction and goes ahead only if it writes what the preview showed.
 * Exit codes: 0 done, 1 bad usage, an unknown tenant or a refused file (nothing written).
 */
import { readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { runEvaluation } from "../lib/evaluation/run-evaluation";
import { formatIssue, importFiles, importLimits, megabytes, type ImportResult, type UploadFile } from "../lib/import";
import { removableLabels } from "../lib/import/summaries";
import { FileHint, importCollections, rdpServicePrincipals } from "../lib/validations/import";

const usage = [
  "usage: npm run import -- --tenant <name> <files...> [--dry-run] [--yes] [--remove-missing] [--evaluate]",
  `         [--collection ${importCollections.join("|")}]`,
  `         [--service-principal ${rdpServicePrincipals.map((sp) => sp.slug).join("|")}]`,
].join("\n");

class CliError extends Error {}

function readOptions(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        tenant: { type: "string" },
        "dry-run": { type: "boolean" },
        yes: { type: "boolean", short: "y" },
        "remove-missing": { type: "boolean" },
        evaluate: { type: "boolean" },
        collection: { type: "string" },
        "service-principal": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0 || !values.tenant) throw new CliError(usage);
  const sp = values["service-principal"];
  const appId = sp === undefined ? undefined : rdpServicePrincipals.find((p) => p.slug === sp.toLowerCase() || p.appId === sp.toLowerCase())?.appId;
  if (sp !== undefined && !appId) throw new CliError(`unknown service principal "${sp}"\n${usage}`);
  const hint = FileHint.safeParse({ collection: values.collection, servicePrincipalAppId: appId });
  if (!hint.success) throw new CliError(`unknown collection "${values.collection}"\n${usage}`);
  return {
    tenant: values.tenant,
    files: positionals,
    hint: hint.data,
    dryRun: values["dry-run"] ?? false,
    yes: values.yes ?? false,
    removeMissing: values["remove-missing"] ?? false,
    evaluate: values.evaluate ?? false,
  };
}

/** Reads the files after checking their sizes, so an oversized upload is refused before it is read. */
function readUploads(files: string[], hint: FileHint): UploadFile[] {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
    }
  }
  if (total > importLimits.maxUploadBytes) throw new CliError(`the files add up to ${megabytes(total)}, more than the ${megabytes(importLimits.maxUploadBytes)} an import takes`);
  return files.map((file) => ({ name: path.basename(file), bytes: readFileSync(file), hint }));
}

function print(result: ImportResult): void {
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    for (const issue of result.issues) process.stderr.write(`  ${formatIssue(issue)}\n`);
    if (result.issueCount > result.issues.length) process.stderr.write(`  ... and ${result.issueCount - result.issues.length} more\n`);
    return;
  }
  const { preview } = result;
  for (const file of preview.files) {
    const what = file.format === "agentEventLog" ? "agent session event log" : `${file.collection} (${file.format === "csv" ? "CSV" : "Graph"})`;
    const unit = file.format === "csv" ? "row" : file.format === "agentEventLog" ? "line" : "object";
    process.stdout.write(`  ${file.file}: ${what}, ${file.items} ${unit}${file.items === 1 ? "" : "s"}${file.partial ? ", more pages follow (@odata.nextLink)" : ""}\n`);
  }
  process.stdout.write(`${result.committed ? "Imported into" : "Would import into"} ${preview.tenantName}:\n`);
  const width = Math.max(...preview.entities.map((e) => e.label.length), 10);
  process.stdout.write(`  ${"".padEnd(width)}  ${"new".padStart(7)}  ${"changed".padStart(7)}  ${"removed".padStart(7)}  ${"unchanged".padStart(9)}\n`);
  for (const e of preview.entities) {
    process.stdout.write(`  ${e.label.padEnd(width)}  ${String(e.new).padStart(7)}  ${String(e.changed).padStart(7)}  ${String(e.removed).padStart(7)}  ${String(e.unchanged).padStart(9)}\n`);
    for (const s of e.samples) process.stdout.write(`    ${s.change.padEnd(7)} ${s.name || s.id}${s.fields.length ? `: ${s.fields.join(", ")}` : ""}\n`);
  }
  if (preview.completeCollections.length > 0 && !preview.removeMissing) {
    const names = preview.completeCollections.map((c) => removableLabels[c]).join(", ");
    process.stdout.write(`Complete collections in these files: ${names}. Add --remove-missing to remove what they no longer list.\n`);
  }
}

async function ask(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  const uploads = readUploads(options.files, options.hint);
  const tenant = await db.tenant.findUnique({ where: { displayName: options.tenant }, select: { id: true, displayName: true } });
  if (!tenant) {
    const names = (await db.tenant.findMany({ select: { displayName: true }, orderBy: { displayName: "asc" } })).map((t) => t.displayName);
    throw new CliError(`no tenant named "${options.tenant}"${names.length ? `; tenants: ${names.join(", ")}` : ""}`);
  }
  const actor = { email: `cli (${os.userInfo().username})`, role: "admin" };
  const preview = await importFiles(tenant.id, uploads, actor, { dryRun: true, removeMissing: options.removeMissing });
  print(preview);
  if (!preview.ok) return 1;
  if (options.dryRun) {
    process.stdout.write("Dry run: nothing was written.\n");
    return 0;
  }
  if (!preview.preview.changes) {
    process.stdout.write("Nothing to change.\n");
    return 0;
  }
  if (process.stdin.isTTY && !options.yes && !(await ask("Write these changes?"))) {
    process.stdout.write("Nothing was written.\n");
    return 0;
  }
  const result = await importFiles(tenant.id, uploads, actor, { dryRun: false, removeMissing: options.removeMissing, expectedPlanHash: preview.preview.planHash });
  if (!result.ok) {
    print(result);
    return 1;
  }
  process.stdout.write(`Imported into ${tenant.displayName} in one transaction.\n`);

  const evaluate = options.evaluate || (process.stdin.isTTY && !options.yes ? await ask(`Evaluate ${tenant.displayName} now, so findings reflect the import?`) : false);
  if (!evaluate) {
    process.stdout.write(`Findings still come from the last evaluation. Evaluate with "Run evaluation" on the overview, or import again with --evaluate.\n`);
    return 0;
  }
  const summary = await runEvaluation({ tenantId: tenant.id, actor: { id: "cli", name: `CLI (${os.userInfo().username})`, email: "", role: "admin" } });
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
