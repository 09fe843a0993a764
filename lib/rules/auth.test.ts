import { describe, expect, it } from "vitest";
import { cloudPcAppIds } from "../validations/enums";
import { caPolicy, clientOf, cloudOnlyUser, evaluateRule, ids, methodsPolicy, resultFor, tenantSnapshot } from "./testing/builders";

describe("AUTH-001 enforce Microsoft Entra multifactor authentication for your Cloud PCs", () => {
  it("fails when the only MFA policy on the Cloud PC apps is report-only", () => {
    const snapshot = tenantSnapshot({ conditionalAccessPolicies: [caPolicy("ca-mfa", { state: "enabledForReportingButNotEnforced" })] });
    const [result] = evaluateRule("AUTH-001", snapshot);
    expect(result).toMatchObject({ status: "fail", entityType: "tenant", entityId: ids.tenant });
    expect(result.evidence).toContainEqual({ label: "State of CA ca-mfa", value: "enabledForReportingButNotEnforced", ref: { entityType: "conditionalAccessPolicy", entityId: "ca-mfa" } });
  });

  it("fails when the MFA policy excludes the Azure Virtual Desktop gateway app", () => {
    const policy = caPolicy("ca-mfa", { conditions: { applications: { includeApplications: ["All"], excludeApplications: [cloudPcAppIds.azureVirtualDesktop] }, users: { includeUsers: ["All"] } } });
    expect(evaluateRule("AUTH-001", tenantSnapshot({ conditionalAccessPolicies: [policy] }))[0].status).toBe("fail");
  });

  it("fails when the policy on the Cloud PC apps grants without MFA", () => {
    const policy = caPolicy("ca-compliant", { grantControls: { operator: "OR", builtInControls: ["compliantDevice"] } });
    expect(evaluateRule("AUTH-001", tenantSnapshot({ conditionalAccessPolicies: [policy] }))[0].status).toBe("fail");
  });

  it("passes with an enabled policy requiring an authentication strength", () => {
    const policy = caPolicy("ca-strength", { grantControls: { builtInControls: [], authenticationStrength: { id: "00000000-0000-0000-0000-000000000004", displayName: "Phishing-resistant MFA" } } });
    expect(evaluateRule("AUTH-001", tenantSnapshot({ conditionalAccessPolicies: [policy] }))[0].status).toBe("pass");
  });
});

describe("AUTH-002 the Cloud PC MFA policy must be on", () => {
  it.each(["enabledForReportingButNotEnforced", "disabled"])("fails when it is %s", (state) => {
    const result = resultFor("AUTH-002", tenantSnapshot({ conditionalAccessPolicies: [caPolicy("ca-mfa", { state })] }), "ca-mfa");
    expect(result.status).toBe("fail");
  });

  it("passes when it is enabled, and ignores policies that do not require MFA", () => {
    const other = caPolicy("ca-other", { state: "disabled", grantControls: { builtInControls: ["compliantDevice"] } });
    expect(evaluateRule("AUTH-002", tenantSnapshot({ conditionalAccessPolicies: [caPolicy("ca-mfa"), other] })).map((r) => [r.entityId, r.status])).toEqual([["ca-mfa", "pass"]]);
  });

  it("is unknown for a state Sightline does not know", () => {
    expect(resultFor("AUTH-002", tenantSnapshot({ conditionalAccessPolicies: [caPolicy("ca-mfa", { state: "unknownFutureValue" })] }), "ca-mfa").status).toBe("unknown");
  });
});

describe("AUTH-003 configure how often your users are prompted to enter their credentials", () => {
  it("fails when no enabled Cloud PC policy sets a sign-in frequency", () => {
    const snapshot = tenantSnapshot({ conditionalAccessPolicies: [caPolicy("ca-mfa", { sessionControls: null })] });
    expect(evaluateRule("AUTH-003", snapshot)[0].status).toBe("fail");
  });

  it("passes with a sign-in frequency on the Cloud PC apps", () => {
    const [result] = evaluateRule("AUTH-003", tenantSnapshot());
    expect(result.status).toBe("pass");
    expect(result.evidence).toContainEqual(expect.objectContaining({ label: "Sign-in frequency in CA ca-mfa", value: "8 hours" }));
  });
});

describe("AUTH-004 smart cards need Microsoft Entra certificate-based authentication or AD FS user certificate authentication", () => {
  const sam = cloudOnlyUser("sam", { sightline: { signInMethods: ["smartCard"] } });

  it("fails when neither is configured", () => {
    const snapshot = tenantSnapshot({ users: [sam], authenticationMethodsPolicy: methodsPolicy({ X509Certificate: "disabled" }) });
    const result = resultFor("AUTH-004", snapshot, "sam");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Entra certificate-based authentication (X509Certificate)", value: "disabled" });
  });

  it("passes with Entra CBA, or with AD FS user certificate authentication", () => {
    expect(resultFor("AUTH-004", tenantSnapshot({ users: [sam] }), "sam").status).toBe("pass");
    const adfs = tenantSnapshot({
      users: [sam],
      authenticationMethodsPolicy: methodsPolicy({ X509Certificate: "disabled" }),
      tenantSettings: { adfsUserCertificateAuthentication: true },
    });
    expect(resultFor("AUTH-004", adfs, "sam").status).toBe("pass");
  });

  it("is unknown when the methods policy is missing and AD FS is not recorded", () => {
    const snapshot = tenantSnapshot({ users: [sam], authenticationMethodsPolicy: null, tenantSettings: {} });
    expect(resultFor("AUTH-004", snapshot, "sam").status).toBe("unknown");
  });
});

describe("AUTH-005 passwordless authentication to the service: the method must be enabled", () => {
  const pat = cloudOnlyUser("pat", { sightline: { signInMethods: ["fido2", "password"] } });

  it("fails when the user relies on FIDO2 keys but the FIDO2 method is disabled", () => {
    const result = resultFor("AUTH-005", tenantSnapshot({ users: [pat], authenticationMethodsPolicy: methodsPolicy({ Fido2: "disabled" }) }), "pat");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "FIDO2 security key method (Fido2)", value: "disabled" });
  });

  it("passes when the method is enabled", () => {
    expect(resultFor("AUTH-005", tenantSnapshot({ users: [pat] }), "pat").status).toBe("pass");
  });

  it("is unknown without the authentication methods policy", () => {
    expect(resultFor("AUTH-005", tenantSnapshot({ users: [pat], authenticationMethodsPolicy: null }), "pat").missing).toMatch(/authentication methods policy/);
  });
});

describe("AUTH-006 the user's local machine must be able to access the URLs in the Remote Desktop clients section", () => {
  const bob = cloudOnlyUser("bob");
  const withClient = (canReachRequiredUrls: boolean | null) => tenantSnapshot({ users: [bob], clients: [clientOf(bob, { canReachRequiredUrls })] });

  it("fails when the client cannot reach the required URLs", () => {
    const result = resultFor("AUTH-006", withClient(false), "client-bob");
    expect(result.status).toBe("fail");
    expect(result.related).toEqual({ clientId: "client-bob", userId: "bob" });
  });

  it("passes when it can", () => {
    expect(resultFor("AUTH-006", withClient(true), "client-bob").status).toBe("pass");
  });

  it("is unknown when it was never checked", () => {
    expect(resultFor("AUTH-006", withClient(null), "client-bob").status).toBe("unknown");
  });
});
