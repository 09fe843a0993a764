/**
 * `npm run bench`: Sightline at tenant scale. For each size, a synthetic tenant (every rule failing
 * somewhere) in a database of its own (a SQLite file under data/bench/, or with --database postgresql a
 * database on the PostgreSQL server of --postgres-url; ./database.ts), then the figures of the performance issue:
 * (a) the rule engine alone, (b) a full evaluation run, (c) the raw read it is compared with,
 * (d) the findings CSV export through the real route with the server's memory, (e) a Graph import of
 * cloudPC records through the real import code, (f) page latency under 10 concurrent clients.
 *
 *   npm run bench [-- --sizes 10000,100000] [--page-seconds 10] [--import-records N] [--no-build] [--reuse] [--out file.json]
 *                 [--database sqlite|postgresql] [--postgres-url postgresql://user:password@host:port]
 *
 * Timings are printed, never asserted: the smoke run (scripts/bench/smoke.sh) fails only when a step breaks.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runStep } from "./child";
import { benchDatabase, defaultPostgresUrl, runQuietly } from "./database";
import { measureExport } from "./export";
import type { ImportFigures } from "./measure-import";
import type { EvaluationFigures, ReadFigures, RunFigures } from "./measure-evaluation";
import { measurePage, type PageFigures, type PageTarget } from "./pages";
import { databaseUrl, repoRoot, sizeLabel } from "./paths";
import { ensurePlainExportCli, plainExport } from "./plain-export";
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
    out: { type: "string" },
    database: { type: "string", default: "sqlite" },
    "postgres-url": { type: "string", default: defaultPostgresUrl },
  },
});
const database = benchDatabase(values.database, values["postgres-url"]);
// Each database's figures in a report of their own, so a run on one keeps the other's last figures.
const out = values.out ?? path.join("data", "bench", database.kind === "sqlite" ? "results.json" : `results-${database.kind}.json`);
const sizes = values.sizes.split(",").map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--sizes takes whole numbers of Cloud PCs (at least 10): ${values.sizes}`);
const pageSeconds = Number(values["page-seconds"]);
const importRecords = Number(values["import-records"] ?? Math.max(...sizes));

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

/**
 * The production build the server figures need; built here only when missing (a fresh clone). It is
 * built against a SQLite file whatever the benchmark measures: the server reads DATABASE_URL when it starts.
 */
function ensureBuild(): string | null {
  if (hasBuild()) return null;
  if (values["no-build"]) return "no production build in .next (and --no-build)";
  console.log("› No production build in .next: building the app once (next build)…");
  const buildDb = path.join(repoRoot, "data", "bench", "build.db");
  runQuietly("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: databaseUrl(buildDb) });
  runQuietly("npx", ["next", "build"], { DATABASE_URL: databaseUrl(buildDb), NEXT_TELEMETRY_DISABLED: "1" });
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

async function measureServer(cloudPcs: number, tenant: PreparedTenant, listed: number, useCli: boolean): Promise<Pick<SizeFigures, "export" | "pages">> {
  const url = database.url(cloudPcs);
  const server = await startServer(url, await findFreePort());
  try {
    const cookie = await signIn(server.baseUrl, tenant.tenantId);
    console.log(`  (d) exporting the findings through ${server.baseUrl}/api/findings/export…`);
    const exported = await measureExport(server, cookie);
    const plain = await plainExport(url, tenant.tenantId, useCli, path.join(repoRoot, "data", "bench", `plain-export-${cloudPcs}.csv`));
    const pages: PageFigures[] = [];
    for (const target of pageTargets(listed)) {
      console.log(`  (f) ${target.label}: 10 clients for ${pageSeconds} s…`);
      pages.push(await measurePage(server, target, cookie, pageSeconds, () => database.backendCpuMs(cloudPcs)));
    }
    return { export: { ...exported, plain }, pages };
  } finally {
    await server.stop();
  }
}

async function measureSize(cloudPcs: number, serverSkipped: string | null, useCli: boolean): Promise<SizeFigures> {
  console.log(`\n› ${sizeLabel(cloudPcs)} Cloud PCs (${database.describe(cloudPcs)})`);
  database.prepare(cloudPcs, values.reuse);
  const env = { DATABASE_URL: database.url(cloudPcs) };
  const tenant = await runStep<PreparedTenant>("prepare-tenant.ts", ["--cloud-pcs", String(cloudPcs), ...(values.reuse ? ["--reuse"] : [])], { env });
  const read = await runStep<ReadFigures>("measure-evaluation.ts", ["--part", "read", "--tenant", tenant.tenantId], { env });
  const runs = await runStep<RunFigures>("measure-evaluation.ts", ["--part", "runs", "--tenant", tenant.tenantId], { env });
  const evaluation: EvaluationFigures = { ...read, ...runs };
  const databaseMb = await database.sizeMb(cloudPcs);
  if (serverSkipped) return { cloudPcs, tenant, databaseMb, evaluation, export: null, pages: [], serverSkipped };
  return { cloudPcs, tenant, databaseMb, evaluation, serverSkipped: undefined, ...(await measureServer(cloudPcs, tenant, evaluation.listedFindings, useCli)) };
}

async function main() {
  const results: BenchResults = { machine: machine(), database: { kind: database.kind, server: await database.server() }, sizes: [], import: null, pageSeconds };
  const on = results.database?.server ? ` on ${results.database.server}` : "";
  console.log(`› Sightline benchmark: ${sizes.map(sizeLabel).join(", ")} Cloud PCs${on}; load average ${results.machine.loadBefore.map((n) => n.toFixed(2)).join(" ")}`);
  const serverSkipped = ensureBuild();
  const useCli = ensurePlainExportCli(database.kind);
  for (const cloudPcs of sizes) results.sizes.push(await measureSize(cloudPcs, serverSkipped, useCli));

  console.log(`\n› (e) Graph import of ${importRecords.toLocaleString("en-US")} cloudPC records`);
  results.import = await runStep<ImportFigures>("measure-import.ts", ["--records", String(importRecords)], { env: { DATABASE_URL: database.url(Math.max(...sizes)) } });

  results.machine.loadAfter = os.loadavg();
  results.machine.finishedAt = new Date().toISOString();
  fs.mkdirSync(path.dirname(path.resolve(repoRoot, out)), { recursive: true });
  fs.writeFileSync(path.resolve(repoRoot, out), JSON.stringify(results, null, 2));
  console.log(`\n${printReport(results)}\n\n(figures also in ${out})`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
