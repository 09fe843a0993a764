import { beforeAll, describe, expect, it } from "vitest";
import { db, transaction } from "@/lib/db";
import { acceptFindings } from "@/lib/findings/exceptions";
import type { RuleResult } from "@/lib/rules/types";
import type { RunCounts } from "./counts";
import { persistRun } from "./persist-run";
import { createRun, createTenant, result, syntheticResults, testActor } from "./test-fixtures";

const day = 24 * 3600_000;
const t0 = new Date("2026-01-01T08:00:00Z");
const at = (days: number) => new Date(t0.getTime() + days * day);

async function persist(tenantId: string, results: RuleResult[], now: Date): Promise<{ runId: string; counts: RunCounts }> {
  const runId = await createRun(tenantId);
  const counts = await transaction((tx, connection) => persistRun(tx, connection, { tenantId, runId, results, now }));
  return { runId, counts };
}

async function findings(tenantId: string) {
  const rows = await db.finding.findMany({
    where: { tenantId },
    select: {
      id: true, ruleId: true, entityId: true, status: true, verdict: true, severity: true, stalls: true, phase: true, evidenceJson: true,
      missing: true, relatedUserId: true, firstSeenRunId: true, lastSeenRunId: true, lastSeenAt: true, resolvedAt: true, version: true,
    },
  });
  return new Map(rows.map((r) => [`${r.ruleId}/${r.entityId}`, r]));
}

async function changes(runId: string) {
  const rows = await db.runChange.findMany({ where: { runId }, select: { change: true, finding: { select: { ruleId: true, entityId: true } } } });
  return rows.map((r) => `${r.change} ${r.finding.ruleId}/${r.finding.entityId}`).sort();
}

