import { beforeEach, describe, expect, it } from "vitest";
import { db, transaction } from "@/lib/db";
import { persistRun } from "@/lib/evaluation/persist-run";
import { createRun, createTenant, result, testActor } from "@/lib/evaluation/test-fixtures";
import { acceptFindings, reopenFindings } from "./exceptions";

const now = new Date("2026-02-01T10:00:00Z");
const later = new Date("2026-03-01T10:00:00Z");

async function seedFindings(tenantId: string) {
  const runId = await createRun(tenantId);
  await transaction((tx, connection) =>
    persistRun(tx, connection, {
      tenantId, runId, now,
      results: [result("JOIN-003", "cloudPc", "pc-1", "fail"), result("JOIN-003", "cloudPc", "pc-2", "fail"), result("AUTH-006", "client", "cl-1", "unknown")],
    }),
  );
  const rows = await db.finding.findMany({ where: { tenantId }, select: { id: true, entityId: true } });
  return Object.fromEntries(rows.map((r) => [r.entityId, r.id]));
}

const statusOf = async (id: string) => (await db.finding.findUnique({ where: { id }, select: { status: true } }))?.status;

describe("finding exceptions", () => {
  let tenantId: string;
  let ids: Record<string, string>;
  beforeEach(async () => {
    tenantId = await createTenant();
    ids = await seedFindings(tenantId);
  });

  it("accepts findings with one exception each and an audit event with before and after", async () => {
    const outcome = await acceptFindings({ tenantId, findingIds: [ids["pc-1"], ids["cl-1"]], reason: " Vendor fix due in March ", owner: "Cloud team", expiresAt: later, actor: testActor, now });
    expect(outcome).toEqual({ accepted: 2 });
    expect(await statusOf(ids["pc-1"])).toBe("accepted");
    expect(await statusOf(ids["pc-2"])).toBe("open");
    const exceptions = await db.findingException.findMany({ where: { findingId: ids["pc-1"] }, select: { reason: true, owner: true, expiresAt: true, createdByName: true, revokedAt: true } });
    expect(exceptions).toEqual([{ reason: "Vendor fix due in March", owner: "Cloud team", expiresAt: later, createdByName: testActor.name, revokedAt: null }]);
    const audit = await db.auditEvent.findFirst({ where: { tenantId, action: "findings.accepted" }, select: { actorId: true, beforeJson: true, afterJson: true } });
    expect(audit?.actorId).toBe(testActor.id);
    expect(JSON.parse(audit!.beforeJson!)).toEqual(expect.arrayContaining([expect.objectContaining({ id: ids["pc-1"], status: "open" })]));
    expect(JSON.parse(audit!.afterJson!)).toMatchObject({ status: "accepted", owner: "Cloud team", findingIds: expect.arrayContaining([ids["pc-1"], ids["cl-1"]]) });
  });

  it("replaces the exception in force when a finding is accepted again", async () => {
    await acceptFindings({ tenantId, findingIds: [ids["pc-1"]], reason: "first", owner: "A", expiresAt: later, actor: testActor, now });
    await acceptFindings({ tenantId, findingIds: [ids["pc-1"]], reason: "second", owner: "B", expiresAt: later, actor: testActor, now });
    const active = await db.findingException.findMany({ where: { findingId: ids["pc-1"], revokedAt: null }, select: { reason: true } });
    expect(active).toEqual([{ reason: "second" }]);
  });

  it("refuses findings of another tenant without changing anything", async () => {
    const other = await createTenant();
    const foreign = await seedFindings(other);
    const attempt = acceptFindings({ tenantId, findingIds: [ids["pc-1"], foreign["pc-1"]], reason: "r", owner: "o", expiresAt: later, actor: testActor, now });
    await expect(attempt).rejects.toMatchObject({ code: "not_found" });
    expect(await statusOf(ids["pc-1"])).toBe("open");
    expect(await statusOf(foreign["pc-1"])).toBe("open");
    expect(await db.findingException.count({ where: { finding: { tenantId: { in: [tenantId, other] } } } })).toBe(0);
  });

  it("refuses an expiry in the past, an empty reason and resolved findings", async () => {
    const base = { tenantId, findingIds: [ids["pc-1"]], reason: "r", owner: "o", expiresAt: later, actor: testActor, now };
    await expect(acceptFindings({ ...base, expiresAt: now })).rejects.toMatchObject({ code: "invalid", fieldErrors: { expiresAt: expect.any(Array) } });
    await expect(acceptFindings({ ...base, reason: "  " })).rejects.toMatchObject({ code: "invalid", fieldErrors: { reason: expect.any(Array) } });
    await expect(acceptFindings({ ...base, findingIds: [] })).rejects.toMatchObject({ code: "invalid" });
    await db.finding.update({ where: { id: ids["pc-2"] }, data: { status: "resolved" } });
    await expect(acceptFindings({ ...base, findingIds: [ids["pc-2"]] })).rejects.toMatchObject({ code: "invalid" });
  });

  it("reopens accepted findings: revokes the exception and sets them open", async () => {
    await acceptFindings({ tenantId, findingIds: [ids["pc-1"], ids["pc-2"]], reason: "r", owner: "o", expiresAt: later, actor: testActor, now });
    const outcome = await reopenFindings({ tenantId, findingIds: [ids["pc-1"]], actor: testActor, reason: "Fix slipped", now });
    expect(outcome).toEqual({ reopened: 1 });
    expect(await statusOf(ids["pc-1"])).toBe("open");
    expect(await statusOf(ids["pc-2"])).toBe("accepted");
    const revoked = await db.findingException.findFirst({ where: { findingId: ids["pc-1"] }, select: { revokedAt: true, revokedByName: true } });
    expect(revoked).toEqual({ revokedAt: now, revokedByName: testActor.name });
    expect(await db.auditEvent.count({ where: { tenantId, action: "findings.reopened" } })).toBe(1);

    // The next run keeps it open: its exception no longer counts.
    const runId = await createRun(tenantId);
    const counts = await transaction((tx, connection) =>
      persistRun(tx, connection, { tenantId, runId, now, results: [result("JOIN-003", "cloudPc", "pc-1", "fail"), result("JOIN-003", "cloudPc", "pc-2", "fail"), result("AUTH-006", "client", "cl-1", "unknown")] }),
    );
    expect(counts).toMatchObject({ open: 1, accepted: 1, unknown: 1, expired: 0 });
  });
});
