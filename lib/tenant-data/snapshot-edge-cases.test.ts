import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { TenantSnapshot, type TenantSnapshotInput } from "@/lib/validations/snapshot";
import { canonicalSnapshot } from "./canonical-snapshot";
import { loadTenantSnapshot } from "./load-snapshot";
import { saveTenantSnapshot } from "./save-snapshot";

/** A small hand-made tenant exercising the corners of the row <-> Graph mapping. */
function edgeCaseSnapshot(displayName: string): TenantSnapshot {
  const input: TenantSnapshotInput = {
    snapshotVersion: 1,
    exportedAt: "2025-11-20T09:00:00.000Z",
    tenant: { displayName, tenantId: "00000000-0000-4000-8000-000000000001", cloud: "commercial", edition: "enterprise" },
    tenantSettings: { smartCardRedirectionAllowed: false, webAuthnRedirectionAllowed: null },
    domains: [
      { id: "edge.example", authenticationType: "Managed", isVerified: true, supportedServices: ["Email"] },
      { id: "idp.example", authenticationType: "Federated" },
    ],
    groups: [{ id: "g1", displayName: null, securityEnabled: true }],
    users: [
      {
        id: "u1",
        userPrincipalName: "Ann@Edge.example",
        onPremisesSyncEnabled: null,
        memberOf: [],
        identities: null,
        sightline: { signInMethods: [], identityTypeOverride: "hybrid", identityTypeOverrideReason: "synced by a legacy tool" },
        employeeId: null,
        customSecurityAttributes: { team: { name: "blue", tags: ["a", null] } },
      },
      { id: "u2", userPrincipalName: "bob@idp.example", sightline: {} },
    ],
    cloudPCs: [
      { id: "c1", displayName: "CPC-1", userPrincipalName: "ANN@edge.example", provisioningPolicyId: "p1", connectionSetting: { enableSingleSignOn: false, extra: 1 } },
      { id: "c2", displayName: "CPC-2", provisioningPolicyId: "missing-policy", connectionSetting: { otherSetting: "x" }, sightline: { installedUpdates: [] } },
      { id: "c3", displayName: "CPC-3", connectionSetting: null, sightline: { agentPoolId: "pool1" } },
    ],
    provisioningPolicies: [
      { id: "p1", displayName: "Old payload", domainJoinConfigurations: [{ type: "hybridAzureADJoin", onPremisesConnectionId: "n1", regionName: null }], assignments: [] },
    ],
    onPremisesConnections: [
      { id: "n1", displayName: "No checks", healthCheckStatusDetail: { healthChecks: [], lastRunBy: "system" } },
      { id: "n2", displayName: "Detail without checks", healthCheckStatusDetail: { startDateTime: "2025-11-01T00:00:00Z" } },
      { id: "n3", displayName: "Checks", healthCheckStatusDetail: { healthChecks: [{ displayName: "DNS", status: "failed", additionalDetail: "x" }, { status: "passed" }] } },
      { id: "n4", displayName: "Never checked", healthCheckStatusDetail: null },
    ],
    conditionalAccessPolicies: [{ id: "ca1", displayName: "Empty", state: "disabled", conditions: {}, grantControls: null, modifiedDateTime: null }],
    authenticationMethodsPolicy: { id: "authenticationMethodsPolicy", displayName: "Policy", authenticationMethodConfigurations: [] },
    remoteDesktopSecurityConfigurations: [{ servicePrincipalAppId: "a4a365df-50f1-4397-bc59-1a1564b8bb9c", targetDeviceGroups: [] }],
    agentPools: [{ id: "pool1", displayName: "Pool", assignedAgentIds: ["b", "a"] }],
    agentIdentities: [{ id: "a", displayName: "Agent A" }],
    agentSessions: [{ id: "s1", agentId: "a", poolId: "pool1", startedAt: "2025-11-20T08:00:00Z", events: [] }],
  };
  return TenantSnapshot.parse(input);
}

