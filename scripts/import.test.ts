import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTenant } from "@/lib/import/testing/tenants";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";

const root = path.resolve(__dirname, "..");
const fixtures = "lib/import/testing/fixtures/graph";
const scratch = mkdtempSync(path.join(tmpdir(), "sightline-import-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI against this test file's database, with no terminal (so it does not ask). */
function run(...args: string[]) {
  const child = spawnSync("npx", ["tsx", "scripts/import.ts", ...args], { cwd: root, encoding: "utf8", timeout: 120_000, env: { ...process.env }, input: "" });
  // npx's own warnings about the machine's npm config are not the CLI's output.
  const stderr = child.stderr.split("\n").filter((line) => !line.startsWith("npm warn")).join("\n");
  return { status: child.status, stdout: child.stdout, stderr };
}

let tenantId: string;
beforeAll(async () => {
  tenantId = await createTenant("CLI tenant");
});

describe("npm run import", () => {
  it("shows the preview and writes nothing on --dry-run", async () => {
    const before = await databaseState();
    const result = run("--tenant", "CLI tenant", "--dry-run", `${fixtures}/users-constructed.json`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("users-constructed.json: users (Graph), 4 objects");
    expect(result.stdout).toMatch(/Users\s+4\s+0\s+0\s+0/);
    expect(result.stdout).toContain("Dry run: nothing was written.");
    expect(await databaseState()).toEqual(before);
  });

  it("imports Graph files in one go, says how to evaluate, and a second run changes nothing", async () => {
    const first = run("--tenant", "CLI tenant", "--service-principal", "windows-cloud-login", `${fixtures}/users-constructed.json`, `${fixtures}/cloudpcs-v1-list.json`, `${fixtures}/remote-desktop-security-configuration.json`);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("Imported into CLI tenant in one transaction.");
    expect(first.stdout).toContain("Run evaluation");
    expect(await db.directoryUser.count({ where: { tenantId } })).toBe(4);
    expect(await db.remoteDesktopConfiguration.count({ where: { tenantId } })).toBe(1);
    const again = run("--tenant", "CLI tenant", "--service-principal", "windows-cloud-login", `${fixtures}/users-constructed.json`, `${fixtures}/cloudpcs-v1-list.json`, `${fixtures}/remote-desktop-security-configuration.json`);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Nothing to change.");
  });

  it("refuses a bad file with its name and place, exits 1, and writes nothing", async () => {
    const bad = path.join(scratch, "cloudpcs-cut.json");
    writeFileSync(bad, '{"value": [{"id": "pc-1", "displayName": "x"');
    const before = await databaseState();
    const result = run("--tenant", "CLI tenant", `${fixtures}/users-constructed.json`, bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cloudpcs-cut\.json at line 1, column \d+: this is not valid JSON/);
    expect(await databaseState()).toEqual(before);
  });

  it("names the tenants when the one asked for does not exist, and explains its usage", () => {
    const unknown = run("--tenant", "Nobody", `${fixtures}/users-constructed.json`);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no tenant named "Nobody"; tenants: .*CLI tenant/);
    const usage = run("--tenant", "CLI tenant");
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/^usage: npm run import/);
  });
});
