import { describe, expect, it } from "vitest";
import { evaluateTenant, type RuleResult } from "@/lib/rules";
import { demoNow } from "@/prisma/factories/clock";
import { sliceSnapshot } from "./slice";
import { demoSnapshot, type DemoTenantName } from "./test-fixtures";
import { walkOrder } from "./walk-order";

const key = (result: RuleResult) => `${result.ruleId} ${result.entityId} ${result.status} ${JSON.stringify(result.evidence)} ${result.missing ?? ""}`;

describe.each(["Contoso", "Fabrikam"] as DemoTenantName[])("the diagnosis slice of %s", (tenant) => {
  const snapshot = demoSnapshot(tenant);
  const full = evaluateTenant(snapshot, { now: demoNow, ruleIds: walkOrder }).results;

  // People with one Cloud PC: the full evaluation then judges their client rules against that Cloud PC too.
  const pairs = snapshot.users.flatMap((user) => {
    const cloudPcs = snapshot.cloudPCs.filter((cloudPc) => cloudPc.userPrincipalName?.toLowerCase() === user.userPrincipalName.toLowerCase());
    if (cloudPcs.length !== 1) return [];
    return snapshot.clients.filter((client) => client.userId === user.id).map((client) => ({ user, cloudPc: cloudPcs[0], client }));
  });

  it("covers most of the demo's people", () => {
    expect(pairs.length).toBeGreaterThan(tenant === "Contoso" ? 50 : 8);
  });

  it("gives each user, Cloud PC and client the verdicts the whole tenant's evaluation gives them", () => {
    const differences: string[] = [];
    for (const { user, cloudPc, client } of pairs) {
      const policy = snapshot.provisioningPolicies.find((candidate) => candidate.id === cloudPc.provisioningPolicyId);
      const concerns = (result: RuleResult) => {
        const related = result.related;
        if (!related) return true;
        const ok = (id: string | undefined, wanted: string | undefined) => id === undefined || id === wanted;
        return ok(related.userId, user.id) && ok(related.cloudPcId, cloudPc.id) && ok(related.clientId, client.id) && ok(related.provisioningPolicyId, policy?.id);
      };
      // The consent prompt (SSO-003) exists only where SSO is on: the slice holds the user's policy alone.
      const expected = full.filter(concerns).filter((result) => result.ruleId !== "SSO-003" || policy?.enableSingleSignOn === true).map(key).sort();
      const slice = sliceSnapshot(snapshot, { userId: user.id, cloudPcId: cloudPc.id, clientId: client.id });
      const actual = evaluateTenant(slice, { now: demoNow, ruleIds: walkOrder }).results.map(key).sort();
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        differences.push(`${user.displayName} / ${client.deviceName}: only in slice ${actual.filter((k) => !expected.includes(k)).join(", ")}; missing ${expected.filter((k) => !actual.includes(k)).join(", ")}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("holds only the chosen Cloud PC, client and their policy and network connection", () => {
    const { user, cloudPc, client } = pairs[0];
    const slice = sliceSnapshot(snapshot, { userId: user.id, cloudPcId: cloudPc.id, clientId: client.id });
    expect(slice.users.map((u) => u.id)).toEqual([user.id]);
    expect(slice.cloudPCs.map((c) => c.id)).toEqual([cloudPc.id]);
    expect(slice.clients.map((c) => c.id)).toEqual([client.id]);
    expect(slice.provisioningPolicies.map((p) => p.id)).toEqual([cloudPc.provisioningPolicyId]);
    expect(slice.onPremisesConnections.length).toBeLessThanOrEqual(1);
    expect(slice.agentSessions).toEqual([]);
    expect(slice.conditionalAccessPolicies).toEqual(snapshot.conditionalAccessPolicies);
  });

  it("ignores a Cloud PC or client that is not the user's", () => {
    const [first, second] = pairs.filter((pair, index, all) => all.findIndex((other) => other.user.id === pair.user.id) === index);
    const slice = sliceSnapshot(snapshot, { userId: first.user.id, cloudPcId: second.cloudPc.id, clientId: second.client.id });
    expect(slice.cloudPCs).toEqual([]);
    expect(slice.clients).toEqual([]);
  });
});
