import { describe, expect, it } from "vitest";
import { databaseKind, db } from "@/lib/db";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { buildContosoSnapshot, buildFabrikamSnapshot } from "@/prisma/demo";
import { canonicalSnapshot } from "./canonical-snapshot";
import { loadTenantSnapshot } from "./load-snapshot";
import { saveTenantSnapshot, type SnapshotCounts } from "./save-snapshot";
import { databaseState } from "./testing/database-checksum";

/** A fresh demo snapshot under its own tenant name, so the tests do not see each other's tenants. */
function demo(displayName: string, build: () => TenantSnapshot = buildContosoSnapshot): TenantSnapshot {
  const snapshot = TenantSnapshot.parse(build());
  return { ...snapshot, tenant: { ...snapshot.tenant, displayName } };
}
const contoso = (displayName: string) => demo(displayName);

const totals = (counts: SnapshotCounts) =>
  Object.values(counts).reduce(
    (sum, c) => ({ created: sum.created + c.created, updated: sum.updated + c.updated, removed: sum.removed + c.removed }),
    { created: 0, updated: 0, removed: 0 },
  );

describe("saveTenantSnapshot and loadTenantSnapshot", () => {
  it("saves the Contoso demo tenant and loads it back unchanged", async () => {
    const snapshot = contoso("Contoso round trip");
    const { tenantId, counts } = await saveTenantSnapshot(snapshot, { mode: "replace" });

    expect(counts.tenant.created).toBe(1);
    expect(counts.users.created).toBe(snapshot.users.length);
    expect(counts.cloudPcs.created).toBe(snapshot.cloudPCs.length);
    expect(counts.agentSessions.created).toBe(snapshot.agentSessions.length);
    expect(counts.authenticationMethods.created).toBe(snapshot.authenticationMethodsPolicy?.authenticationMethodConfigurations.length);

    const loaded = await loadTenantSnapshot(tenantId);
    expect(canonicalSnapshot(loaded)).toEqual(canonicalSnapshot(snapshot));
    // What comes back is a valid snapshot in its own right, and parsing it changes nothing.
    expect(canonicalSnapshot(TenantSnapshot.parse(loaded))).toEqual(canonicalSnapshot(snapshot));
  });

  it("saves the Fabrikam demo tenant and loads it back unchanged", async () => {
    const snapshot = demo("Fabrikam round trip", buildFabrikamSnapshot);
    const { tenantId } = await saveTenantSnapshot(snapshot, { mode: "replace" });
    expect(canonicalSnapshot(await loadTenantSnapshot(tenantId))).toEqual(canonicalSnapshot(snapshot));
  });

  it("stores the derived columns the pages filter on", async () => {
    const snapshot = contoso("Contoso derived columns");
    const { tenantId } = await saveTenantSnapshot(snapshot, { mode: "replace" });
    const hybridPolicy = snapshot.provisioningPolicies.find((p) => p.domainJoinConfigurations?.[0]?.domainJoinType === "hybridAzureADJoin");
    const cloudPc = snapshot.cloudPCs.find((c) => c.provisioningPolicyId === hybridPolicy?.id && c.userPrincipalName);
    expect(cloudPc).toBeDefined();
    const row = await db.cloudPc.findUniqueOrThrow({
      where: { tenantId_graphId: { tenantId, graphId: cloudPc!.id } },
      select: { joinType: true, upnLower: true, ssoApplied: true },
    });
    expect(row).toEqual({
      joinType: "hybridAzureADJoin",
      upnLower: cloudPc!.userPrincipalName!.toLowerCase(),
      ssoApplied: cloudPc!.connectionSetting?.enableSingleSignOn ?? null,
    });
    const types = await db.directoryUser.groupBy({ by: ["identityType"], where: { tenantId }, _count: true });
    expect(types.map((t) => t.identityType).sort()).toEqual(["cloudOnly", "external", "federated", "hybrid"]);
  });

  it("changes nothing when the same snapshot is saved again", async () => {
    const snapshot = contoso("Contoso twice");
    await saveTenantSnapshot(snapshot, { mode: "replace" });
    const before = await databaseState({ except: ["AuditEvent"] });

    const { counts } = await saveTenantSnapshot(contoso("Contoso twice"), { mode: "replace" });

    expect(totals(counts)).toEqual({ created: 0, updated: 0, removed: 0 });
    expect(counts.cloudPcs.unchanged).toBe(snapshot.cloudPCs.length);
    expect(counts.tenant.unchanged).toBe(1);
    // No row was written: versions, updatedAt and dataUpdatedAt are all as they were.
    expect(await databaseState({ except: ["AuditEvent"] })).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "tenant.snapshotSaved", summary: { contains: "Contoso twice" } } })).toBe(2);
  });

  it("bumps the version of the rows that changed, and only those", async () => {
    const snapshot = contoso("Contoso one change");
    const { tenantId } = await saveTenantSnapshot(snapshot, { mode: "replace" });
    const tenantBefore = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { dataUpdatedAt: true, version: true } });

    const [first, ...rest] = snapshot.cloudPCs;
    const [connection, ...otherConnections] = snapshot.onPremisesConnections;
    const checks = connection.healthCheckStatusDetail?.healthChecks ?? [];
    const changed: TenantSnapshot = {
      ...snapshot,
      cloudPCs: [{ ...first, status: "inGracePeriod" }, ...rest],
      onPremisesConnections: [
        { ...connection, healthCheckStatusDetail: { ...connection.healthCheckStatusDetail, healthChecks: [...checks, { displayName: "New check", status: "passed" }] } },
        ...otherConnections,
      ],
    };
    const { counts } = await saveTenantSnapshot(changed, { mode: "replace" });

    expect(totals(counts)).toEqual({ created: 0, updated: 2, removed: 0 });
    expect(counts.cloudPcs).toMatchObject({ updated: 1, unchanged: snapshot.cloudPCs.length - 1 });
    expect(counts.networkConnections.updated).toBe(1);
    const versions = await db.cloudPc.groupBy({ by: ["version"], where: { tenantId }, _count: true });
    expect(versions.map((v) => [v.version, v._count])).toEqual([[1, snapshot.cloudPCs.length - 1], [2, 1]]);
    expect(await db.healthCheck.count({ where: { networkConnection: { tenantId, graphId: connection.id } } })).toBe(checks.length + 1);
    const tenantAfter = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { dataUpdatedAt: true, version: true } });
    expect(tenantAfter.dataUpdatedAt.getTime()).toBeGreaterThanOrEqual(tenantBefore.dataUpdatedAt.getTime());
    expect(tenantAfter.version).toBe(tenantBefore.version);
    expect(canonicalSnapshot(await loadTenantSnapshot(tenantId))).toEqual(canonicalSnapshot(changed));
  });

  it("removes a Cloud PC the snapshot dropped in replace mode, and keeps it in merge mode", async () => {
    const snapshot = contoso("Contoso dropped Cloud PC");
    const { tenantId } = await saveTenantSnapshot(snapshot, { mode: "replace" });
    const [dropped, ...kept] = snapshot.cloudPCs;
    const withoutOne = { ...snapshot, cloudPCs: kept };
    const where = { tenantId_graphId: { tenantId, graphId: dropped.id } };

    const merged = await saveTenantSnapshot(withoutOne, { mode: "merge" });
    expect(merged.counts.cloudPcs).toEqual({ created: 0, updated: 0, removed: 0, unchanged: snapshot.cloudPCs.length });
    expect(await db.cloudPc.findUnique({ where, select: { id: true } })).not.toBeNull();

    const replaced = await saveTenantSnapshot(withoutOne, { mode: "replace" });
    expect(replaced.counts.cloudPcs).toEqual({ created: 0, updated: 0, removed: 1, unchanged: kept.length });
    expect(totals(replaced.counts)).toEqual({ created: 0, updated: 0, removed: 1 });
    expect(await db.cloudPc.findUnique({ where, select: { id: true } })).toBeNull();
    expect(canonicalSnapshot(await loadTenantSnapshot(tenantId))).toEqual(canonicalSnapshot(withoutOne));
  });
});

