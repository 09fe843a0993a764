import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadTenantSnapshot } from "@/lib/tenant-data/load-snapshot";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";
import { cloudPcAppIds } from "@/lib/validations/enums";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import { importFiles, type ImportResult } from "./import-files";
import { graphFixture, graphFixtureJson, graphFixtureNames } from "./testing/fixtures";
import { createTenant } from "./testing/tenants";
import type { UploadFile } from "./upload-file";

const actor = { email: "admin@sightline.test", role: "admin" };
const annotations = new Set(["@odata.context", "@odata.nextLink", "@odata.count"]);

/** A value as the stored tenant gives it back: nulls and absent properties are the same, keys sorted. */
function canonical(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = canonical((value as Record<string, unknown>)[key]);
    if (item !== null && item !== undefined) out[key] = item;
  }
  return out;
}

/** The objects of a fixture payload, as Graph returned them (a page's value, a list, or one object). */
function payloadObjects(json: unknown): Record<string, unknown>[] {
  const objects = Array.isArray(json) ? json : typeof json === "object" && json !== null && Array.isArray((json as { value?: unknown }).value) ? (json as { value: unknown[] }).value : [json];
  return (objects as Record<string, unknown>[]).map((o) => Object.fromEntries(Object.entries(o).filter(([key]) => !annotations.has(key))));
}

/** Where a fixture's objects land in the stored tenant. */
function storedObjects(name: string, snapshot: TenantSnapshot): Record<string, unknown>[] {
  if (name.startsWith("users")) return snapshot.users;
  if (name.startsWith("cloudpcs")) return snapshot.cloudPCs;
  if (name.startsWith("provisioning-policy")) return snapshot.provisioningPolicies;
  if (name.startsWith("onpremises-connection")) return snapshot.onPremisesConnections;
  if (name.startsWith("conditional-access")) return snapshot.conditionalAccessPolicies;
  if (name.startsWith("authentication-methods")) return snapshot.authenticationMethodsPolicy ? [snapshot.authenticationMethodsPolicy] : [];
  if (name.startsWith("remote-desktop")) return snapshot.remoteDesktopSecurityConfigurations;
  throw new Error(`no mapping for fixture ${name}`);
}

