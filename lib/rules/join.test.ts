import { describe, expect, it } from "vitest";
import {
  clientOf,
  cloudOnlyUser,
  cloudPcFor,
  entraPolicy,
  evaluateRule,
  externalUser,
  hybridPolicy,
  hybridUser,
  ids,
  networkConnection,
  resultFor,
  tenantSnapshot,
} from "./testing/builders";

describe("JOIN-001 hybrid join needs an Azure subscription", () => {
  it("fails when the hybrid-joined policy's network connection has no subscription (Azure subscription: Required)", () => {
    const snapshot = tenantSnapshot({ onPremisesConnections: [networkConnection({ subscriptionId: null, subscriptionName: null })] });
    const result = resultFor("JOIN-001", snapshot, ids.hybridPolicy);
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Azure subscription of Corp VNet", value: null, ref: { entityType: "networkConnection", entityId: ids.hybridConnection } });
    expect(result.related).toEqual({ provisioningPolicyId: ids.hybridPolicy });
  });

  it("passes when the network connection has a subscription, and ignores Entra-joined policies (Optional there)", () => {
    const results = evaluateRule("JOIN-001", tenantSnapshot());
    expect(results.map((r) => [r.entityId, r.status])).toEqual([[ids.hybridPolicy, "pass"]]);
    expect(results[0].evidence.map((e) => e.value)).toContain("Contoso production");
  });

  it("is unknown when the policy's network connection is not in the snapshot", () => {
    const result = resultFor("JOIN-001", tenantSnapshot({ onPremisesConnections: [] }), ids.hybridPolicy);
    expect(result.status).toBe("unknown");
    expect(result.missing).toMatch(/Azure network connection anc-hybrid/);
  });
});

describe("JOIN-002 hybrid join needs line of sight to the domain controller", () => {
  const failing = (errorType: string) =>
    networkConnection({
      healthCheckStatus: "failed",
      healthCheckStatusDetail: { healthChecks: [{ displayName: "Active Directory domain join", status: "failed", errorType }] },
    });

  it("fails when the DNS health check failed: the virtual network has no line of sight to the domain controller", () => {
    const result = resultFor("JOIN-002", tenantSnapshot({ onPremisesConnections: [failing("dnsCheckFqdnNotFound")] }), ids.hybridPolicy);
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual(expect.objectContaining({ value: "failed: dnsCheckFqdnNotFound" }));
  });

  it("passes when only an unrelated check (endpoint connectivity) failed", () => {
    const result = resultFor("JOIN-002", tenantSnapshot({ onPremisesConnections: [failing("endpointConnectivityCheckCloudPcUrlNotAllowListed")] }), ids.hybridPolicy);
    expect(result.status).toBe("pass");
  });

  it("is unknown when no health checks were recorded", () => {
    const result = resultFor("JOIN-002", tenantSnapshot({ onPremisesConnections: [networkConnection({ healthCheckStatusDetail: null })] }), ids.hybridPolicy);
    expect(result.status).toBe("unknown");
    expect(result.missing).toMatch(/health check results of Azure network connection Corp VNet/);
  });
});

describe("JOIN-003 hybrid join supports hybrid users only", () => {
  it("fails when a cloud-only user is assigned a hybrid-joined Cloud PC, with the identity evidence", () => {
    const bob = cloudOnlyUser("bob");
    const snapshot = tenantSnapshot({ users: [bob], cloudPCs: [cloudPcFor(bob, { provisioningPolicyId: ids.hybridPolicy })] });
    const result = resultFor("JOIN-003", snapshot, "pc-bob");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Join type of policy Hybrid joined - corp", value: "hybridAzureADJoin", ref: { entityType: "provisioningPolicy", entityId: ids.hybridPolicy } });
    expect(result.evidence).toContainEqual(expect.objectContaining({ label: "Identity type of bob@contoso.com", value: "cloudOnly" }));
    expect(result.related).toEqual({ cloudPcId: "pc-bob", userId: "bob", provisioningPolicyId: ids.hybridPolicy });
  });

  it("fails for an external identity on a hybrid-joined Cloud PC too", () => {
    const guest = externalUser("carol");
    const snapshot = tenantSnapshot({ users: [guest], cloudPCs: [cloudPcFor(guest, { provisioningPolicyId: ids.hybridPolicy })] });
    expect(resultFor("JOIN-003", snapshot, "pc-carol").status).toBe("fail");
  });

  it("passes for a hybrid user, and does not report on Entra-joined Cloud PCs", () => {
    const alice = hybridUser("alice");
    const bob = cloudOnlyUser("bob");
    const snapshot = tenantSnapshot({ users: [alice, bob], cloudPCs: [cloudPcFor(alice, { provisioningPolicyId: ids.hybridPolicy }), cloudPcFor(bob)] });
    expect(evaluateRule("JOIN-003", snapshot).map((r) => [r.entityId, r.status])).toEqual([["pc-alice", "pass"]]);
  });

  it("is unknown when the policy's join type is not recorded and the user is not hybrid", () => {
    const bob = cloudOnlyUser("bob");
    const snapshot = tenantSnapshot({
      users: [bob],
      provisioningPolicies: [entraPolicy({ domainJoinConfigurations: [] })],
      cloudPCs: [cloudPcFor(bob)],
    });
    const result = resultFor("JOIN-003", snapshot, "pc-bob");
    expect(result.status).toBe("unknown");
    expect(result.missing).toMatch(/join type/);
  });

  it("is unknown when the assigned user is not in the snapshot", () => {
    const ghost = cloudOnlyUser("ghost");
    const snapshot = tenantSnapshot({ cloudPCs: [cloudPcFor(ghost, { provisioningPolicyId: ids.hybridPolicy })] });
    expect(resultFor("JOIN-003", snapshot, "pc-ghost").missing).toMatch(/ghost@contoso.com/);
  });
});

