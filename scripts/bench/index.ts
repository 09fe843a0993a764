/**
 * `npm run bench`: Sightline at tenant scale. For each size, a synthetic tenant (every rule failing
 * somewhere) in a SQLite file of its own under data/bench/, then the figures of the performance issue:
 * (a) the rule engine alone, (b) a full evaluation run, (c) the raw read it is compared with,
 * (d) the findings CSV export through the real route with the server's memory, (e) a Graph import of
 * cloudPC records through the real import code, (f) page latency under 10 concurrent clients.
 *
 *   npm run bench [-- --sizes 10000,100000] [--page-seconds 10] [--import-records N] [--no-build] [--reuse] [--out file.json]
 *
 * Timings are printed, never asserted: the smoke run (scripts/bench/smoke.sh) fails only when a step breaks.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runStep } from "./child";
import { ensureSqliteCli, measureExport, plainExport } from "./export";
import type { ImportFigures } from "./measure-import";
import type { EvaluationFigures, ReadFigures, RunFigures } from "./measure-evaluation";
import { measurePage, type PageFigures, type PageTarget } from "./pages";
import { benchDbFile, databaseUrl, repoRoot, sizeLabel } from "./paths";
import type { PreparedTenant } from "./prepare-tenant";
import { printReport } from "./report";
import type { BenchResults, SizeFigures } from "./results";
import { findFreePort, hasBuild, startServer } from "./server";
import { signIn } from "./session";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    "page-seconds": { type: "string", default: "10" },
    "import-records": { type: "string" },
    "no-build": { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    out: { type: "string", default: path.join("data", "bench", "results.json") },
  },
});
const sizes = values.sizes.split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--sizes takes whole numbers of Cloud PCs (at least 10): ${values.sizes}`);
const pageSeconds = Number(values["page-seconds"]);
const importRecords = Number(values["import-records"] ?? Math.max(...sizes));

/** Runs a setup command quietly; its output is shown only when it fails. */
function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})\n${result.stdout}\n${result.stderr}`);
}

function machine(): BenchResults["machine"] {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: os.cpus().length,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.versions.node,
    os: `${os.type()} ${os.release()}`,
    loadBefore: os.loadavg(),
    startedAt: new Date().toISOString(),
  };
}

/** The production build the server figures need; built here only when missing (a fresh clone). */
function ensureBuild(): string | null {
  if (hasBuild()) return null;
  if (values["no-build"]) return "no production build in .next (and --no-build)";
  console.log("› No production build in .next: building the app once (next build)…");
  const buildDb = path.join(repoRoot, "data", "bench", "build.db");
  run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: databaseUrl(buildDb) });
  run("npx", ["next", "build"], { DATABASE_URL: databaseUrl(buildDb), NEXT_TELEMETRY_DISABLED: "1" });
  return null;
}

function pageTargets(listed: number): PageTarget[] {
  const lastPage = Math.max(1, Math.ceil(listed / 25));
  return [
    { label: "overview /", path: "/", expect: /Top failing rules/, list: false },
    { label: "findings, first page", path: "/findings", expect: /Export CSV/, list: true },
    { label: `findings, last page (${lastPage.toLocaleString("en-US")})`, path: `/findings?page=${lastPage}`, expect: /Export CSV/, list: true },
    { label: "findings, critical + stalls", path: "/findings?severity=critical&stalls=1", expect: /Export CSV/, list: true },
    { label: "Cloud PCs, first page", path: "/cloud-pcs", expect: /CPC-/, list: true },
  ];
}

async function measureServer(file: string, tenant: PreparedTenant, listed: number, useCli: boolean): Promise<Pick<SizeFigures, "export" | "pages">> {
  const server = await startServer(databaseUrl(file), await findFreePort());
  try {
    const cookie = await signIn(server.baseUrl, tenant.tenantId);
    console.log(`  (d) exporting the findings through ${server.baseUrl}/api/findings/export…`);
    const exported = await measureExport(server, cookie);
    const plain = plainExport(file, tenant.tenantId, useCli);
    const pages: PageFigures[] = [];
    for (const target of pageTargets(listed)) {
      console.log(`  (f) ${target.label}: 10 clients for ${pageSeconds} s…`);
      pages.push(await measurePage(server, target, cookie, pageSeconds));
    }
    return { export: { ...exported, plain }, pages };
  } finally {
    await server.stop();
  }
}

async function measureSize(cloudPcs: number, serverSkipped: string | null, useCli: boolean): Promise<SizeFigures> {
  const file = benchDbFile(cloudPcs);
  console.log(`\n› ${sizeLabel(cloudPcs)} Cloud PCs (${path.relative(repoRoot, file)})`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!values.reuse) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: databaseUrl(file) });
  const env = { DATABASE_URL: databaseUrl(file) };
  const tenant = await runStep<PreparedTenant>("prepare-tenant.ts", ["--cloud-pcs", String(cloudPcs), ...(values.reuse ? ["--reuse"] : [])], { env });
  const read = await runStep<ReadFigures>("measure-evaluation.ts", ["--part", "read", "--tenant", tenant.tenantId, "--file", file], { env });
  const runs = await runStep<RunFigures>("measure-evaluation.ts", ["--part", "runs", "--tenant", tenant.tenantId], { env });
  const evaluation: EvaluationFigures = { ...read, ...runs };
  const databaseMb = fs.statSync(file).size / 1024 / 1024;
  if (serverSkipped) return { cloudPcs, tenant, databaseMb, evaluation, export: null, pages: [], serverSkipped };
  return { cloudPcs, tenant, databaseMb, evaluation, serverSkipped: undefined, ...(await measureServer(file, tenant, evaluation.listedFindings, useCli)) };
}

async function main() {
  const results: BenchResults = { machine: machine(), sizes: [], import: null, pageSeconds };
  console.log(`› Sightline benchmark: ${sizes.map(sizeLabel).join(", ")} Cloud PCs; load average ${results.machine.loadBefore.map((n) => n.toFixed(2)).join(" ")}`);
  const serverSkipped = ensureBuild();
  const useCli = ensureSqliteCli();
  for (const cloudPcs of sizes) results.sizes.push(await measureSize(cloudPcs, serverSkipped, useCli));

  console.log(`\n› (e) Graph import of ${importRecords.toLocaleString("en-US")} cloudPC records`);
  const importDb = benchDbFile(Math.max(...sizes));
  results.import = await runStep<ImportFigures>("measure-import.ts", ["--records", String(importRecords)], { env: { DATABASE_URL: databaseUrl(importDb) } });

  results.machine.loadAfter = os.loadavg();
  results.machine.finishedAt = new Date().toISOString();
  fs.mkdirSync(path.dirname(path.resolve(repoRoot, values.out)), { recursive: true });
  fs.writeFileSync(path.resolve(repoRoot, values.out), JSON.stringify(results, null, 2));
  console.log(`\n${printReport(results)}\n\n(figures also in ${values.out})`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
