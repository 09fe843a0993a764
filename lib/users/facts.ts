import { derived, graph, sightline, type Fact } from "@/lib/inventory/facts";
import { cloudLabels, credentialMethodLabels, identityTypeLabels, inSessionMethodLabels, labelOf } from "@/lib/ui/labels";
import type { GraphUser } from "@/lib/validations/snapshot";

const list = (values: string[] | undefined, labels: Record<string, string>) =>
  values === undefined ? null : values.length === 0 ? "none" : values.map((v) => labels[v] ?? v).join(", ");

/** Every fact of a directory user with its source, in the order the detail page lists them. */
export function userFacts(user: GraphUser, identityType: string): Fact[] {
  const facts = user.sightline ?? {};
  const identities = user.identities ?? null;
  return [
    { label: "Display name", value: user.displayName ?? null, source: graph("user.displayName") },
    { label: "User principal name", value: user.userPrincipalName, source: graph("user.userPrincipalName") },
    { label: "Id", value: user.id, source: graph("user.id") },
    { label: "Mail", value: user.mail ?? null, source: graph("user.mail") },
    { label: "User type", value: user.userType ?? null, source: graph("user.userType") },
    { label: "Creation type", value: user.creationType ?? null, source: graph("user.creationType") },
    { label: "External user state", value: user.externalUserState ?? null, source: graph("user.externalUserState") },
    { label: "On-premises sync enabled", value: user.onPremisesSyncEnabled ?? null, source: graph("user.onPremisesSyncEnabled") },
    { label: "On-premises immutable id", value: user.onPremisesImmutableId ?? null, source: graph("user.onPremisesImmutableId") },
    { label: "On-premises domain", value: user.onPremisesDomainName ?? null, source: graph("user.onPremisesDomainName") },
    { label: "On-premises account", value: user.onPremisesSamAccountName ?? null, source: graph("user.onPremisesSamAccountName") },
    {
      label: "Sign-in identities",
      value: identities ? (identities.length === 0 ? "none" : identities.map((i) => `${i.signInType ?? "?"} (${i.issuer ?? "no issuer"})`).join(", ")) : null,
      source: graph("user.identities"),
    },
    { label: "Groups", value: user.memberOf ? `${user.memberOf.length} group${user.memberOf.length === 1 ? "" : "s"}` : null, source: graph("user.memberOf") },
    {
      label: "Identity type",
      value: identityType,
      display: labelOf(identityTypeLabels, identityType),
      source: derived("the Graph facts above and the tenant's domains (or the admin's override)"),
    },
    {
      label: "Identity type override",
      value: facts.identityTypeOverride ?? null,
      display: facts.identityTypeOverride ? labelOf(identityTypeLabels, facts.identityTypeOverride) : undefined,
      source: sightline("sightline.identityTypeOverride"),
    },
    { label: "Override reason", value: facts.identityTypeOverrideReason ?? null, source: sightline("sightline.identityTypeOverrideReason") },
    { label: "Home cloud", value: facts.homeCloud ?? null, display: facts.homeCloud ? labelOf(cloudLabels, facts.homeCloud) : undefined, source: sightline("sightline.homeCloud") },
    { label: "Sign-in methods", value: list(facts.signInMethods, credentialMethodLabels), source: sightline("sightline.signInMethods") },
    { label: "In-session methods", value: list(facts.inSessionMethods, inSessionMethodLabels), source: sightline("sightline.inSessionMethods") },
    { label: "Needs on-premises Kerberos or NTLM", value: facts.requiresOnPremisesKerberos ?? null, source: sightline("sightline.requiresOnPremisesKerberos") },
    { label: "Software entitlements", value: facts.softwareEntitlements ?? null, source: sightline("sightline.softwareEntitlements") },
  ];
}
