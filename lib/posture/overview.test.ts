import { describe, it, expect, beforeAll } from "vitest";
import { db } from "@/lib/db";
import { getStalledUsers, getTopFailingRules, getScoreTrend } from "./overview";

async function finding(tenantId: string, ruleId: string, userId: string | null, over: Partial<{ status: string; verdict: string; stalls: boolean }> = {}) {
  await db.finding.create({
    data: {
      tenantId, ruleId, entityType: "cloudPc", entityId: `${ruleId}-${userId}-${Math.random()}`, entityName: "x", severity: "high",
      stalls: over.stalls ?? true, phase: "remoteSession", verdict: over.verdict ?? "fail", status: over.status ?? "open", evidenceJson: "[]", relatedUserId: userId,
    },
  });
}

describe("overview figures", () => {
  let tenantId = "";
  beforeAll(async () => {
    tenantId = (await db.tenant.create({ data: { displayName: "Overview test" } })).id;
    await finding(tenantId, "EXT-004", "u1");
    await finding(tenantId, "EXT-004", "u2");
    await finding(tenantId, "JOIN-003", "u1");
    await finding(tenantId, "JOIN-003", "u3", { status: "accepted" });
    await finding(tenantId, "SSO-001", "u4", { verdict: "unknown" });
    await finding(tenantId, "AUTH-001", null, { stalls: false });
    await db.evaluationRun.create({ data: { tenantId, status: "succeeded", score: 70, startedAt: new Date("2026-01-01T00:00:00Z") } });
    await db.evaluationRun.create({ data: { tenantId, status: "failed", startedAt: new Date("2026-01-02T00:00:00Z") } });
    await db.evaluationRun.create({ data: { tenantId, status: "succeeded", score: 82.26, startedAt: new Date("2026-01-03T00:00:00Z") } });
  });

  it("counts distinct people stuck by open failing stalling findings, per rule", async () => {
    expect(await getStalledUsers(tenantId)).toEqual({ total: 2, byRule: [{ ruleId: "EXT-004", users: 2 }, { ruleId: "JOIN-003", users: 1 }] });
  });
  it("ranks rules by open failing findings", async () => {
    const top = await getTopFailingRules(tenantId);
    expect(top[0]).toEqual({ ruleId: "EXT-004", count: 2 });
    expect(top.map((t) => t.ruleId)).not.toContain("SSO-001");
  });
  it("draws the trend from finished runs only, oldest first", async () => {
    expect(await getScoreTrend(tenantId)).toEqual([
      { at: "2026-01-01T00:00:00.000Z", score: 70 },
      { at: "2026-01-03T00:00:00.000Z", score: 82.3 },
    ]);
  });
});