describe("persistRun across runs", () => {
  let tenantId: string;
  let run1: string, run2: string, run3: string, run4: string;
  let counts1: RunCounts, counts2: RunCounts, counts3: RunCounts, counts4: RunCounts;
  let afterRun3: Awaited<ReturnType<typeof findings>>;

  beforeAll(async () => {
    tenantId = await createTenant();
    // Run 1: two failing Cloud PCs, an unknown client, a failing service principal, one pass.
    ({ runId: run1, counts: counts1 } = await persist(tenantId, [
      result("JOIN-003", "cloudPc", "pc-1", "fail"),
      result("JOIN-003", "cloudPc", "pc-2", "fail"),
      result("JOIN-003", "cloudPc", "pc-3", "pass"),
      result("AUTH-006", "client", "cl-1", "unknown"),
      result("SSO-003", "servicePrincipal", "sp-1", "fail"),
    ], at(0)));
    // Run 2: pc-2 passes now, sp-1's evidence changed, pc-4 is new.
    ({ runId: run2, counts: counts2 } = await persist(tenantId, [
      result("JOIN-003", "cloudPc", "pc-1", "fail"),
      result("JOIN-003", "cloudPc", "pc-2", "pass"),
      result("JOIN-003", "cloudPc", "pc-3", "pass"),
      result("JOIN-003", "cloudPc", "pc-4", "fail"),
      result("AUTH-006", "client", "cl-1", "unknown"),
      result("SSO-003", "servicePrincipal", "sp-1", "fail", [{ label: "target device groups", value: 0 }]),
    ], at(1)));
    // Between runs: pc-1 accepted for 30 days, sp-1 for 2 days (it lapses before run 3).
    const stored = await findings(tenantId);
    await acceptFindings({ tenantId, findingIds: [stored.get("JOIN-003/pc-1")!.id], reason: "Migration to Entra join planned", owner: "IT ops", expiresAt: at(31), actor: testActor, now: at(1) });
    await acceptFindings({ tenantId, findingIds: [stored.get("SSO-003/sp-1")!.id], reason: "Pilot", owner: "IT ops", expiresAt: at(3), actor: testActor, now: at(1) });
    // Run 3 (day 5): pc-2 fails again, cl-1 is gone, pc-1 still fails (accepted), sp-1's exception expired.
    ({ runId: run3, counts: counts3 } = await persist(tenantId, [
      result("JOIN-003", "cloudPc", "pc-1", "fail"),
      result("JOIN-003", "cloudPc", "pc-2", "fail"),
      result("JOIN-003", "cloudPc", "pc-4", "fail"),
      result("SSO-003", "servicePrincipal", "sp-1", "fail", [{ label: "target device groups", value: 0 }]),
    ], at(5)));
    afterRun3 = await findings(tenantId);
    // Run 4 (day 6): pc-1 passes: an accepted finding resolves too.
    ({ runId: run4, counts: counts4 } = await persist(tenantId, [
      result("JOIN-003", "cloudPc", "pc-1", "pass"),
      result("JOIN-003", "cloudPc", "pc-2", "fail"),
      result("JOIN-003", "cloudPc", "pc-4", "fail"),
      result("SSO-003", "servicePrincipal", "sp-1", "fail", [{ label: "target device groups", value: 0 }]),
    ], at(6)));
  });

  it("creates findings with the catalog's severity, stalls and phase on the first run", async () => {
    expect(await changes(run1)).toEqual(["new AUTH-006/cl-1", "new JOIN-003/pc-1", "new JOIN-003/pc-2", "new SSO-003/sp-1"]);
    expect(counts1).toMatchObject({ results: 5, entityCount: 5, new: 4, open: 3, unknown: 1, accepted: 0, resolved: 0, reopened: 0 });
    expect(counts1.bySeverity.critical).toMatchObject({ open: 2, new: 2 });
    expect(counts1.bySeverity.high).toMatchObject({ unknown: 1, new: 1 });
    expect(counts1.bySeverity.low).toMatchObject({ open: 1, new: 1 });
    expect(counts1.byRule["JOIN-003"]).toEqual({ severity: "critical", evaluated: 3, openFail: 2, openUnknown: 0, acceptedFail: 0, acceptedUnknown: 0 });
    const pc1 = (await findings(tenantId)).get("JOIN-003/pc-1")!;
    expect(pc1).toMatchObject({ severity: "critical", stalls: true, phase: "remoteSession", verdict: "fail", firstSeenRunId: run1 });
  });

  it("keeps identity on the second run: resolves, adds, and rewrites only what changed", async () => {
    expect(await changes(run2)).toEqual(["new JOIN-003/pc-4", "resolved JOIN-003/pc-2"]);
    expect(counts2).toMatchObject({ new: 1, resolved: 1, reopened: 0, open: 3, unknown: 1 });
    expect(counts2.bySeverity.critical).toMatchObject({ open: 2, new: 1, resolved: 1 });
  });

  it("keeps accepted findings accepted, reopens resolved ones, expires lapsed exceptions, resolves absent ones", async () => {
    expect(await changes(run3)).toEqual(["expired SSO-003/sp-1", "reopened JOIN-003/pc-2", "resolved AUTH-006/cl-1"]);
    expect(counts3).toMatchObject({ new: 0, resolved: 1, reopened: 1, expired: 1, open: 3, accepted: 1, unknown: 0 });
    expect(counts3.bySeverity.critical).toMatchObject({ open: 2, accepted: 1, reopened: 1 });
    expect(counts3.bySeverity.low).toMatchObject({ open: 1, expired: 1 });
    expect(counts3.bySeverity.high).toMatchObject({ resolved: 1, unknown: 0 });
    expect(counts3.byRule["JOIN-003"]).toMatchObject({ openFail: 2, acceptedFail: 1 });

    const stored = afterRun3;
    expect(stored.get("JOIN-003/pc-1")).toMatchObject({ status: "accepted", lastSeenRunId: run3, firstSeenRunId: run1 });
    expect(stored.get("JOIN-003/pc-2")).toMatchObject({ status: "open", firstSeenRunId: run1 });
    expect(stored.get("SSO-003/sp-1")?.status).toBe("open");
    expect(stored.get("AUTH-006/cl-1")).toMatchObject({ status: "resolved", lastSeenRunId: run2 });
  });

  it("resolves an accepted finding once its rule passes", async () => {
    expect(await changes(run4)).toEqual(["resolved JOIN-003/pc-1"]);
    expect(counts4).toMatchObject({ new: 0, resolved: 1, reopened: 0, expired: 0, open: 3, accepted: 0 });
    const stored = await findings(tenantId);
    expect(stored.get("JOIN-003/pc-1")).toMatchObject({ status: "resolved", resolvedAt: at(6), lastSeenRunId: run3 });
    expect(stored.get("JOIN-003/pc-2")).toMatchObject({ status: "open", resolvedAt: null, lastSeenRunId: run4, lastSeenAt: at(6) });
  });

  it("stores evidence and related ids, and bumps versions only on real changes", async () => {
    const stored = await findings(tenantId);
    const sp1 = stored.get("SSO-003/sp-1")!;
    expect(JSON.parse(sp1.evidenceJson)).toEqual([{ label: "target device groups", value: 0 }]);
    // Evidence changed in run 2, accepted (exceptions.ts), expired in run 3; nothing in run 4.
    expect(sp1.version).toBe(4);
    // Accepted, then resolved.
    expect(stored.get("JOIN-003/pc-1")!.version).toBe(3);
    // Never changed after its creation in run 2.
    expect(stored.get("JOIN-003/pc-4")!.version).toBe(1);
    expect(stored.get("AUTH-006/cl-1")).toMatchObject({ verdict: "unknown", missing: "a fact" });
  });
});