describe("JOIN-004 Entra join: policy management is Intune MDM only", () => {
  it("fails when a Group Policy object is linked to the Entra-joined Cloud PCs' policy", () => {
    const bob = cloudOnlyUser("bob");
    const snapshot = tenantSnapshot({
      users: [bob],
      cloudPCs: [cloudPcFor(bob)],
      configurationAssignments: [{ id: "gpo-1", displayName: "Corp drive mappings", managementType: "groupPolicy", target: "device", provisioningPolicyId: ids.entraPolicy }],
    });
    const result = resultFor("JOIN-004", snapshot, "pc-bob");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Group Policy object targeting it", value: "Corp drive mappings" });
  });

  it("fails when a Group Policy object targets the Cloud PC's user", () => {
    const bob = cloudOnlyUser("bob");
    const snapshot = tenantSnapshot({
      users: [bob],
      cloudPCs: [cloudPcFor(bob)],
      configurationAssignments: [{ id: "gpo-2", displayName: "User logon script", managementType: "groupPolicy", target: "user", userId: "bob" }],
    });
    expect(resultFor("JOIN-004", snapshot, "pc-bob").status).toBe("fail");
  });

  it("passes when only Intune profiles target it, and ignores GPOs on hybrid-joined Cloud PCs", () => {
    const bob = cloudOnlyUser("bob");
    const alice = hybridUser("alice");
    const snapshot = tenantSnapshot({
      users: [bob, alice],
      cloudPCs: [cloudPcFor(bob), cloudPcFor(alice, { provisioningPolicyId: ids.hybridPolicy })],
      configurationAssignments: [
        { id: "intune-1", displayName: "Baseline", managementType: "intune", target: "device", cloudPcId: "pc-bob" },
        { id: "gpo-3", displayName: "Corp GPO", managementType: "groupPolicy", target: "device", cloudPcId: "pc-alice" },
      ],
    });
    expect(evaluateRule("JOIN-004", snapshot).map((r) => [r.entityId, r.status])).toEqual([["pc-bob", "pass"]]);
  });
});

describe("JOIN-005 Windows Hello for Business on hybrid join needs line of sight to the domain controller", () => {
  const alice = hybridUser("alice", { sightline: { signInMethods: ["windowsHelloForBusiness"] } });
  const parts = (lineOfSight: boolean | null) => ({
    users: [alice],
    cloudPCs: [cloudPcFor(alice, { provisioningPolicyId: ids.hybridPolicy })],
    clients: [clientOf(alice, { lineOfSightToDomainController: lineOfSight })],
  });

  it("fails when the connecting device has no line of sight to the domain controller through the network or a VPN", () => {
    const result = resultFor("JOIN-005", tenantSnapshot(parts(false)), "client-alice");
    expect(result.status).toBe("fail");
    expect(result.related).toEqual({ clientId: "client-alice", userId: "alice", cloudPcId: "pc-alice", provisioningPolicyId: ids.hybridPolicy });
  });

  it("passes when the device reaches a domain controller", () => {
    expect(resultFor("JOIN-005", tenantSnapshot(parts(true)), "client-alice").status).toBe("pass");
  });

  it("is unknown when the client's line of sight is not recorded", () => {
    const result = resultFor("JOIN-005", tenantSnapshot(parts(null)), "client-alice");
    expect(result.status).toBe("unknown");
    expect(result.missing).toMatch(/line of sight to a domain controller/);
  });

  it("does not apply to users who do not sign in with Windows Hello for Business", () => {
    const bob = hybridUser("bob", { sightline: { signInMethods: ["password"] } });
    const snapshot = tenantSnapshot({
      users: [bob],
      cloudPCs: [cloudPcFor(bob, { provisioningPolicyId: ids.hybridPolicy })],
      clients: [clientOf(bob, { lineOfSightToDomainController: false })],
    });
    expect(evaluateRule("JOIN-005", snapshot)).toEqual([]);
  });
});