function expectOk(result: ImportResult): asserts result is Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.issues, null, 2)}`);
}

/** The stored tenant lists the methods policy's configurations by id (load-snapshot.ts); so does the comparison. */
function byId(key: string, value: unknown): unknown {
  if (key !== "authenticationMethodConfigurations" || !Array.isArray(value)) return value;
  return [...(value as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1));
}

const tenantTables = () => databaseState({ except: ["AuditEvent"] });

describe("importing Microsoft's Graph payloads", () => {
  it("keeps the fixture copies identical to the shared originals", async () => {
    const { existsSync, readdirSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { graphFixtureDir, sharedGraphFixtureDir } = await import("./testing/fixtures");
    if (!sharedGraphFixtureDir || !existsSync(sharedGraphFixtureDir)) return; // a checkout without the shared folder
    const shared = readdirSync(sharedGraphFixtureDir).sort();
    expect(graphFixtureNames).toEqual(shared.filter((name) => name.endsWith(".json")));
    for (const name of shared) expect(readFileSync(path.join(graphFixtureDir, name)).equals(readFileSync(path.join(sharedGraphFixtureDir, name)))).toBe(true);
  });

  it.each(graphFixtureNames)("imports %s unchanged, stores every fact of it, and a second import changes nothing", async (name) => {
    const tenantId = await createTenant(`Fixture ${name}`);
    const before = await tenantTables();

    const preview = await importFiles(tenantId, [graphFixture(name)], actor, { dryRun: true });
    expectOk(preview);
    expect(await tenantTables()).toEqual(before); // a preview writes nothing
    const objects = payloadObjects(graphFixtureJson(name));
    expect(preview.preview.entities.reduce((sum, e) => sum + e.new, 0)).toBeGreaterThanOrEqual(objects.length);

    const committed = await importFiles(tenantId, [graphFixture(name)], actor, { dryRun: false, expectedPlanHash: preview.preview.planHash });
    expectOk(committed);
    // The preview said exactly what the save did, entity type by entity type.
    for (const entity of committed.preview.entities) {
      const saved = committed.counts![entity.type as keyof NonNullable<typeof committed.counts>];
      expect({ type: entity.type, new: entity.new, changed: entity.changed, removed: entity.removed }).toEqual({
        type: entity.type,
        new: saved.created,
        changed: saved.updated,
        removed: saved.removed,
      });
    }

    const stored = storedObjects(name, await loadTenantSnapshot(tenantId));
    expect(stored).toHaveLength(objects.length);
    for (const object of objects) {
      const match = stored.find((s) => s.id === object.id) ?? stored[0];
      for (const [key, value] of Object.entries(object)) expect(canonical(byId(key, match[key])), `${name} ${String(object.id)} ${key}`).toEqual(canonical(byId(key, value)));
    }

    const afterFirst = await tenantTables();
    const again = await importFiles(tenantId, [graphFixture(name)], actor, { dryRun: false });
    expectOk(again);
    expect(again.preview.changes).toBe(false);
    expect(again.preview.entities.every((e) => e.new + e.changed + e.removed === 0)).toBe(true);
    expect(await tenantTables()).toEqual(afterFirst);
  });

  it("imports all fixtures at once and derives identity types and join types from them", async () => {
    const tenantId = await createTenant("All fixtures", {
      domains: [
        { id: "contoso.com", authenticationType: "Managed", isVerified: true },
        { id: "federated.contoso.com", authenticationType: "Federated", isVerified: true },
      ],
    });
    const result = await importFiles(tenantId, graphFixtureNames.map(graphFixture), actor, { dryRun: false });
    expectOk(result);
    const users = await db.directoryUser.findMany({ where: { tenantId }, select: { userPrincipalName: true, identityType: true }, orderBy: { graphId: "asc" } });
    expect(users.map((u) => [u.userPrincipalName, u.identityType])).toEqual([
      ["alice@contoso.com", "hybrid"],
      ["bob@contoso.onmicrosoft.com", "cloudOnly"],
      ["carol_fabrikam.com#EXT#@contoso.onmicrosoft.com", "external"],
      ["dave@federated.contoso.com", "federated"],
    ]);
    const policy = await db.provisioningPolicy.findFirstOrThrow({ where: { tenantId }, select: { joinType: true, enableSingleSignOn: true, onPremisesConnectionGraphId: true } });
    expect(policy).toEqual({ joinType: "hybridAzureADJoin", enableSingleSignOn: true, onPremisesConnectionGraphId: "16ee6c71-fc10-438b-88ac-daa1ccafffff" });
    const rdp = await db.remoteDesktopConfiguration.findFirstOrThrow({ where: { tenantId }, select: { servicePrincipalAppId: true, servicePrincipalName: true, isRemoteDesktopProtocolEnabled: true } });
    expect(rdp).toEqual({ servicePrincipalAppId: cloudPcAppIds.windowsCloudLogin, servicePrincipalName: "Windows Cloud Login", isRemoteDesktopProtocolEnabled: true });
    const methods = await db.authenticationMethodConfiguration.findMany({ where: { tenantId }, select: { methodId: true, state: true }, orderBy: { methodId: "asc" } });
    expect(methods.map((m) => `${m.methodId}:${m.state}`)).toEqual(["Email:enabled", "Fido2:disabled", "MicrosoftAuthenticator:disabled", "Sms:enabled", "TemporaryAccessPass:disabled"]);
    // The beta page's deprecated statusDetails is kept beside the rest, and its invalid-looking date is kept as text.
    const snapshot = await loadTenantSnapshot(tenantId);
    const failed = snapshot.cloudPCs.find((c) => c.id === "fd0230cd-4e05-4ecd-ad05-72f8a30042f1")!;
    expect((failed.statusDetails as { code: string }).code).toBe("intuneEnrollFailed");
    expect(snapshot.cloudPCs.find((c) => c.id === "662009bc-7732-4f6f-8726-25883518ffff")!.gracePeriodEndDateTime).toBe("2020-11-010T20:00:34Z");

    const state = await tenantTables();
    const again = await importFiles(tenantId, graphFixtureNames.map(graphFixture), actor, { dryRun: false });
    expectOk(again);
    expect(again.preview.changes).toBe(false);
    expect(await tenantTables()).toEqual(state);
    const audit = await db.auditEvent.findMany({ where: { tenantId, action: "import.committed" }, select: { actorEmail: true } });
    expect(audit).toEqual([{ actorEmail: actor.email }, { actorEmail: actor.email }]);
  });

  it("keeps the users' Sightline facts when Graph sends the users again", async () => {
    const alice = payloadObjects(graphFixtureJson("users-constructed.json"))[0];
    const tenantId = await createTenant("Facts kept", {
      users: [
        {
          ...(alice as { id: string; userPrincipalName: string }),
          displayName: "Alice (old name)",
          onPremisesSyncEnabled: false,
          memberOf: ["group-1"],
          sightline: { signInMethods: ["smartCard"], identityTypeOverride: "cloudOnly", identityTypeOverrideReason: "Migrated off AD", homeCloud: null },
        },
      ],
    });
    const result = await importFiles(tenantId, [graphFixture("users-constructed.json")], actor, { dryRun: false });
    expectOk(result);
    const users = result.preview.entities.find((e) => e.type === "users")!;
    expect([users.new, users.changed]).toEqual([3, 1]);
    expect(users.samples.find((s) => s.change === "changed")?.fields).toEqual(["onPremisesSyncEnabled"]);
    const stored = (await loadTenantSnapshot(tenantId)).users.find((u) => u.id === alice.id)!;
    expect(stored.sightline).toEqual({ signInMethods: ["smartCard"], identityTypeOverride: "cloudOnly", identityTypeOverrideReason: "Migrated off AD" });
    expect(stored.memberOf).toEqual(["group-1"]);
    expect(stored.displayName).toBe("Alice (old name)"); // the fixture has no displayName: a $select that leaves a property out keeps it
    expect(stored.onPremisesSyncEnabled).toBe(true);
  });

  it("re-derives the identity type of stored users when a domain's authentication type changes", async () => {
    const dave = payloadObjects(graphFixtureJson("users-constructed.json"))[3] as { id: string; userPrincipalName: string };
    const tenantId = await createTenant("Domain change", { users: [dave], domains: [{ id: "federated.contoso.com", authenticationType: "Managed" }] });
    const domains: UploadFile = {
      name: "domains.json",
      bytes: Buffer.from(JSON.stringify({ "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#domains", value: [{ id: "federated.contoso.com", authenticationType: "Federated", isVerified: true }] })),
    };
    const result = await importFiles(tenantId, [domains], actor, { dryRun: false });
    expectOk(result);
    const users = result.preview.entities.find((e) => e.type === "users")!;
    expect(users.changed).toBe(1);
    expect(users.samples[0].fields).toEqual(["identityType (derived)"]);
    expect(result.counts!.users.updated).toBe(1);
    expect((await db.directoryUser.findFirstOrThrow({ where: { tenantId }, select: { identityType: true } })).identityType).toBe("federated");
  });
});
