import { describe, expect, it } from "vitest";
import { cloudPcAppIds } from "../validations/enums";
import {
  clientOf,
  cloudOnlyUser,
  cloudPcFor,
  entraPolicy,
  evaluateRule,
  hybridPolicy,
  ids,
  networkConnection,
  passedCheck,
  rdpConfiguration,
  resultFor,
  tenantSnapshot,
} from "./testing/builders";

const { microsoftRemoteDesktop, windowsCloudLogin } = cloudPcAppIds;

describe("SSO-001 without SSO, the client prompts users for their Cloud PC credentials for every connection", () => {
  it("fails when the provisioning policy has SSO off", () => {
    const result = resultFor("SSO-001", tenantSnapshot({ provisioningPolicies: [entraPolicy({ enableSingleSignOn: false })] }), ids.entraPolicy);
    expect(result.status).toBe("fail");
    expect(result.related).toEqual({ provisioningPolicyId: ids.entraPolicy });
  });

  it("passes when the policy uses Microsoft Entra single sign-on", () => {
    expect(resultFor("SSO-001", tenantSnapshot(), ids.entraPolicy).status).toBe("pass");
  });

  it("is unknown when the flag was not exported", () => {
    expect(resultFor("SSO-001", tenantSnapshot({ provisioningPolicies: [entraPolicy({ enableSingleSignOn: null })] }), ids.entraPolicy).status).toBe("unknown");
  });
});

describe("SSO-002 Entra authentication for RDP on both Microsoft Remote Desktop and Windows Cloud Login", () => {
  it("fails when it is enabled on Microsoft Remote Desktop only", () => {
    const snapshot = tenantSnapshot({
      remoteDesktopSecurityConfigurations: [rdpConfiguration(microsoftRemoteDesktop), rdpConfiguration(windowsCloudLogin, { isRemoteDesktopProtocolEnabled: false })],
    });
    const result = resultFor("SSO-002", snapshot, ids.entraPolicy);
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Entra authentication for RDP on Windows Cloud Login", value: false, ref: { entityType: "servicePrincipal", entityId: windowsCloudLogin } });
  });

  it("passes when both service principals issue RDP access tokens, for every policy with SSO on", () => {
    const results = evaluateRule("SSO-002", tenantSnapshot());
    expect(results.map((r) => [r.entityId, r.status])).toEqual([
      [ids.entraPolicy, "pass"],
      [ids.hybridPolicy, "pass"],
    ]);
  });

  it("is unknown when the Windows Cloud Login configuration is not in the snapshot, and skips policies without SSO", () => {
    const snapshot = tenantSnapshot({
      provisioningPolicies: [entraPolicy(), hybridPolicy({ enableSingleSignOn: false })],
      remoteDesktopSecurityConfigurations: [rdpConfiguration(microsoftRemoteDesktop)],
    });
    const results = evaluateRule("SSO-002", snapshot);
    expect(results).toHaveLength(1);
    expect(results[0].status).toBe("unknown");
    expect(results[0].missing).toMatch(/Windows Cloud Login service principal/);
  });
});

describe("SSO-003 target device groups hide the consent prompt (15 hosts, 30 days)", () => {
  it("fails for a service principal with no target device group", () => {
    const snapshot = tenantSnapshot({
      remoteDesktopSecurityConfigurations: [rdpConfiguration(microsoftRemoteDesktop), rdpConfiguration(windowsCloudLogin, { targetDeviceGroups: [] })],
    });
    const result = resultFor("SSO-003", snapshot, windowsCloudLogin);
    expect(result.status).toBe("fail");
    expect(result.entityName).toBe("Windows Cloud Login");
    expect(resultFor("SSO-003", snapshot, microsoftRemoteDesktop).status).toBe("pass");
  });

  it("is unknown when the target device groups were not read", () => {
    const snapshot = tenantSnapshot({ remoteDesktopSecurityConfigurations: [rdpConfiguration(windowsCloudLogin, { targetDeviceGroups: null })] });
    expect(resultFor("SSO-003", snapshot, windowsCloudLogin).status).toBe("unknown");
  });

  it("does not apply when no policy uses SSO", () => {
    const snapshot = tenantSnapshot({
      provisioningPolicies: [entraPolicy({ enableSingleSignOn: false })],
      remoteDesktopSecurityConfigurations: [rdpConfiguration(windowsCloudLogin, { targetDeviceGroups: [] })],
    });
    expect(evaluateRule("SSO-003", snapshot)).toEqual([]);
  });
});

