import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killChildren, killWhenFrozen, runChild, startChild } from "./child-process";
import { checkAfterCrash, createDatabaseFile, query, tableStates } from "./database-file";
import { writeChangedCloudPcPages } from "./graph-files";

const cloudPcs = 3000;
const newPlan = "Cloud PC Enterprise 8vCPU/32GB/512GB";

/**
 * `kill -9` in the middle of an import's transaction (the real CLI, scripts/import.ts): the tenant is left
 * exactly as it was, the file opens cleanly, and the same import then runs to its end.
 */
describe("an import killed in the middle of its transaction", () => {
  const database = createDatabaseFile();
  const env = { DATABASE_URL: database.url };
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "sightline-crash-import-"));
  let tenantName: string;
  let tenantId: string;
  let files: string[];

  beforeAll(async () => {
    const prepared = await runChild("scripts/bench/prepare-tenant.ts", ["--cloud-pcs", String(cloudPcs)], env);
    ({ tenantId, displayName: tenantName } = JSON.parse(/^@@bench-result (.*)$/m.exec(prepared)![1]) as { tenantId: string; displayName: string });
    files = writeChangedCloudPcPages(filesDir, cloudPcs);
  }, 120_000);
  afterAll(() => {
    killChildren();
    database.remove();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  const importArgs = () => ["--tenant", tenantName, "--yes", ...files];

  // The first row written, half of them, and the audit row written last, just before the commit.
  it.each(["CloudPc:1", `CloudPc:${cloudPcs / 2}`, "AuditEvent:1"])("leaves every table as it was when killed after the write %s", async (freezeAt) => {
    const before = tableStates(database.file);
    const child = startChild("scripts/import.ts", importArgs(), { ...env, CRASH_TEST_FREEZE_AT: freezeAt });
    expect(await killWhenFrozen(child)).toBe(freezeAt);
    expect(child.output()).not.toContain("Imported into");
    // The killed process's log is there for the next connection to recover from.
    expect(fs.existsSync(`${database.file}-wal`)).toBe(true);

    expect(checkAfterCrash(database.file)).toEqual({ integrity: "ok", journalMode: "wal" });
    expect(tableStates(database.file)).toEqual(before);
  }, 60_000);

  it("then runs the same import to its end, in a new process straight away", async () => {
    const before = tableStates(database.file);
    const output = await runChild("scripts/import.ts", importArgs(), env);
    expect(output).toContain(`Imported into ${tenantName} in one transaction.`);

    expect(checkAfterCrash(database.file)).toEqual({ integrity: "ok", journalMode: "wal" });
    const plans = query<{ servicePlanName: string; n: number }>(database.file, `SELECT "servicePlanName", COUNT(*) AS n FROM "CloudPc" WHERE "tenantId" = ? GROUP BY 1`, tenantId);
    expect(plans).toEqual([{ servicePlanName: newPlan, n: cloudPcs }]);
    const audit = query<{ action: string }>(database.file, `SELECT "action" FROM "AuditEvent" WHERE "tenantId" = ? ORDER BY "at", "action"`, tenantId).map((e) => e.action);
    expect(audit.slice(-2).sort()).toEqual(["import.committed", "tenant.snapshotSaved"]);
    // Only what the import writes changed.
    const after = tableStates(database.file);
    const changed = Object.keys(after).filter((table) => after[table].hash !== before[table].hash);
    expect(changed.sort()).toEqual(["AuditEvent", "CloudPc", "Tenant"]);
  }, 60_000);
});