describe("persistRun edge cases", () => {
  it("keeps one finding when a rule reports an entity twice, the failure winning over the unknown", async () => {
    const tenantId = await createTenant();
    const { counts } = await persist(tenantId, [
      result("EXT-004", "cloudPc", "pc-9", "unknown"),
      result("EXT-004", "cloudPc", "pc-9", "fail"),
    ], at(0));
    expect(counts).toMatchObject({ new: 1, open: 1, unknown: 0 });
    expect((await findings(tenantId)).get("EXT-004/pc-9")?.verdict).toBe("fail");
  });

  it("scopes the diff to its tenant", async () => {
    const a = await createTenant();
    const b = await createTenant();
    await persist(a, [result("AUTH-001", "tenant", "t", "fail")], at(0));
    const { counts } = await persist(b, [result("AUTH-001", "tenant", "t", "pass")], at(0));
    expect(counts).toMatchObject({ new: 0, resolved: 0 });
    expect((await findings(a)).get("AUTH-001/t")?.status).toBe("open");
  });

  it("turns an unknown into a failure in place, with the same identity", async () => {
    const tenantId = await createTenant();
    await persist(tenantId, [result("AUTH-006", "client", "cl-7", "unknown")], at(0));
    const before = (await findings(tenantId)).get("AUTH-006/cl-7")!;
    const { counts } = await persist(tenantId, [result("AUTH-006", "client", "cl-7", "fail")], at(1));
    const after = (await findings(tenantId)).get("AUTH-006/cl-7")!;
    expect(counts).toMatchObject({ new: 0, open: 1, unknown: 0 });
    expect(after).toMatchObject({ id: before.id, verdict: "fail", missing: null });
  });
});

describe("persistRun at scale", () => {
  it("keeps the stored findings and the run's counts consistent through churn (5k Cloud PCs + 5k users)", async () => {
    const tenantId = await createTenant();
    const first = await persist(tenantId, syntheticResults(5000, 5000, { seed: 0 }), at(0));
    const second = await persist(tenantId, syntheticResults(5000, 5000, { seed: 1 }), at(1));
    const third = await persist(tenantId, syntheticResults(5000, 5000, { seed: 0 }), at(2));

    expect(first.counts).toMatchObject({ results: 35000, entityCount: 10000, resolved: 0 });
    expect(second.counts.new).toBeGreaterThan(1000);
    expect(second.counts.resolved).toBeGreaterThan(1000);
    // The third run brings back exactly what the second resolved.
    expect(third.counts.reopened).toBe(second.counts.resolved);
    expect(third.counts.resolved).toBe(second.counts.new);
    expect(third.counts.new).toBe(0);

    const byStatus = await db.finding.groupBy({ by: ["status", "verdict"], where: { tenantId }, _count: { _all: true } });
    const stored = (status: string, verdict: string) => byStatus.find((g) => g.status === status && g.verdict === verdict)?._count._all ?? 0;
    expect(stored("open", "fail")).toBe(third.counts.open);
    expect(stored("open", "unknown")).toBe(third.counts.unknown);
    expect(third.counts.open).toBe(first.counts.open);
    expect(await db.runChange.count({ where: { runId: third.runId, change: "reopened" } })).toBe(third.counts.reopened);
    expect(await db.finding.count({ where: { tenantId, status: { not: "resolved" }, lastSeenRunId: { not: third.runId } } })).toBe(0);
  });
});
