import { describe, expect, it } from "vitest";
import { cloudOnlyUser, cloudPcFor, entraPolicy, evaluateRule, federatedUser, resultFor, tenantSnapshot } from "./testing/builders";

describe("FED-001 third-party identity providers can be used as long as they federate with Microsoft Entra ID", () => {
  it("fails when a user marked federated signs in from a domain that Entra manages", () => {
    const erin = cloudOnlyUser("erin", { sightline: { identityTypeOverride: "federated", identityTypeOverrideReason: "Okta users" } });
    const result = resultFor("FED-001", tenantSnapshot({ users: [erin] }), "erin");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Authentication type of domain contoso.com", value: "Managed" });
    expect(result.evidence).toContainEqual(expect.objectContaining({ label: "Override reason", value: "Okta users" }));
  });

  it("fails for a federated sign-in identity whose UPN domain is managed", () => {
    const frank = cloudOnlyUser("frank", { identities: [{ signInType: "federated", issuer: "https://idp.example.com/saml" }] });
    expect(resultFor("FED-001", tenantSnapshot({ users: [frank] }), "frank").status).toBe("fail");
  });

  it("passes when the user's domain is Federated", () => {
    expect(resultFor("FED-001", tenantSnapshot({ users: [federatedUser("dave")] }), "dave").status).toBe("pass");
  });

  it("is unknown when the user's domain is not in the snapshot", () => {
    const gus = cloudOnlyUser("gus", {
      userPrincipalName: "gus@partner.example",
      sightline: { identityTypeOverride: "federated" },
    });
    const result = resultFor("FED-001", tenantSnapshot({ users: [gus] }), "gus");
    expect(result.status).toBe("unknown");
    expect(result.missing).toMatch(/domain partner\.example/);
  });
});

describe("FED-002 Windows 365 supports federated identities when single sign-on is enabled", () => {
  const dave = federatedUser("dave");

  it("fails when the federated user's Cloud PC has no SSO", () => {
    const snapshot = tenantSnapshot({ users: [dave], cloudPCs: [cloudPcFor(dave, { connectionSetting: { enableSingleSignOn: false } })] });
    const result = resultFor("FED-002", snapshot, "pc-dave");
    expect(result.status).toBe("fail");
    expect(result.related).toMatchObject({ userId: "dave", cloudPcId: "pc-dave" });
  });

  it("passes with SSO, and does not apply to cloud-only users", () => {
    const bob = cloudOnlyUser("bob");
    const snapshot = tenantSnapshot({ users: [dave, bob], cloudPCs: [cloudPcFor(dave), cloudPcFor(bob, { connectionSetting: { enableSingleSignOn: false } })] });
    expect(evaluateRule("FED-002", snapshot).map((r) => [r.entityId, r.status])).toEqual([["pc-dave", "pass"]]);
  });

  it("is unknown when SSO is recorded neither on the Cloud PC nor on its policy", () => {
    const snapshot = tenantSnapshot({
      users: [dave],
      provisioningPolicies: [entraPolicy({ enableSingleSignOn: null })],
      cloudPCs: [cloudPcFor(dave, { connectionSetting: null })],
    });
    expect(resultFor("FED-002", snapshot, "pc-dave").status).toBe("unknown");
  });
});
