import { describe, expect, it } from "vitest";
import { buildTenantIndex } from "./tenant-index";
import { agentEvent, agentPoolParts, agentSession, clientOf, cloudOnlyUser, cloudPcFor, entraPolicy, hybridUser, ids, tenantSnapshot } from "./testing/builders";

describe("buildTenantIndex", () => {
  const alice = hybridUser("alice", { userPrincipalName: "Alice@Contoso.com" });
  const bob = cloudOnlyUser("bob");
  const snapshot = tenantSnapshot({
    users: [alice, bob],
    cloudPCs: [cloudPcFor(alice, { userPrincipalName: "alice@contoso.com", provisioningPolicyId: ids.hybridPolicy }), cloudPcFor(bob, { connectionSetting: null })],
    clients: [clientOf(alice), clientOf(alice, { id: "client-alice-web", app: "windowsAppWeb" })],
    configurationAssignments: [
      { id: "a1", displayName: "GPO", managementType: "groupPolicy", target: "device", provisioningPolicyId: ids.hybridPolicy },
      { id: "a2", displayName: "Profile", managementType: "intune", target: "user", userId: "bob" },
    ],
  });
  const index = buildTenantIndex(snapshot);

  it("matches Cloud PCs to users on the UPN, case-insensitively, and classifies each user once", () => {
    const entry = index.usersByUpn.get("alice@contoso.com");
    expect(entry?.user.id).toBe("alice");
    expect(entry?.identity.identityType).toBe("hybrid");
    expect(entry?.cloudPcs.map((c) => c.cloudPc.id)).toEqual(["pc-alice"]);
    expect(entry?.clients.map((c) => c.id)).toEqual(["client-alice", "client-alice-web"]);
    expect(index.cloudPcsById.get("pc-alice")?.user?.user.id).toBe("alice");
  });

  it("derives each Cloud PC's policy, join type, network connection and SSO applied", () => {
    const pc = index.cloudPcsById.get("pc-alice");
    expect(pc?.joinType).toBe("hybridAzureADJoin");
    expect(pc?.policy?.networkConnection?.id).toBe(ids.hybridConnection);
    expect(pc?.sso).toEqual({ value: true, source: "connectionSetting" });
    expect(index.cloudPcsById.get("pc-bob")?.sso).toEqual({ value: true, source: "provisioningPolicy" });
    expect(index.policiesById.get(ids.entraPolicy)?.networkConnection).toBeNull();
  });

  it("groups configuration assignments and keys lookups as documented", () => {
    expect(index.assignmentsByPolicyId.get(ids.hybridPolicy)?.map((a) => a.id)).toEqual(["a1"]);
    expect(index.assignmentsByUserId.get("bob")?.map((a) => a.id)).toEqual(["a2"]);
    expect(index.methodConfigurationsById?.get("fido2")?.state).toBe("enabled");
    expect(index.domainsByName.get("federated.contoso.com")?.authenticationType).toBe("Federated");
    expect(index.clientsById.get("client-alice-web")?.user?.user.id).toBe("alice");
  });

  it("has no method configurations when the snapshot has no methods policy", () => {
    expect(buildTenantIndex(tenantSnapshot({ authenticationMethodsPolicy: null, provisioningPolicies: [entraPolicy()] })).methodConfigurationsById).toBeNull();
  });

  it("sorts agent events by time, sessions per Cloud PC by start, and keys resets by the Cloud PC they reset", () => {
    const later = agentSession("s-2", {
      startedAt: "2026-05-01T11:00:00Z",
      events: [agentEvent("b", "taskCompleted", "2026-05-01T11:10:00Z"), agentEvent("a", "tokenIssued", "2026-05-01T11:00:01Z")],
    });
    const earlier = agentSession("s-1", { events: [agentEvent("r", "cloudPcReset", "2026-05-01T10:31:00Z")] });
    const agents = buildTenantIndex(tenantSnapshot(agentPoolParts([later, earlier])));
    expect(agents.agentSessions[0].events.map((e) => e.id)).toEqual(["a", "b"]);
    expect(agents.agentSessionsByCloudPcId.get("cpca-1")?.map((s) => s.session.id)).toEqual(["s-1", "s-2"]);
    expect(agents.cloudPcResetsByCloudPcId.get("cpca-1")?.map((r) => r.event.id)).toEqual(["r"]);
    expect(agents.agentPoolsById.get("pool-1")?.assignedAgentIds.has("agent-1")).toBe(true);
  });
});
