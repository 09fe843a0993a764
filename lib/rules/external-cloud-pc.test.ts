import { describe, expect, it } from "vitest";
import type { RuleId } from "./types";
import { clientOf, cloudOnlyUser, cloudPcFor, entraPolicy, evaluateRule, externalUser, hybridPolicy, ids, resultFor, tenantSnapshot, type ClientInput, type UserInput } from "./testing/builders";

const carol = externalUser("carol");
type CloudPcOverrides = Parameters<typeof cloudPcFor>[1];
const withCloudPc = (over: CloudPcOverrides = {}, user: UserInput = carol) => tenantSnapshot({ users: [user], cloudPCs: [cloudPcFor(user, over)] });
const cloudPcResult = (ruleId: RuleId, over: CloudPcOverrides = {}) => resultFor(ruleId, withCloudPc(over), "pc-carol");

describe("EXT-001 Cloud PC join type: the Cloud PC must be Entra joined", () => {
  it("fails when the external identity's Cloud PC is hybrid joined", () => {
    const result = cloudPcResult("EXT-001", { provisioningPolicyId: ids.hybridPolicy });
    expect(result.status).toBe("fail");
    expect(result.related).toEqual({ cloudPcId: "pc-carol", userId: "carol", provisioningPolicyId: ids.hybridPolicy });
  });

  it("passes on an Entra-joined Cloud PC, and does not apply to members", () => {
    const bob = cloudOnlyUser("bob");
    const snapshot = tenantSnapshot({ users: [carol, bob], cloudPCs: [cloudPcFor(carol), cloudPcFor(bob, { provisioningPolicyId: ids.hybridPolicy })] });
    expect(evaluateRule("EXT-001", snapshot).map((r) => [r.entityId, r.status])).toEqual([["pc-carol", "pass"]]);
  });

  it("is unknown when the Cloud PC's provisioning policy is not in the snapshot", () => {
    const result = cloudPcResult("EXT-001", { provisioningPolicyId: "pol-deleted" });
    expect(result.status).toBe("unknown");
    expect(result.missing).toMatch(/join type of Cloud PC CPC-carol/);
  });
});

describe("EXT-002 Cloud PC operating system: Windows 11 Enterprise, versions 24H2 or later", () => {
  it.each<[string, CloudPcOverrides]>([
    ["Windows 10", { osVersion: "windows10" }],
    ["the Pro edition", { sightline: { osEdition: "pro" } }],
    ["version 23H2", { sightline: { osRelease: "23H2" } }],
  ])("fails on %s", (_name, over) => {
    expect(cloudPcResult("EXT-002", over).status).toBe("fail");
  });

  it("passes on Windows 11 Enterprise 24H2 and later releases", () => {
    expect(cloudPcResult("EXT-002").status).toBe("pass");
    expect(cloudPcResult("EXT-002", { sightline: { osRelease: "25H2" } }).status).toBe("pass");
  });

  it("is unknown when the release is not recorded, naming it", () => {
    const result = cloudPcResult("EXT-002", { sightline: { osRelease: null } });
    expect(result.status).toBe("unknown");
    expect(result.missing).toMatch(/Windows release of Cloud PC CPC-carol/);
  });

  it("fails rather than stays unknown when a recorded fact already rules it out", () => {
    expect(cloudPcResult("EXT-002", { osVersion: "windows10", sightline: { osRelease: null } }).status).toBe("fail");
  });
});

describe("EXT-003 the 2025-09 Cumulative Updates for Windows 11 (KB5065789) or later installed", () => {
  it("fails when only older cumulative updates are installed", () => {
    const result = cloudPcResult("EXT-003", { sightline: { installedUpdates: [{ kb: "KB5063878", month: "2025-08" }] } });
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual(expect.objectContaining({ label: "Latest installed update", value: "KB5063878 (2025-08)" }));
  });

  it("passes with KB5065789 or any later cumulative update", () => {
    expect(cloudPcResult("EXT-003").status).toBe("pass");
    expect(cloudPcResult("EXT-003", { sightline: { installedUpdates: [{ kb: "KB5070773", month: "2025-11" }] } }).status).toBe("pass");
  });

  it("is unknown when the installed updates are not recorded", () => {
    expect(cloudPcResult("EXT-003", { sightline: { installedUpdates: null } }).missing).toMatch(/cumulative updates installed/);
  });
});

describe("EXT-004 SSO must be configured for external identities to login to the Cloud PC", () => {
  it("fails when SSO isn't configured: the user will be stuck at the remote session authentication prompt", () => {
    const result = cloudPcResult("EXT-004", { connectionSetting: { enableSingleSignOn: false } });
    expect(result.status).toBe("fail");
    expect(result.evidence).toContainEqual({ label: "SSO applied on the Cloud PC (connectionSetting)", value: false, ref: { entityType: "cloudPc", entityId: "pc-carol" } });
  });

  it("falls back to the policy's SSO flag when the Cloud PC's applied setting is not exported", () => {
    const snapshot = tenantSnapshot({
      users: [carol],
      provisioningPolicies: [entraPolicy({ enableSingleSignOn: false }), hybridPolicy()],
      cloudPCs: [cloudPcFor(carol, { connectionSetting: null })],
    });
    expect(resultFor("EXT-004", snapshot, "pc-carol").status).toBe("fail");
  });

  it("passes when SSO is applied", () => {
    expect(cloudPcResult("EXT-004").status).toBe("pass");
  });

  it("is unknown when neither the Cloud PC nor its policy records SSO", () => {
    const snapshot = tenantSnapshot({
      users: [carol],
      provisioningPolicies: [entraPolicy({ enableSingleSignOn: null })],
      cloudPCs: [cloudPcFor(carol, { connectionSetting: null })],
    });
    expect(resultFor("EXT-004", snapshot, "pc-carol").status).toBe("unknown");
  });
});

describe("EXT-005 the external identity must connect from the Windows App on Windows or a web browser", () => {
  it.each(["windowsAppMac", "windowsAppIos", "remoteDesktopWindows"] as const)("fails for %s", (app) => {
    const snapshot = tenantSnapshot({ users: [carol], clients: [clientOf(carol, { app })] });
    const result = resultFor("EXT-005", snapshot, "client-carol");
    expect(result.status).toBe("fail");
    expect(result.related).toEqual({ clientId: "client-carol", userId: "carol" });
  });

  it.each(["windowsAppWindows", "windowsAppWeb"] as const)("passes for %s", (app) => {
    const snapshot = tenantSnapshot({ users: [carol], clients: [clientOf(carol, { app })] });
    expect(resultFor("EXT-005", snapshot, "client-carol").status).toBe("pass");
  });
});

describe("EXT-006 Windows App on Windows: set a registry key on the device to complete the B2B login", () => {
  const result = (b2bRegistryKeySet: boolean | null, app: ClientInput["app"] = "windowsAppWindows") =>
    evaluateRule("EXT-006", tenantSnapshot({ users: [carol], clients: [clientOf(carol, { b2bRegistryKeySet, app })] }));

  it("fails when the key is not set on the device running Windows App", () => {
    expect(result(false)[0].status).toBe("fail");
  });

  it("passes when it is set, and does not apply to the web client", () => {
    expect(result(true)[0].status).toBe("pass");
    expect(result(false, "windowsAppWeb")).toEqual([]);
  });

  it("is unknown when it was not recorded, telling the admin what to check", () => {
    expect(result(null)[0].missing).toMatch(/Whether the B2B registry key \(EnableIdSignInUx\) is set on the device running Windows App/);
  });
});
