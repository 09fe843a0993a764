import { describe, expect, it } from "vitest";
import { evaluateIndex, evaluateTenant } from "./engine";
import { buildTenantIndex } from "./tenant-index";
import { clientOf, cloudPcFor, externalUser, federatedUser, hybridUser, ids, testNow, tenantSnapshot } from "./testing/builders";

// A tenant with one healthy user of each identity type: every rule that reports should pass.
function healthyTenant() {
  const alice = hybridUser("alice", { sightline: { signInMethods: ["windowsHelloForBusiness"], inSessionMethods: ["smartCard"] } });
  const carol = externalUser("carol");
  const dave = federatedUser("dave", { sightline: { inSessionMethods: ["webAuthn"] } });
  return tenantSnapshot({
    users: [alice, carol, dave],
    cloudPCs: [cloudPcFor(alice, { provisioningPolicyId: ids.hybridPolicy }), cloudPcFor(carol), cloudPcFor(dave)],
    clients: [clientOf(alice), clientOf(carol), clientOf(dave)],
  });
}

describe("evaluateTenant", () => {
  it("finds nothing wrong in a healthy tenant, while still judging every entity in scope", () => {
    const { results } = evaluateTenant(healthyTenant(), { now: testNow });
    expect(results.filter((r) => r.status !== "pass")).toEqual([]);
    expect(new Set(results.map((r) => r.ruleId)).size).toBeGreaterThan(30);
    expect(results.every((r) => r.evidence.length > 0)).toBe(true);
  });

  it("runs only the requested rules, in catalog order, and returns the index it built", () => {
    const { results, index } = evaluateTenant(healthyTenant(), { now: testNow, ruleIds: ["SSO-001", "JOIN-001"] });
    expect([...new Set(results.map((r) => r.ruleId))]).toEqual(["JOIN-001", "SSO-001"]);
    expect(index.usersById.size).toBe(3);
  });

  it("gives the same results from a reused index", () => {
    const snapshot = healthyTenant();
    expect(evaluateIndex(buildTenantIndex(snapshot), { now: testNow })).toEqual(evaluateTenant(snapshot, { now: testNow }).results);
  });

  it("reports a misconfiguration found in a healthy tenant's neighbour", () => {
    const snapshot = healthyTenant();
    snapshot.cloudPCs[1].connectionSetting = { enableSingleSignOn: false };
    const fails = evaluateTenant(snapshot, { now: testNow }).results.filter((r) => r.status === "fail");
    expect(fails.map((r) => r.ruleId)).toEqual(["EXT-004", "SSO-006"]);
  });
});
