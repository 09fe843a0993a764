import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GraphUser } from "../validations/snapshot";
import { classifyIdentity } from "./identity";

// The constructed fixture of graph.md 4.2 (shared/fixtures/graph), copied byte for byte into the repo so CI has it.
const fixture = path.resolve(__dirname, "testing/fixtures/users-constructed.json");
const users = GraphUser.array().parse(JSON.parse(readFileSync(fixture, "utf8")));
const domains = new Map([
  ["contoso.com", { authenticationType: "Managed" }],
  ["contoso.onmicrosoft.com", { authenticationType: "Managed" }],
  ["federated.contoso.com", { authenticationType: "Federated" }],
]);
const byUpn = (prefix: string) => {
  const user = users.find((u) => u.userPrincipalName.startsWith(prefix));
  if (!user) throw new Error(`no fixture user ${prefix}`);
  return user;
};

describe("classifyIdentity on the four constructed Graph users", () => {
  it("alice: created in on-premises AD DS, then synchronized to Entra ID, is hybrid", () => {
    const result = classifyIdentity(byUpn("alice"), domains);
    expect(result).toMatchObject({ identityType: "hybrid", derived: "hybrid", overridden: false });
    expect(result.evidence).toContainEqual({ label: "On-premises sync enabled", value: true, ref: { entityType: "user", entityId: "11111111-1111-1111-1111-111111111111" } });
  });

  it("bob: created and only exists in Entra ID, is cloud-only", () => {
    const result = classifyIdentity(byUpn("bob"), domains);
    expect(result.identityType).toBe("cloudOnly");
    expect(result.evidence).toContainEqual({ label: "Authentication type of contoso.onmicrosoft.com", value: "Managed" });
  });

  it("carol: invited in to the tenant (#EXT#, Guest, Invitation), is external", () => {
    const result = classifyIdentity(byUpn("carol"), domains);
    expect(result.identityType).toBe("external");
    expect(result.evidence.map((e) => e.label)).toEqual(["User principal name contains #EXT#", "User type", "Creation type", "External user state"]);
  });

  it("dave: in a domain federated with Entra ID, is federated", () => {
    const result = classifyIdentity(byUpn("dave"), domains);
    expect(result.identityType).toBe("federated");
    expect(result.evidence).toContainEqual({ label: "Authentication type of federated.contoso.com", value: "Federated" });
  });

  it("dave is cloud-only when his domain is managed: the domain list decides", () => {
    expect(classifyIdentity(byUpn("dave"), new Map()).identityType).toBe("cloudOnly");
  });
});

describe("classifyIdentity overrides and edge cases", () => {
  it("an admin's override wins, keeping the derived type and the reason as evidence", () => {
    const bob = { ...byUpn("bob"), sightline: { identityTypeOverride: "federated" as const, identityTypeOverrideReason: "Signs in through Okta" } };
    const result = classifyIdentity(bob, domains);
    expect(result).toMatchObject({ identityType: "federated", derived: "cloudOnly", overridden: true });
    expect(result.evidence.slice(0, 3).map((e) => e.value)).toEqual(["federated", "Signs in through Okta", "cloudOnly"]);
  });

  it("a B2B member with only externalUserState set is still external (userType alone does not decide)", () => {
    const member = GraphUser.parse({ id: "m", userPrincipalName: "m@contoso.com", userType: "Member", externalUserState: "PendingAcceptance" });
    expect(classifyIdentity(member, domains).identityType).toBe("external");
  });

  it("a federated sign-in identity from a SAML IdP makes a user federated, one from ExternalAzureAD does not", () => {
    const saml = GraphUser.parse({ id: "s", userPrincipalName: "s@contoso.com", identities: [{ signInType: "federated", issuer: "https://idp.example.com" }] });
    const b2b = GraphUser.parse({ id: "b", userPrincipalName: "b@contoso.com", identities: [{ signInType: "federated", issuer: "ExternalAzureAD" }] });
    expect(classifyIdentity(saml, domains).identityType).toBe("federated");
    expect(classifyIdentity(b2b, domains).identityType).toBe("cloudOnly");
  });
});
