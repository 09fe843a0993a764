import type { z } from "zod";
import type { IdentityType } from "../../lib/validations/enums";
import type { GraphUser, UserFacts } from "../../lib/validations/snapshot";
import { isoDaysAgo } from "./clock";
import { immutableIdFrom } from "./ids";
import { entityId, type TenantContext } from "./tenant";

export interface UserInput {
  displayName: string;
  /** Which Graph facts to emit; the rule engine derives the identity type back from them. */
  kind: IdentityType;
  /** Id seed; defaults to the alias. */
  key?: string;
  /** A member's UPN, or a guest's home address (alias@home): sets alias and domain in one go. */
  upn?: string;
  /** Mail nickname; defaults to "given.family" from the display name without its "(scenario)" suffix. */
  alias?: string;
  /** UPN domain of a member, or the home domain of a guest. */
  domain?: string;
  memberOf?: string[];
  department?: string;
  jobTitle?: string;
  sightline?: z.input<typeof UserFacts>;
  /** Raw Graph properties that win over everything above, for odd cases. */
  overrides?: Partial<GraphUser>;
}

/** "Grace Taylor (guest, no SSO)" -> "grace.taylor". */
export function aliasOf(displayName: string): string {
  return displayName
    .replace(/\(.*?\)/g, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");
}

function namesOf(displayName: string) {
  const parts = displayName.replace(/\(.*?\)/g, "").trim().split(/\s+/);
  return { givenName: parts[0] ?? null, surname: parts.length > 1 ? parts[parts.length - 1] : null };
}

/** AD's 20-character sAMAccountName: initial + family name, as many directories are set up. */
function samAccountNameOf(alias: string): string {
  const [given = "", ...rest] = alias.split(".");
  return `${given.slice(0, 1)}${rest.join("")}`.slice(0, 20);
}

/**
 * A Graph user (the `$select` the importer asks for) whose facts make the engine derive `kind`:
 * hybrid = synced from AD DS; federated = member of a Federated domain, with the immutable id Entra
 * requires there; external = B2B guest with an `#EXT#` UPN; cloud-only = none of those.
 * One object literal for every kind (no spreads): the benchmark builds 100k of these.
 */
export function makeUser(ctx: TenantContext, input: UserInput): GraphUser {
  const [upnAlias, upnDomain] = input.upn ? input.upn.split("@") : [];
  const alias = input.alias ?? upnAlias ?? aliasOf(input.displayName);
  const id = entityId(ctx, "user", input.key ?? alias);
  const { givenName, surname } = namesOf(input.displayName);
  const external = input.kind === "external";
  const hybrid = input.kind === "hybrid";
  const home = input.domain ?? upnDomain ?? (external ? "partner.example" : ctx.primaryDomain);
  const upn = external ? `${alias}_${home}#EXT#@${ctx.initialDomain}` : `${alias}@${home}`;
  // Spread the ids' hex over plausible ranges instead of hashing again.
  const idBits = parseInt(id.slice(0, 8), 16);
  const user: GraphUser = {
    id,
    displayName: input.displayName,
    givenName,
    surname,
    userPrincipalName: upn,
    mail: external ? `${alias}@${home}` : upn,
    department: input.department ?? null,
    jobTitle: input.jobTitle ?? null,
    accountEnabled: true,
    createdDateTime: isoDaysAgo(30 + (idBits % 900), ctx.epochMs),
    userType: external ? "Guest" : "Member",
    creationType: external ? "Invitation" : null,
    externalUserState: external ? "Accepted" : null,
    onPremisesSyncEnabled: hybrid ? true : null,
    // Entra requires an immutable id for users of a federated domain too: the IdP's NameID maps to it.
    onPremisesImmutableId: hybrid || input.kind === "federated" ? immutableIdFrom(id) : null,
    onPremisesSamAccountName: hybrid ? samAccountNameOf(alias) : null,
    onPremisesDomainName: hybrid ? ctx.onPremisesDomain : null,
    onPremisesUserPrincipalName: hybrid ? upn : null,
    onPremisesSecurityIdentifier: hybrid ? `S-1-5-21-1004336348-1177238915-682003330-${1100 + (idBits % 60000)}` : null,
    onPremisesLastSyncDateTime: hybrid ? isoDaysAgo(0.02, ctx.epochMs) : null,
    identities: external
      ? [
          { signInType: "federated", issuer: "ExternalAzureAD", issuerAssignedId: null },
          { signInType: "userPrincipalName", issuer: ctx.initialDomain, issuerAssignedId: upn },
        ]
      : [{ signInType: "userPrincipalName", issuer: ctx.initialDomain, issuerAssignedId: upn }],
    memberOf: input.memberOf ?? [],
    sightline: input.sightline ?? {},
  };
  return input.overrides ? Object.assign(user, input.overrides) : user;
}
