import { describe, expect, it } from "vitest";
import { databaseKind, db, transaction } from "@/lib/db";
import { numberedPlaceholders } from "./postgres-connection";

// Runs on whichever database the suite runs on (SQLite, and PostgreSQL in the second pass of the tests).
describe(`SqlConnection (${databaseKind})`, () => {
  it("inserts rows whose values read back through Prisma unchanged: text, booleans, numbers, dates, nulls", async () => {
    const tenant = await db.tenant.create({ data: { displayName: "Bulk insert" } });
    const at = new Date("2026-05-06T07:08:09.123Z");
    const rows = [
      { id: "bulk-1", tenantId: tenant.id, ruleId: "JOIN-003", entityType: "cloudPc", entityId: "pc-1", entityName: "CPC 'one' ? \"x\"", severity: "critical", stalls: true, phase: "remoteSession", verdict: "fail", status: "open", evidenceJson: "[]", missing: null, firstSeenAt: at, lastSeenAt: at, version: 3 },
      { id: "bulk-2", tenantId: tenant.id, ruleId: "SSO-001", entityType: "user", entityId: "u-1", entityName: "Ünïcode – 名前", severity: "low", stalls: false, phase: "cloudService", verdict: "unknown", status: "open", evidenceJson: "[]", missing: "fact", firstSeenAt: at, lastSeenAt: at, version: 1 },
    ];
    await transaction((_tx, sql) => sql.insert("Finding", rows));
    const stored = await db.finding.findMany({
      where: { tenantId: tenant.id },
      orderBy: { id: "asc" },
      select: { id: true, entityName: true, stalls: true, missing: true, firstSeenAt: true, version: true, resolvedAt: true },
    });
    expect(stored).toEqual([
      { id: "bulk-1", entityName: "CPC 'one' ? \"x\"", stalls: true, missing: null, firstSeenAt: at, version: 3, resolvedAt: null },
      { id: "bulk-2", entityName: "Ünïcode – 名前", stalls: false, missing: "fact", firstSeenAt: at, version: 1, resolvedAt: null },
    ]);

    // Reads on the connection come back in the same shapes.
    const read = await transaction((_tx, sql) =>
      sql.all<{ id: string; stalls: boolean; firstSeenAt: Date; version: number }>(`SELECT "id", "stalls", "firstSeenAt", "version" FROM "Finding" WHERE "tenantId" = ? ORDER BY "id"`, [tenant.id]),
    );
    expect(read).toEqual([
      { id: "bulk-1", stalls: true, firstSeenAt: at, version: 3 },
      { id: "bulk-2", stalls: false, firstSeenAt: at, version: 1 },
    ]);
  });

  it("updates rows by key with extra assignments, and counts only the rows that matched", async () => {
    const tenant = await db.tenant.create({ data: { displayName: "Bulk update" } });
    const other = await db.tenant.create({ data: { displayName: "Bulk update (other tenant)" } });
    const at = new Date("2026-01-02T03:04:05.678Z");
    for (const [id, tenantId] of [["u-1", tenant.id], ["u-2", tenant.id], ["u-3", other.id]]) {
      await db.finding.create({
        data: { id, tenantId, ruleId: "R", entityType: "user", entityId: id, entityName: id, severity: "low", stalls: false, phase: "p", verdict: "fail", status: "open", evidenceJson: "[]", firstSeenAt: at, lastSeenAt: at },
      });
    }
    const resolvedAt = new Date("2026-02-03T04:05:06.789Z");
    const changed = await transaction((_tx, sql) =>
      sql.update(
        "Finding",
        ["u-1", "u-2", "u-3", "missing"].map((id) => ({ id, tenantId: tenant.id, status: "resolved", resolvedAt, stalls: true })),
        { key: ["id", "tenantId"], set: `"version" = "version" + 1` },
      ),
    );
    // u-3 belongs to another tenant and "missing" does not exist: neither is touched.
    expect(changed).toBe(2);
    const rows = await db.finding.findMany({ orderBy: { id: "asc" }, where: { id: { in: ["u-1", "u-2", "u-3"] } }, select: { id: true, status: true, resolvedAt: true, stalls: true, version: true } });
    expect(rows).toEqual([
      { id: "u-1", status: "resolved", resolvedAt, stalls: true, version: 2 },
      { id: "u-2", status: "resolved", resolvedAt, stalls: true, version: 2 },
      { id: "u-3", status: "open", resolvedAt: null, stalls: false, version: 1 },
    ]);
  });

  it("runs statements with bound values and reports the rows changed; a rolled-back transaction keeps none of them", async () => {
    const tenant = await db.tenant.create({ data: { displayName: "Bulk run" } });
    await expect(
      transaction(async (_tx, sql) => {
        await sql.insert("Domain", [{ id: "d-1", tenantId: tenant.id, name: "a.example", authenticationType: "Managed" }]);
        expect(await sql.run(`UPDATE "Domain" SET "authenticationType" = ? WHERE "tenantId" = ?`, ["Federated", tenant.id])).toBe(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db.domain.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("writes thousands of rows in one call", async () => {
    const tenant = await db.tenant.create({ data: { displayName: "Bulk many" } });
    const rows = Array.from({ length: 12_345 }, (_, i) => ({ id: `many-${i}`, tenantId: tenant.id, name: `d${i}.example`, authenticationType: "Managed" }));
    await transaction((_tx, sql) => sql.insert("Domain", rows));
    expect(await db.domain.count({ where: { tenantId: tenant.id } })).toBe(12_345);
    const names = await transaction((_tx, sql) => sql.map(`SELECT "name" FROM "Domain" WHERE "tenantId" = ? ORDER BY "id"`, [tenant.id], (row: { name: string }) => row.name));
    expect(names).toHaveLength(12_345);
  });
});

describe("PostgreSQL placeholders", () => {
  it("numbers question marks outside quoted text and names", () => {
    expect(numberedPlaceholders(`SELECT "a?" FROM t WHERE x = ? AND y = '?' AND z IN (?, ?)`)).toBe(`SELECT "a?" FROM t WHERE x = $1 AND y = '?' AND z IN ($2, $3)`);
  });
});