describe("saving and loading the corners of a snapshot", () => {
  it("loads back every property, unknown ones included, in canonical form", async () => {
    const snapshot = edgeCaseSnapshot("Edge cases");
    const { tenantId } = await saveTenantSnapshot(snapshot, { mode: "replace" });
    const loaded = await loadTenantSnapshot(tenantId);
    expect(canonicalSnapshot(loaded)).toEqual(canonicalSnapshot(snapshot));

    const ann = loaded.users.find((user) => user.id === "u1");
    expect(ann?.memberOf).toEqual([]); // an empty list is not the same as an unknown one
    expect(ann?.sightline?.signInMethods).toEqual([]);
    expect(ann).toHaveProperty("employeeId", null); // unknown properties come back exactly, nulls too
    expect(ann).toHaveProperty("customSecurityAttributes", { team: { name: "blue", tags: ["a", null] } });
    expect(ann).not.toHaveProperty("onPremisesSyncEnabled"); // a null column loads as absent
    expect(loaded.cloudPCs.find((c) => c.id === "c1")?.connectionSetting).toEqual({ enableSingleSignOn: false, extra: 1 });
    expect(loaded.cloudPCs.find((c) => c.id === "c2")?.connectionSetting).toEqual({ otherSetting: "x" });
    expect(loaded.onPremisesConnections.find((n) => n.id === "n1")?.healthCheckStatusDetail).toEqual({ healthChecks: [], lastRunBy: "system" });
    expect(loaded.authenticationMethodsPolicy).toEqual({ id: "authenticationMethodsPolicy", displayName: "Policy", authenticationMethodConfigurations: [] });
    expect(loaded.agentPools[0].assignedAgentIds).toEqual(["b", "a"]);
    expect(loaded.exportedAt).toBe("2025-11-20T09:00:00.000Z");
  });

  it("derives identity and join types from the facts, the override and the policy", async () => {
    const { tenantId } = await saveTenantSnapshot(edgeCaseSnapshot("Edge derived"), { mode: "replace" });
    const users = await db.directoryUser.findMany({ where: { tenantId }, select: { graphId: true, identityType: true, upnLower: true }, orderBy: { graphId: "asc" } });
    expect(users).toEqual([
      { graphId: "u1", identityType: "hybrid", upnLower: "ann@edge.example" },
      { graphId: "u2", identityType: "federated", upnLower: "bob@idp.example" },
    ]);
    const cloudPcs = await db.cloudPc.findMany({ where: { tenantId }, select: { graphId: true, joinType: true, ssoApplied: true }, orderBy: { graphId: "asc" } });
    expect(cloudPcs).toEqual([
      { graphId: "c1", joinType: "hybridAzureADJoin", ssoApplied: false },
      { graphId: "c2", joinType: null, ssoApplied: null },
      { graphId: "c3", joinType: null, ssoApplied: null },
    ]);
    const policy = await db.provisioningPolicy.findFirstOrThrow({ where: { tenantId }, select: { joinType: true, onPremisesConnectionGraphId: true } });
    expect(policy).toEqual({ joinType: "hybridAzureADJoin", onPremisesConnectionGraphId: "n1" });
    const connections = await db.networkConnection.findMany({ where: { tenantId }, select: { graphId: true, hasHealthCheckDetail: true }, orderBy: { graphId: "asc" } });
    expect(connections.map((c) => c.hasHealthCheckDetail)).toEqual([true, true, true, false]);
  });

  it("re-derives kept rows in merge mode when the snapshot changes what they depend on", async () => {
    const snapshot = edgeCaseSnapshot("Edge merge");
    const { tenantId } = await saveTenantSnapshot(snapshot, { mode: "replace" });
    const partial: TenantSnapshot = {
      ...edgeCaseSnapshot("Edge merge"),
      tenantSettings: undefined,
      domains: [{ id: "idp.example", authenticationType: "Managed" }],
      users: [],
      cloudPCs: [],
      provisioningPolicies: [{ ...snapshot.provisioningPolicies[0], domainJoinConfigurations: [{ domainJoinType: "azureADJoin" }] }],
    };
    const { counts } = await saveTenantSnapshot(partial, { mode: "merge" });
    expect(counts.users).toMatchObject({ updated: 1, removed: 0 });
    expect(counts.cloudPcs).toMatchObject({ updated: 1, removed: 0 });
    const bob = await db.directoryUser.findFirstOrThrow({ where: { tenantId, graphId: "u2" }, select: { identityType: true, version: true } });
    expect(bob).toEqual({ identityType: "cloudOnly", version: 2 });
    const c1 = await db.cloudPc.findFirstOrThrow({ where: { tenantId, graphId: "c1" }, select: { joinType: true } });
    expect(c1.joinType).toBe("azureADJoin");
    // A merge snapshot without tenant settings keeps the stored ones.
    const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { smartCardRedirectionAllowed: true } });
    expect(tenant.smartCardRedirectionAllowed).toBe(false);
  });

  it("refuses a snapshot that lists an id twice, before writing anything", async () => {
    const snapshot = edgeCaseSnapshot("Edge duplicate");
    const duplicated = { ...snapshot, cloudPCs: [...snapshot.cloudPCs, snapshot.cloudPCs[0]] };
    await expect(saveTenantSnapshot(duplicated, { mode: "replace" })).rejects.toThrow(DomainError);
    expect(await db.tenant.findUnique({ where: { displayName: "Edge duplicate" }, select: { id: true } })).toBeNull();
  });
});
