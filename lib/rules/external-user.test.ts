import { describe, expect, it } from "vitest";
import { caPolicy, cloudOnlyUser, cloudPcFor, evaluateRule, externalUser, resultFor, tenantSnapshot } from "./testing/builders";

const carol = externalUser("carol");

describe("EXT-007 device configuration policies assigned to the external identity won't be applied", () => {
  it("fails when an Intune device configuration policy targets the external identity as a user", () => {
    const snapshot = tenantSnapshot({
      users: [carol],
      configurationAssignments: [{ id: "cfg-1", displayName: "Edge settings", managementType: "intune", target: "user", userId: "carol" }],
    });
    const result = resultFor("EXT-007", snapshot, "carol");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Device configuration policy assigned to the user", value: "Edge settings" });
    expect(result.related).toEqual({ userId: "carol" });
  });

  it("passes when the policies are assigned to the device instead, and ignores members", () => {
    const bob = cloudOnlyUser("bob");
    const snapshot = tenantSnapshot({
      users: [carol, bob],
      cloudPCs: [cloudPcFor(carol)],
      configurationAssignments: [
        { id: "cfg-1", displayName: "Edge settings", managementType: "intune", target: "device", cloudPcId: "pc-carol" },
        { id: "cfg-2", displayName: "Edge settings for Bob", managementType: "intune", target: "user", userId: "bob" },
      ],
    });
    expect(evaluateRule("EXT-007", snapshot).map((r) => [r.entityId, r.status])).toEqual([["carol", "pass"]]);
  });
});

describe("EXT-008 Windows 365 Government isn't supported for external identities", () => {
  it("fails in a Government tenant", () => {
    const snapshot = tenantSnapshot({ users: [carol], tenant: { displayName: "Contoso Gov", cloud: "usGovernment", edition: "government" } });
    expect(resultFor("EXT-008", snapshot, "carol").status).toBe("fail");
  });

  it("passes in a commercial Enterprise tenant", () => {
    const result = resultFor("EXT-008", tenantSnapshot({ users: [carol] }), "carol");
    expect(result.status).toBe("pass");
    expect(result.evidence).toContainEqual(expect.objectContaining({ label: "Windows 365 edition of the tenant", value: "enterprise" }));
  });
});

describe("EXT-009 cross-cloud users aren't supported", () => {
  it.each(["usGovernment", "china21Vianet"] as const)("fails for a user invited from %s", (homeCloud) => {
    const snapshot = tenantSnapshot({ users: [externalUser("carol", { sightline: { homeCloud } })] });
    expect(resultFor("EXT-009", snapshot, "carol").status).toBe("fail");
  });

  it("passes for a user from the Microsoft Azure commercial cloud", () => {
    expect(resultFor("EXT-009", tenantSnapshot({ users: [carol] }), "carol").status).toBe("pass");
  });

  it("is unknown when the home cloud is not recorded", () => {
    const result = resultFor("EXT-009", tenantSnapshot({ users: [externalUser("carol", { sightline: { homeCloud: null } })] }), "carol");
    expect(result.status).toBe("unknown");
    expect(result.missing).toMatch(/sightline\.homeCloud/);
  });
});

describe("EXT-010 Microsoft Entra has certain limitations for token protection for external identities", () => {
  const tokenProtection = (users: Record<string, string[]>) =>
    caPolicy("ca-token", {
      displayName: "Token protection",
      conditions: { applications: { includeApplications: ["All"] }, users },
      sessionControls: { secureSignInSession: { isEnabled: true } },
    });

  it("fails when an enabled token protection policy on the Cloud PC apps includes guests", () => {
    const snapshot = tenantSnapshot({ users: [carol], conditionalAccessPolicies: [caPolicy("ca-mfa"), tokenProtection({ includeUsers: ["GuestsOrExternalUsers"] })] });
    const result = resultFor("EXT-010", snapshot, "carol");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Token protection policy includes the user", value: "Token protection", ref: { entityType: "conditionalAccessPolicy", entityId: "ca-token" } });
  });

  it("fails when the policy includes one of the user's groups", () => {
    const snapshot = tenantSnapshot({ users: [carol], conditionalAccessPolicies: [tokenProtection({ includeGroups: ["grp-cloud-pc-users"] })] });
    expect(resultFor("EXT-010", snapshot, "carol").status).toBe("fail");
  });

  it("passes when guests are excluded from token protection", () => {
    const snapshot = tenantSnapshot({ users: [carol], conditionalAccessPolicies: [tokenProtection({ includeUsers: ["All"], excludeUsers: ["GuestsOrExternalUsers"] })] });
    expect(resultFor("EXT-010", snapshot, "carol").status).toBe("pass");
  });

  it("passes when the token protection policy is only report-only", () => {
    const policy = { ...tokenProtection({ includeUsers: ["All"] }), state: "enabledForReportingButNotEnforced" };
    expect(resultFor("EXT-010", tenantSnapshot({ users: [carol], conditionalAccessPolicies: [policy] }), "carol").status).toBe("pass");
  });
});

describe("EXT-011 external identities can't authenticate to on-premises resources using Kerberos or NTLM", () => {
  const withNeed = (requiresOnPremisesKerberos: boolean | null) => tenantSnapshot({ users: [externalUser("carol", { sightline: { requiresOnPremisesKerberos } })] });

  it("fails when the external identity needs on-premises resources over Kerberos", () => {
    expect(resultFor("EXT-011", withNeed(true), "carol").status).toBe("fail");
  });

  it("passes when it does not", () => {
    expect(resultFor("EXT-011", withNeed(false), "carol").status).toBe("pass");
  });

  it("is unknown when nobody recorded it", () => {
    expect(resultFor("EXT-011", withNeed(null), "carol").missing).toMatch(/Kerberos or NTLM/);
  });
});

describe("EXT-012 ensure that external identities have the proper entitlements for software and services on the Cloud PC", () => {
  it("fails when the external identity has a Cloud PC and no entitlements are recorded", () => {
    const dan = externalUser("dan", { sightline: { softwareEntitlements: "  " } });
    const snapshot = tenantSnapshot({ users: [dan], cloudPCs: [cloudPcFor(dan)] });
    expect(resultFor("EXT-012", snapshot, "dan").status).toBe("fail");
  });

  it("passes when they are recorded, and skips guests without a Cloud PC", () => {
    const dan = externalUser("dan", { sightline: { softwareEntitlements: null } });
    const snapshot = tenantSnapshot({ users: [carol, dan], cloudPCs: [cloudPcFor(carol)] });
    expect(evaluateRule("EXT-012", snapshot).map((r) => [r.entityId, r.status])).toEqual([["carol", "pass"]]);
  });
});
