/**
 * Bench step, figure (e): imports --records Graph `cloudPC` records through the app's import
 * (lib/import: read and check the files, merge onto the stored tenant, diff, save) into an empty
 * tenant of the database of DATABASE_URL, as Graph response pages of 1,000; then imports the same
 * files again (nothing changes: the daily re-import).
 */
import { parseArgs } from "node:util";
import { db } from "../../lib/db";
import { importFiles, type ImportResult } from "../../lib/import";
import { buildSyntheticTenant } from "../../prisma/factories/synthetic";
import { reportResult } from "./child";
import { cloudPcPages } from "./graph-pages";

export interface ImportFigures {
  records: number;
  files: number;
  megabytes: number;
  firstMs: number;
  created: number;
  againMs: number;
  changedAgain: number;
  peakRssMb: number;
}

function check(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`The import refused the files: ${result.message} ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result;
}

async function main() {
  const { values } = parseArgs({ options: { records: { type: "string" } } });
  const records = Number(values.records);
  // The synthetic tenant's Cloud PCs as Graph returns them: Sightline's own facts (`sightline`) are not Graph's.
  const cloudPcs = buildSyntheticTenant({ cloudPcs: records, seed: "bench-import" }).cloudPCs.map(({ sightline: _facts, ...graph }) => graph);
  const files = cloudPcPages(cloudPcs);
  const megabytes = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1024 / 1024;

  const displayName = `Bench import (${records.toLocaleString("en-US")} Cloud PCs)`;
  await db.tenant.deleteMany({ where: { displayName } });
  const tenant = await db.tenant.create({ data: { displayName }, select: { id: true } });
  const actor = { email: "bench@sightline.test", role: "admin" };
  console.log(`importing ${cloudPcs.length.toLocaleString("en-US")} cloudPC records in ${files.length} files (${megabytes.toFixed(0)} MB)…`);

  let started = performance.now();
  const first = check(await importFiles(tenant.id, files, actor, { dryRun: false }));
  const firstMs = performance.now() - started;
  started = performance.now();
  const again = check(await importFiles(tenant.id, files, actor, { dryRun: false }));
  const againMs = performance.now() - started;

  reportResult({
    records: cloudPcs.length,
    files: files.length,
    megabytes,
    firstMs,
    created: first.counts?.cloudPcs.created ?? 0,
    againMs,
    changedAgain: again.counts ? again.counts.cloudPcs.created + again.counts.cloudPcs.updated : 0,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  } satisfies ImportFigures);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
