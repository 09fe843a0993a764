import type { Prisma } from "@/prisma/generated/client/client";
import { classifyIdentity, type DomainAuthentication } from "@/lib/rules/identity";
import type { GraphUser, TenantSnapshot } from "@/lib/validations/snapshot";
import { compact, fromJsonColumn, isEmptyObject, toExtraJson, toJsonColumn, unknownProperties, withExtra } from "../json-columns";

/** Row <-> Graph mapping of the directory: domains, groups, users. */

type GraphDomain = TenantSnapshot["domains"][number];
type GraphGroup = TenantSnapshot["groups"][number];
type UserFacts = NonNullable<GraphUser["sightline"]>;

// ---- domains ------------------------------------------------------------------------------------

export const domainSelect = { name: true, authenticationType: true, isVerified: true, extraJson: true } satisfies Prisma.DomainSelect;
export type DomainRow = Prisma.DomainGetPayload<{ select: typeof domainSelect }>;

const domainKnown = new Set(["id", "authenticationType", "isVerified"]);

export function domainToRow(domain: GraphDomain): DomainRow {
  return {
    name: domain.id,
    authenticationType: domain.authenticationType,
    isVerified: domain.isVerified ?? null,
    extraJson: toExtraJson(unknownProperties(domain, domainKnown)),
  };
}

export function domainFromRow(row: DomainRow): GraphDomain {
  return withExtra(row.extraJson, { id: row.name, authenticationType: row.authenticationType, isVerified: row.isVerified });
}

// ---- groups -------------------------------------------------------------------------------------

export const groupSelect = { graphId: true, displayName: true, extraJson: true } satisfies Prisma.DirectoryGroupSelect;
export type GroupRow = Prisma.DirectoryGroupGetPayload<{ select: typeof groupSelect }>;

const groupKnown = new Set(["id", "displayName"]);

export function groupToRow(group: GraphGroup): GroupRow {
  return { graphId: group.id, displayName: group.displayName ?? null, extraJson: toExtraJson(unknownProperties(group, groupKnown)) };
}

export function groupFromRow(row: GroupRow): GraphGroup {
  return withExtra(row.extraJson, { id: row.graphId, displayName: row.displayName });
}

// ---- users --------------------------------------------------------------------------------------

export const userSelect = {
  graphId: true,
  displayName: true,
  userPrincipalName: true,
  upnLower: true,
  mail: true,
  userType: true,
  creationType: true,
  externalUserState: true,
  onPremisesSyncEnabled: true,
  onPremisesImmutableId: true,
  onPremisesDomainName: true,
  onPremisesSamAccountName: true,
  identitiesJson: true,
  memberOfJson: true,
  identityType: true,
  homeCloud: true,
  signInMethodsJson: true,
  inSessionMethodsJson: true,
  requiresOnPremisesKerberos: true,
  softwareEntitlements: true,
  identityTypeOverride: true,
  identityTypeOverrideReason: true,
  extraJson: true,
} satisfies Prisma.DirectoryUserSelect;
export type UserRow = Prisma.DirectoryUserGetPayload<{ select: typeof userSelect }>;

const userKnown = new Set([
  "id",
  "displayName",
  "userPrincipalName",
  "mail",
  "userType",
  "creationType",
  "externalUserState",
  "onPremisesSyncEnabled",
  "onPremisesImmutableId",
  "onPremisesDomainName",
  "onPremisesSamAccountName",
  "identities",
  "memberOf",
  "sightline",
]);

/** Domains keyed the way the identity classifier looks them up: lower-cased name. */
export function domainsByName(domains: Iterable<{ id: string; authenticationType: string }>): Map<string, DomainAuthentication> {
  const byName = new Map<string, DomainAuthentication>();
  for (const domain of domains) byName.set(domain.id.toLowerCase(), { authenticationType: domain.authenticationType });
  return byName;
}

export function userToRow(user: GraphUser, domains: ReadonlyMap<string, DomainAuthentication>): UserRow {
  const facts: UserFacts = user.sightline ?? {};
  return {
    graphId: user.id,
    displayName: user.displayName ?? null,
    userPrincipalName: user.userPrincipalName,
    upnLower: user.userPrincipalName.toLowerCase(),
    mail: user.mail ?? null,
    userType: user.userType ?? null,
    creationType: user.creationType ?? null,
    externalUserState: user.externalUserState ?? null,
    onPremisesSyncEnabled: user.onPremisesSyncEnabled ?? null,
    onPremisesImmutableId: user.onPremisesImmutableId ?? null,
    onPremisesDomainName: user.onPremisesDomainName ?? null,
    onPremisesSamAccountName: user.onPremisesSamAccountName ?? null,
    identitiesJson: toJsonColumn(user.identities),
    memberOfJson: toJsonColumn(user.memberOf),
    identityType: classifyIdentity(user, domains).identityType,
    homeCloud: facts.homeCloud ?? null,
    signInMethodsJson: toJsonColumn(facts.signInMethods),
    inSessionMethodsJson: toJsonColumn(facts.inSessionMethods),
    requiresOnPremisesKerberos: facts.requiresOnPremisesKerberos ?? null,
    softwareEntitlements: facts.softwareEntitlements ?? null,
    identityTypeOverride: facts.identityTypeOverride ?? null,
    identityTypeOverrideReason: facts.identityTypeOverrideReason ?? null,
    extraJson: toExtraJson(unknownProperties(user, userKnown)),
  };
}

export function userFromRow(row: UserRow): GraphUser {
  const sightline = compact({
    homeCloud: row.homeCloud,
    signInMethods: fromJsonColumn<UserFacts["signInMethods"]>(row.signInMethodsJson),
    inSessionMethods: fromJsonColumn<UserFacts["inSessionMethods"]>(row.inSessionMethodsJson),
    requiresOnPremisesKerberos: row.requiresOnPremisesKerberos,
    softwareEntitlements: row.softwareEntitlements,
    identityTypeOverride: row.identityTypeOverride,
    identityTypeOverrideReason: row.identityTypeOverrideReason,
  }) as UserFacts;
  return withExtra(row.extraJson, {
    id: row.graphId,
    displayName: row.displayName,
    userPrincipalName: row.userPrincipalName,
    mail: row.mail,
    userType: row.userType,
    creationType: row.creationType,
    externalUserState: row.externalUserState,
    onPremisesSyncEnabled: row.onPremisesSyncEnabled,
    onPremisesImmutableId: row.onPremisesImmutableId,
    onPremisesDomainName: row.onPremisesDomainName,
    onPremisesSamAccountName: row.onPremisesSamAccountName,
    identities: fromJsonColumn<GraphUser["identities"]>(row.identitiesJson),
    memberOf: fromJsonColumn<GraphUser["memberOf"]>(row.memberOfJson),
    sightline: isEmptyObject(sightline) ? undefined : sightline,
  });
}