describe("SSO-004 hybrid-joined SSO needs a Kerberos server object", () => {
  const kerberosError = networkConnection({
    healthCheckStatus: "informational",
    healthCheckStatusDetail: {
      healthChecks: [passedCheck("DNS name resolution"), { displayName: "Microsoft Entra Kerberos", status: "informational", errorType: "ssoCheckKerberosConfigurationError" }],
    },
  });

  it("fails when the network connection's single sign-on check reports the Kerberos configuration error", () => {
    const result = resultFor("SSO-004", tenantSnapshot({ onPremisesConnections: [kerberosError] }), ids.hybridPolicy);
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Health check Microsoft Entra Kerberos", value: "informational: ssoCheckKerberosConfigurationError", ref: { entityType: "networkConnection", entityId: ids.hybridConnection } });
  });

  it("passes when the checks are clean, and does not apply to Entra-joined policies", () => {
    expect(evaluateRule("SSO-004", tenantSnapshot()).map((r) => [r.entityId, r.status])).toEqual([[ids.hybridPolicy, "pass"]]);
  });

  it("is unknown when the health checks were not exported", () => {
    const snapshot = tenantSnapshot({ onPremisesConnections: [networkConnection({ healthCheckStatusDetail: { healthChecks: [] } })] });
    expect(resultFor("SSO-004", snapshot, ids.hybridPolicy).status).toBe("unknown");
  });
});

describe("SSO-005 only save credentials on secure devices", () => {
  const bob = cloudOnlyUser("bob");
  const parts = (client: Parameters<typeof clientOf>[1], sso = false) => ({
    users: [bob],
    cloudPCs: [cloudPcFor(bob, { connectionSetting: { enableSingleSignOn: sso } })],
    clients: [clientOf(bob, client)],
  });

  it("fails when credentials are saved in the client on an unmanaged device without SSO", () => {
    const result = resultFor("SSO-005", tenantSnapshot(parts({ credentialsSaved: true, managed: false })), "client-bob");
    expect(result.status).toBe("fail");
    expect(result.related).toEqual({ clientId: "client-bob", userId: "bob", cloudPcId: "pc-bob", provisioningPolicyId: ids.entraPolicy });
  });

  it("fails on a shared device", () => {
    expect(resultFor("SSO-005", tenantSnapshot(parts({ credentialsSaved: true, shared: true })), "client-bob").status).toBe("fail");
  });

  it("passes on a managed, private device, and when nothing is saved", () => {
    expect(resultFor("SSO-005", tenantSnapshot(parts({ credentialsSaved: true })), "client-bob").status).toBe("pass");
    expect(resultFor("SSO-005", tenantSnapshot(parts({ credentialsSaved: false, managed: false })), "client-bob").status).toBe("pass");
  });

  it("is unknown when whether credentials are saved, or whether the device is shared, is not recorded", () => {
    expect(resultFor("SSO-005", tenantSnapshot(parts({ credentialsSaved: null })), "client-bob").missing).toMatch(/credentialsSaved/);
    expect(resultFor("SSO-005", tenantSnapshot(parts({ credentialsSaved: true, shared: null })), "client-bob").missing).toMatch(/shared/);
  });

  it("does not apply when the user's Cloud PC has SSO", () => {
    expect(evaluateRule("SSO-005", tenantSnapshot(parts({ credentialsSaved: true, managed: false }, true)))).toEqual([]);
  });
});

describe("SSO-006 the policy's SSO setting is applied to existing Cloud PCs", () => {
  const bob = cloudOnlyUser("bob");
  const withCloudPc = (over: Parameters<typeof cloudPcFor>[1]) => tenantSnapshot({ users: [bob], cloudPCs: [cloudPcFor(bob, over)] });

  it("fails while the Cloud PC is still modifyingSingleSignOn", () => {
    const result = resultFor("SSO-006", withCloudPc({ status: "modifyingSingleSignOn", connectionSetting: null }), "pc-bob");
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "Cloud PC status", value: "modifyingSingleSignOn", ref: { entityType: "cloudPc", entityId: "pc-bob" } });
  });

  it("fails when the Cloud PC's connectionSetting still has SSO off", () => {
    expect(resultFor("SSO-006", withCloudPc({ connectionSetting: { enableSingleSignOn: false } }), "pc-bob").status).toBe("fail");
  });

  it("passes when the Cloud PC applied it", () => {
    expect(resultFor("SSO-006", withCloudPc({}), "pc-bob").status).toBe("pass");
  });

  it("is unknown when connectionSetting was not exported (it is Graph beta only)", () => {
    expect(resultFor("SSO-006", withCloudPc({ connectionSetting: null }), "pc-bob").status).toBe("unknown");
  });
});
