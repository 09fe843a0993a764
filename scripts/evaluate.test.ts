import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const example = "docs/example-snapshot.json";
const scratch = mkdtempSync(path.join(tmpdir(), "sightline-evaluate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function evaluate(...args: string[]) {
  const run = spawnSync("npx", ["tsx", "scripts/evaluate.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function writeSnapshot(name: string, edit: (snapshot: Record<string, unknown>) => void): string {
  const snapshot = JSON.parse(readFileSync(path.join(root, example), "utf8"));
  edit(snapshot);
  const file = path.join(scratch, name);
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

describe("npm run evaluate", () => {
  it("prints the example tenant's findings as JSON, fails and unknowns only", () => {
    const run = evaluate(example, "--format", "json");
    expect(run.status).toBe(0);
    const findings = JSON.parse(run.stdout) as { ruleId: string; status: string; severity: string; entityId: string; evidence: unknown[] }[];
    const ruleIds = new Set(findings.map((f) => f.ruleId));
    for (const id of ["JOIN-003", "EXT-001", "EXT-004", "EXT-006", "FED-002", "SSO-002", "SSO-004", "AUTH-004", "INS-004", "AGT-001", "AGT-002", "AGT-003"]) expect(ruleIds).toContain(id);
    expect(new Set(findings.map((f) => f.status))).toEqual(new Set(["fail", "unknown"]));
    expect(Object.keys(findings[0])).toEqual(expect.arrayContaining(["ruleId", "severity", "status", "entityType", "entityId", "entityName", "title", "evidence"]));
    expect(findings[0].severity).toBe("critical");
  });

  it("prints CSV with a header and neutralizes cells that a spreadsheet would run as formulas", () => {
    const file = writeSnapshot("formula.json", (snapshot) => {
      (snapshot.users as { displayName: string }[])[6].displayName = "=HYPERLINK(\"http://evil\")";
    });
    const run = evaluate(file, "--format", "csv");
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe("ruleId,severity,status,entityType,entityId,entityName,title,evidence,missing");
    expect(run.stdout).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(run.stdout).not.toMatch(/,=HYPERLINK/);
  });

  it("prints an aligned table for a terminal", () => {
    const run = evaluate(example, "--format", "table");
    expect(run.status).toBe(0);
    const [header, first] = run.stdout.split("\n");
    expect(header).toMatch(/^SEVERITY\s+STATUS\s+RULE\s+ENTITY\s+FINDING$/);
    expect(first.indexOf("fail")).toBe(header.indexOf("STATUS"));
  });

  it("exits 2 with --fail-on when a failed finding at or above that severity exists", () => {
    expect(evaluate(example, "--fail-on", "high").status).toBe(2);
  });

  it("exits 0 with --fail-on when the failures are all below it", () => {
    const file = writeSnapshot("quiet.json", (snapshot) => {
      // Keep only the tenant: the remaining tenant-wide findings are medium or lower.
      for (const key of ["users", "cloudPCs", "clients", "agentSessions", "provisioningPolicies", "remoteDesktopSecurityConfigurations"]) snapshot[key] = [];
    });
    const run = evaluate(file, "--fail-on", "high");
    expect(JSON.parse(run.stdout).length).toBeGreaterThan(0);
    expect(run.status).toBe(0);
  });

  it("rejects a malformed snapshot with exit 1, naming the JSON path and the problem", () => {
    const file = writeSnapshot("malformed.json", (snapshot) => {
      ((snapshot.cloudPCs as { sightline: Record<string, unknown> }[])[3].sightline).osRelease = 24;
    });
    const run = evaluate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("$.cloudPCs[3].sightline.osRelease: Invalid input: expected string, received number");
    expect(run.stdout).toBe("");
  });

  it("rejects a client of a user the snapshot does not hold", () => {
    const file = writeSnapshot("dangling.json", (snapshot) => {
      (snapshot.clients as { userId: string }[])[2].userId = "no-such-user";
    });
    const run = evaluate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('$.clients[2].userId: no user with id "no-such-user"');
  });

  it("rejects a file that is not JSON, with where it broke", () => {
    const file = path.join(scratch, "broken.json");
    writeFileSync(file, '{\n  "snapshotVersion": 1,\n  oops\n}');
    const run = evaluate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not valid JSON: \$: .*line 3/);
  });

  it("prints the usage and exits 1 on an unknown flag or format", () => {
    const flag = evaluate(example, "--colour");
    expect(flag.status).toBe(1);
    expect(flag.stderr).toMatch(/usage: npm run evaluate -- <snapshot.json>/);
    expect(evaluate(example, "--format", "xml").status).toBe(1);
    expect(evaluate(example, "--fail-on", "severe").status).toBe(1);
    expect(evaluate().status).toBe(1);
  });
});
