import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const run = promisify(execFile);
const root = path.resolve(__dirname, "..");
const scratch = mkdtempSync(path.join(tmpdir(), "sightline-agent-events-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI the way `npm run import:agent-events` does, against this test file's database, without a terminal. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.join(root, "node_modules/.bin/tsx"), ["scripts/import-agent-events.ts", ...args], { cwd: root, env: process.env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function file(name: string, lines: string[]): string {
  const target = path.join(scratch, name);
  writeFileSync(target, lines.join("\n"));
  return target;
}

const pool = JSON.stringify({ record: "pool", id: "pool-1", displayName: "Finance", assignedAgentIds: ["agent-1"] });
const event = (eventId: string, type: string, at: string) => JSON.stringify({ sessionId: "s-1", agentId: "agent-1", poolId: "pool-1", eventId, type, at });
const good = () => file("good.jsonl", [pool, event("e-1", "cloudPcAcquired", "2025-11-20T08:00:00Z"), event("e-2", "taskCompleted", "2025-11-20T08:05:00Z")]);

beforeAll(async () => {
  await db.tenant.create({ data: { displayName: "CLI tenant" } });
});

describe("npm run import:agent-events", () => {
  it("with --dry-run prints the preview and writes nothing", { timeout: 60_000 }, async () => {
    const result = await cli("--tenant", "CLI tenant", good(), "--dry-run");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Dry run, nothing written. Would import into CLI tenant:");
    expect(result.stdout).toMatch(/Agent session events\s+2\s+0\s+0/);
    expect(await db.agentSession.count()).toBe(0);
  });

  it("refuses a file with a bad line, naming the file and line, and writes nothing", { timeout: 60_000 }, async () => {
    const bad = file("bad.jsonl", [pool, event("e-1", "cloudPcAcquired", "2025-11-20T08:00:00Z"), "{oops"]);
    const result = await cli("--tenant", "CLI tenant", bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The event log was not imported: 1 problem. Nothing was written.");
    expect(result.stderr).toContain(`${bad}:3: not valid JSON`);
    expect(await db.agentSession.count()).toBe(0);
  });

  it("imports, offers to evaluate, and a second run changes nothing", { timeout: 60_000 }, async () => {
    const first = await cli("--tenant", "CLI tenant", good());
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Imported into CLI tenant:");
    expect(first.stdout).toContain('Evaluate now with "Run evaluation" on the overview, or import with --evaluate.');
    expect(await db.agentSessionEvent.count()).toBe(2);

    const second = await cli("--tenant", "CLI tenant", good(), "--evaluate");
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Agent session events\s+0\s+0\s+2/);
    expect(second.stdout).toMatch(/Evaluated CLI tenant in [\d.]+ s/);
    expect(await db.evaluationRun.count({ where: { status: "succeeded" } })).toBe(1);
  });

  it("names the tenants there are when the one asked for does not exist", { timeout: 60_000 }, async () => {
    const result = await cli("--tenant", "Nobody", good());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no tenant named "Nobody"; tenants: CLI tenant');
  });
});
