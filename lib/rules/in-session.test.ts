import { describe, expect, it } from "vitest";
import { clientOf, cloudOnlyUser, cloudPcFor, evaluateRule, methodsPolicy, resultFor, tenantSnapshot } from "./testing/builders";

const wendy = cloudOnlyUser("wendy", { sightline: { inSessionMethods: ["webAuthn"] } });
const sam = cloudOnlyUser("sam", { sightline: { inSessionMethods: ["smartCard"] } });

describe("INS-001 you must enable the FIDO2 Security Key as an authentication method for your users", () => {
  it("fails when in-session WebAuthn is used but the FIDO2 method is disabled", () => {
    const result = resultFor("INS-001", tenantSnapshot({ users: [wendy], authenticationMethodsPolicy: methodsPolicy({ Fido2: "disabled" }) }), "wendy");
    expect(result.status).toBe("fail");
    expect(result.related).toEqual({ userId: "wendy" });
  });

  it("fails when the methods policy has no FIDO2 configuration at all", () => {
    const snapshot = tenantSnapshot({ users: [wendy], authenticationMethodsPolicy: { authenticationMethodConfigurations: [{ id: "Sms", state: "enabled" }] } });
    expect(resultFor("INS-001", snapshot, "wendy").status).toBe("fail");
  });

  it("passes when FIDO2 is enabled", () => {
    expect(resultFor("INS-001", tenantSnapshot({ users: [wendy] }), "wendy").status).toBe("pass");
  });

  it("is unknown without the methods policy", () => {
    expect(resultFor("INS-001", tenantSnapshot({ users: [wendy], authenticationMethodsPolicy: null }), "wendy").status).toBe("unknown");
  });
});

describe("INS-002 in-session passwordless authentication when using the Windows Desktop client", () => {
  const result = (over: Parameters<typeof clientOf>[1]) => resultFor("INS-002", tenantSnapshot({ users: [wendy], clients: [clientOf(wendy, over)] }), "client-wendy");

  it("fails from the web client, which does not redirect WebAuthn", () => {
    expect(result({ app: "windowsAppWeb" }).status).toBe("fail");
  });

  it("fails when the local PC runs Windows 10 before 20H2, or macOS", () => {
    expect(result({ localOs: "Windows 10 Enterprise 1909" }).status).toBe("fail");
    expect(result({ localOs: "macOS 15" }).status).toBe("fail");
  });

  it("passes from Windows App on Windows 11, or on Windows 10 22H2", () => {
    expect(result({}).status).toBe("pass");
    expect(result({ app: "remoteDesktopWindows", localOs: "Windows 10 Enterprise 22H2" }).status).toBe("pass");
  });

  it("is unknown when the local OS is not recorded", () => {
    const unknown = result({ localOs: null });
    expect(unknown.status).toBe("unknown");
    expect(unknown.missing).toMatch(/operating system of LAPTOP-wendy/);
  });
});

describe("INS-003 install the smart card drivers on the Cloud PC", () => {
  const withDrivers = (smartCardDriversInstalled: boolean | null) =>
    tenantSnapshot({ users: [sam], cloudPCs: [cloudPcFor(sam, { sightline: { smartCardDriversInstalled } })] });

  it("fails when the Cloud PC has no smart card drivers", () => {
    const result = resultFor("INS-003", withDrivers(false), "pc-sam");
    expect(result.status).toBe("fail");
    expect(result.related).toMatchObject({ cloudPcId: "pc-sam", userId: "sam" });
  });

  it("passes when they are installed", () => {
    expect(resultFor("INS-003", withDrivers(true), "pc-sam").status).toBe("pass");
  });

  it("is unknown when nobody recorded it", () => {
    expect(resultFor("INS-003", withDrivers(null), "pc-sam").status).toBe("unknown");
  });
});

describe("INS-004 allow smart card redirection as part of managing RDP device redirections", () => {
  const withRedirection = (smartCardRedirectionAllowed: boolean | null) =>
    tenantSnapshot({ users: [sam], cloudPCs: [cloudPcFor(sam)], tenantSettings: { smartCardRedirectionAllowed } });

  it("fails when smart card redirection is not allowed", () => {
    expect(resultFor("INS-004", withRedirection(false), "pc-sam").status).toBe("fail");
  });

  it("passes when it is allowed, and does not apply to users without in-session smart cards", () => {
    const snapshot = tenantSnapshot({ users: [sam, wendy], cloudPCs: [cloudPcFor(sam), cloudPcFor(wendy)], tenantSettings: { smartCardRedirectionAllowed: true } });
    expect(evaluateRule("INS-004", snapshot).map((r) => [r.entityId, r.status])).toEqual([["pc-sam", "pass"]]);
  });

  it("is unknown when the redirection setting is not recorded", () => {
    expect(resultFor("INS-004", withRedirection(null), "pc-sam").status).toBe("unknown");
  });
});

describe("INS-005 make sure your client supports smart card redirection", () => {
  it.each(["windowsAppWeb", "windowsAppIos", "windowsAppAndroid"] as const)("fails from %s", (app) => {
    expect(resultFor("INS-005", tenantSnapshot({ users: [sam], clients: [clientOf(sam, { app })] }), "client-sam").status).toBe("fail");
  });

  it.each(["windowsAppWindows", "windowsAppMac"] as const)("passes from %s", (app) => {
    expect(resultFor("INS-005", tenantSnapshot({ users: [sam], clients: [clientOf(sam, { app })] }), "client-sam").status).toBe("pass");
  });
});
