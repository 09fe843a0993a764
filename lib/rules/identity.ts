import type { IdentityType } from "../validations/enums";
import type { GraphUser } from "../validations/snapshot";
import type { EvidenceItem } from "./types";

/** What the classifier needs to know about a domain: Graph's `domain.authenticationType`. */
export interface DomainAuthentication {
  authenticationType: string;
}

export interface IdentityClassification {
  /** The type the rules use: the admin's override when set, otherwise `derived`. */
  identityType: IdentityType;
  /** The type the Graph facts point to, kept so the UI can show it beside an override. */
  derived: IdentityType;
  /** The facts that decided it, in the order they were checked. */
  evidence: EvidenceItem[];
  overridden: boolean;
}

// B2B issuers: these are external accounts, not a third-party IdP federated with this tenant.
const externalIssuers = new Set(["externalazuread", "microsoftaccount", "microsoft account", "mail"]);

export function upnDomain(userPrincipalName: string): string {
  const at = userPrincipalName.lastIndexOf("@");
  return at < 0 ? "" : userPrincipalName.slice(at + 1).toLowerCase();
}

function externalEvidence(user: GraphUser): EvidenceItem[] {
  const ref = { entityType: "user" as const, entityId: user.id };
  const evidence: EvidenceItem[] = [];
  if (user.userPrincipalName.toUpperCase().includes("#EXT#")) {
    evidence.push({ label: "User principal name contains #EXT#", value: user.userPrincipalName, ref });
  }
  if (user.userType?.toLowerCase() === "guest") evidence.push({ label: "User type", value: user.userType, ref });
  if (user.creationType?.toLowerCase() === "invitation") evidence.push({ label: "Creation type", value: user.creationType, ref });
  if (user.externalUserState) evidence.push({ label: "External user state", value: user.externalUserState, ref });
  return evidence;
}

function derive(user: GraphUser, domainsByName: ReadonlyMap<string, DomainAuthentication>): Omit<IdentityClassification, "overridden" | "identityType"> {
  const ref = { entityType: "user" as const, entityId: user.id };
  const external = externalEvidence(user);
  if (external.length > 0) return { derived: "external", evidence: external };

  if (user.onPremisesSyncEnabled === true) {
    return { derived: "hybrid", evidence: [{ label: "On-premises sync enabled", value: true, ref }] };
  }

  const domain = upnDomain(user.userPrincipalName);
  const authenticationType = domainsByName.get(domain)?.authenticationType ?? null;
  const syncEvidence: EvidenceItem = { label: "On-premises sync enabled", value: user.onPremisesSyncEnabled ?? null, ref };
  const domainEvidence: EvidenceItem = { label: `Authentication type of ${domain || "the UPN domain"}`, value: authenticationType ?? "not in the snapshot" };
  if (authenticationType?.toLowerCase() === "federated") {
    return { derived: "federated", evidence: [syncEvidence, domainEvidence] };
  }

  const federatedIdentity = (user.identities ?? []).find(
    (identity) => identity.signInType?.toLowerCase() === "federated" && !externalIssuers.has((identity.issuer ?? "").toLowerCase()),
  );
  if (federatedIdentity) {
    return {
      derived: "federated",
      evidence: [syncEvidence, { label: "Federated sign-in identity issuer", value: federatedIdentity.issuer ?? null, ref }],
    };
  }
  return { derived: "cloudOnly", evidence: [syncEvidence, domainEvidence] };
}

/**
 * The identity type of a user (docs/rule-inputs.md, "identity type"), with the facts behind it.
 * External first: a guest may also carry on-premises attributes from its home tenant.
 */
export function classifyIdentity(user: GraphUser, domainsByName: ReadonlyMap<string, DomainAuthentication>): IdentityClassification {
  const { derived, evidence } = derive(user, domainsByName);
  const override = user.sightline?.identityTypeOverride ?? null;
  if (!override) return { identityType: derived, derived, evidence, overridden: false };

  const ref = { entityType: "user" as const, entityId: user.id };
  return {
    identityType: override,
    derived,
    overridden: true,
    evidence: [
      { label: "Identity type set by an admin", value: override, ref },
      { label: "Override reason", value: user.sightline?.identityTypeOverrideReason ?? null, ref },
      { label: "Derived identity type", value: derived, ref },
      ...evidence,
    ],
  };
}
