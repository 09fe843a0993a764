import { describe, expect, it } from "vitest";
import { databaseKind, db, transaction } from "@/lib/db";
import { tenantRows } from "./driver-rows";

describe(`rows read on a transaction's SqlConnection (${databaseKind})`, () => {
  it("come back in Prisma's shapes: booleans, dates and numbers", async () => {
    const tenant = await db.tenant.create({ data: { displayName: "Driver rows", smartCardRedirectionAllowed: true, webAuthnRedirectionAllowed: false } });
    const seen = new Date("2026-03-04T05:06:07.890Z");
    await db.finding.create({
      data: {
        tenantId: tenant.id, ruleId: "JOIN-003", entityType: "cloudPc", entityId: "pc-1", entityName: "CPC-1", severity: "critical", stalls: true,
        phase: "remoteSession", verdict: "fail", status: "open", evidenceJson: "[]", firstSeenAt: seen, lastSeenAt: seen,
      },
    });
    const viaPrisma = await db.finding.findFirstOrThrow({ where: { tenantId: tenant.id }, select: { stalls: true, firstSeenAt: true, version: true, resolvedAt: true } });
    const [viaDriver] = await transaction(async (_tx, connection) =>
      connection.all<typeof viaPrisma>(`SELECT "stalls", "firstSeenAt", "version", "resolvedAt" FROM "Finding" WHERE "tenantId" = ?`, [tenant.id]),
    );
    expect(viaDriver).toEqual(viaPrisma);
    expect(viaDriver).toEqual({ stalls: true, firstSeenAt: seen, version: 1, resolvedAt: null });

    const settings = await transaction(async (_tx, connection) =>
      connection.map(`SELECT "smartCardRedirectionAllowed", "webAuthnRedirectionAllowed", "adfsUserCertificateAuthentication" FROM "Tenant" WHERE "id" = ?`, [tenant.id], (row) => row),
    );
    expect(settings).toEqual([{ smartCardRedirectionAllowed: true, webAuthnRedirectionAllowed: false, adfsUserCertificateAuthentication: null }]);
  });

  it("reads the database's own CURRENT_TIMESTAMP defaults as UTC", async () => {
    const rows = await transaction(async (_tx, connection) => {
      await connection.run(`INSERT INTO "AuditEvent" ("id", "action", "summary") VALUES ('driver-at', 'test.at', 'x')`);
      return connection.all<{ at: Date }>(`SELECT "at" FROM "AuditEvent" WHERE "id" = 'driver-at'`);
    });
    expect(Math.abs(rows[0].at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("reads a tenant table in the order asked, mapping each row", async () => {
    const tenant = await db.tenant.create({ data: { displayName: "Driver rows order" } });
    for (const name of ["b.example.com", "a.example.com"]) await db.domain.create({ data: { tenantId: tenant.id, name, authenticationType: "Managed" } });
    const names = await transaction(async (_tx, connection) => tenantRows(connection, "Domain", { name: true }, tenant.id, "name", (row: { name: string }) => row.name));
    expect(names).toEqual(["a.example.com", "b.example.com"]);
  });
});