/** A trigger that makes every insert into a table fail, in the dialect of the database under test. */
async function failInsertsInto(table: string) {
  if (databaseKind === "sqlite") {
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_inserts BEFORE INSERT ON "${table}" BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
  } else {
    await db.$executeRawUnsafe(`CREATE FUNCTION fail_inserts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_inserts BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION fail_inserts()`);
  }
}

async function stopFailingInsertsInto(table: string) {
  if (databaseKind === "sqlite") {
    await db.$executeRawUnsafe(`DROP TRIGGER fail_inserts`);
  } else {
    await db.$executeRawUnsafe(`DROP TRIGGER fail_inserts ON "${table}"`);
    await db.$executeRawUnsafe(`DROP FUNCTION fail_inserts()`);
  }
}

describe("a save that fails part way", () => {
  async function expectUnchangedAfter(save: () => Promise<unknown>, error: RegExp) {
    const before = await databaseState();
    await expect(save()).rejects.toThrow(error);
    expect(await databaseState()).toEqual(before);
  }

  it("leaves the database as it was when the last table's insert fails", async () => {
    const snapshot = contoso("Contoso failing save");
    await saveTenantSnapshot(snapshot, { mode: "replace" });
    // Session events are written last: failing them proves every earlier write is rolled back too.
    await failInsertsInto("AgentSessionEvent");
    try {
      const [session, ...sessions] = snapshot.agentSessions;
      const changed: TenantSnapshot = {
        ...snapshot,
        users: snapshot.users.map((user) => ({ ...user, displayName: `${user.displayName} (renamed)` })),
        cloudPCs: snapshot.cloudPCs.slice(1),
        agentSessions: [{ ...session, events: session.events.slice(1) }, ...sessions],
      };
      await expectUnchangedAfter(() => saveTenantSnapshot(changed, { mode: "replace" }), /simulated failure/);
      await expectUnchangedAfter(() => saveTenantSnapshot(contoso("Contoso never saved"), { mode: "replace" }), /simulated failure/);
    } finally {
      await stopFailingInsertsInto("AgentSessionEvent");
    }
    expect(await db.tenant.findUnique({ where: { displayName: "Contoso never saved" }, select: { id: true } })).toBeNull();
  });

  it("leaves the database as it was when a session lists an event id twice (unique index)", async () => {
    const snapshot = contoso("Contoso duplicate event");
    await saveTenantSnapshot(snapshot, { mode: "replace" });
    const [session, ...sessions] = snapshot.agentSessions;
    const duplicated: TenantSnapshot = {
      ...snapshot,
      cloudPCs: snapshot.cloudPCs.map((cloudPc) => ({ ...cloudPc, status: "failed" })),
      agentSessions: [{ ...session, events: [...session.events, session.events[0]] }, ...sessions],
    };
    await expectUnchangedAfter(() => saveTenantSnapshot(duplicated, { mode: "replace" }), /UNIQUE|unique constraint/i);
  });
});
