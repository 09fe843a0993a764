import type { z } from "zod";
import type { ClientApp, IdentityType } from "../../lib/validations/enums";
import type { UserFacts } from "../../lib/validations/snapshot";
import type { ClientInput } from "./clients";
import type { OsKey, PatchMonth } from "./os";

/**
 * The people of a synthetic tenant, as archetypes: each is one scenario of the demo tenants (a guest
 * without SSO, a cloud-only user on a hybrid Cloud PC...). A 50-slot cycle repeats them, so every
 * scenario appears in a tenant of any size, in the same proportions.
 */

export type PolicyCategory = "entraSso" | "entraNoSso" | "hybridSso" | "hybridSsoBroken" | "hybridNoSso";

export interface Archetype {
  kind: IdentityType;
  category: PolicyCategory;
  os?: OsKey;
  patchedThrough?: PatchMonth;
  status?: string;
  ssoApplied?: boolean;
  smartCardDriversInstalled?: boolean;
  /** Shared by every user of the archetype: read-only. */
  facts?: z.input<typeof UserFacts>;
  /** federated: a Federated domain; formerlyFederated: a Managed one with an admin override. */
  domain?: "federated" | "formerlyFederated";
  clients: (Omit<ClientInput, "user" | "app"> & { app: ClientApp })[];
  /** Guests not in the token protection exclusion group (EXT-010). */
  tokenProtected?: boolean;
  /** A GPO targets the Cloud PC (JOIN-004 on Entra join). */
  gpoOnCloudPc?: boolean;
  /** An Intune device configuration profile is assigned to the user (EXT-007). */
  userTargetedProfile?: boolean;
}

const methods = (...signIn: NonNullable<z.input<typeof UserFacts>["signInMethods"]>) => signIn;
const member: z.input<typeof UserFacts> = { signInMethods: methods("password", "microsoftAuthenticator") };
const whfb: z.input<typeof UserFacts> = { signInMethods: methods("windowsHelloForBusiness") };
const smartCard: z.input<typeof UserFacts> = { signInMethods: methods("smartCard"), inSessionMethods: ["smartCard"] };
const securityKey: z.input<typeof UserFacts> = { signInMethods: methods("fido2"), inSessionMethods: ["webAuthn"] };
const guestFacts = (extra: z.input<typeof UserFacts> = {}): z.input<typeof UserFacts> => ({
  ...member,
  homeCloud: "commercial",
  requiresOnPremisesKerberos: false,
  softwareEntitlements: "Microsoft 365 Apps for enterprise, licensed by the home tenant",
  ...extra,
});

const laptop = [{ app: "windowsAppWindows" as const }];
const web = [{ app: "windowsAppWeb" as const, managed: false }];

export const archetypes = {
  hybridOnHybrid: { kind: "hybrid", category: "hybridSso", facts: whfb, clients: [{ app: "windowsAppWindows", lineOfSightToDomainController: true }] },
  hybridWhfbAtHome: { kind: "hybrid", category: "hybridSso", facts: whfb, clients: [{ app: "windowsAppWindows", managed: false, lineOfSightToDomainController: false }] },
  hybridOnBrokenNetwork: { kind: "hybrid", category: "hybridSsoBroken", facts: member, patchedThrough: "2025-09", clients: laptop },
  hybridNoSso: { kind: "hybrid", category: "hybridNoSso", os: "win10-22H2", facts: member, clients: laptop },
  hybridNoSsoSavedAtHome: { kind: "hybrid", category: "hybridNoSso", os: "win10-22H2", facts: member, clients: [{ app: "windowsAppWindows", managed: false, credentialsSaved: true }] },
  hybridSmartCard: { kind: "hybrid", category: "hybridSso", facts: smartCard, smartCardDriversInstalled: true, clients: laptop },
  hybridSmartCardNoDrivers: { kind: "hybrid", category: "hybridSso", os: "win11-23H2", facts: smartCard, smartCardDriversInstalled: false, clients: [{ app: "windowsAppIos", managed: false }] },
  cloudOnlyOnHybrid: { kind: "cloudOnly", category: "hybridSso", facts: member, clients: laptop },
  cloudOnly: { kind: "cloudOnly", category: "entraSso", facts: member, clients: laptop },
  cloudOnlySsoApplying: { kind: "cloudOnly", category: "entraSso", status: "modifyingSingleSignOn", ssoApplied: false, facts: member, clients: laptop },
  cloudOnlyWithGpo: { kind: "cloudOnly", category: "entraSso", os: "win11-23H2", facts: member, gpoOnCloudPc: true, clients: laptop },
  cloudOnlyBlockedUrls: { kind: "cloudOnly", category: "entraSso", facts: member, clients: [{ app: "windowsAppWindows", canReachRequiredUrls: false }] },
  contractorSavedPassword: { kind: "cloudOnly", category: "entraNoSso", os: "win11-23H2", facts: member, clients: [{ app: "windowsAppWindows", managed: false, credentialsSaved: true }] },
  cloudOnlySecurityKey: { kind: "cloudOnly", category: "entraSso", os: "win11-25H2", facts: securityKey, clients: laptop },
  cloudOnlySecurityKeyOnMac: { kind: "cloudOnly", category: "entraSso", facts: securityKey, clients: [{ app: "windowsAppMac" }] },
  federated: { kind: "federated", category: "entraSso", domain: "federated", facts: member, clients: laptop },
  federatedNoSso: { kind: "federated", category: "entraNoSso", domain: "federated", facts: member, clients: laptop },
  federatedManagedDomain: {
    kind: "federated",
    category: "entraSso",
    domain: "formerlyFederated",
    facts: { ...member, identityTypeOverride: "federated", identityTypeOverrideReason: "Signs in at the partner IdP" },
    clients: laptop,
  },
  guest: { kind: "external", category: "entraSso", os: "win11-25H2", facts: guestFacts(), clients: [{ app: "windowsAppWindows", managed: false, b2bRegistryKeySet: true }] },
  guestNoSso: { kind: "external", category: "entraNoSso", facts: guestFacts(), clients: web },
  guestOnHybrid: { kind: "external", category: "hybridSso", facts: guestFacts(), clients: web },
  guestOldOs: { kind: "external", category: "entraSso", os: "win11-23H2", facts: guestFacts(), clients: web },
  guestUnpatched: { kind: "external", category: "entraSso", patchedThrough: "2025-08", facts: guestFacts(), clients: web },
  guestOnMac: { kind: "external", category: "entraSso", facts: guestFacts(), clients: [{ app: "windowsAppMac", managed: false }] },
  guestNoB2bKey: { kind: "external", category: "entraSso", facts: guestFacts(), clients: [{ app: "windowsAppWindows", managed: false, b2bRegistryKeySet: false }] },
  guestUserProfile: { kind: "external", category: "entraSso", facts: guestFacts(), userTargetedProfile: true, clients: web },
  guestCrossCloud: { kind: "external", category: "entraSso", facts: guestFacts({ homeCloud: "china21Vianet" }), clients: web },
  guestTokenProtected: { kind: "external", category: "entraSso", facts: guestFacts(), tokenProtected: true, clients: web },
  guestNeedsKerberos: { kind: "external", category: "entraSso", facts: guestFacts({ requiresOnPremisesKerberos: true }), clients: web },
  guestNoEntitlements: { kind: "external", category: "entraSso", facts: guestFacts({ softwareEntitlements: null }), clients: web },
} satisfies Record<string, Archetype>;

export type ArchetypeName = keyof typeof archetypes;

/** 50 slots: every archetype once, the rest the ordinary people most tenants are made of. */
export const archetypeCycle: Archetype[] = [
  ...(Object.values(archetypes) as Archetype[]),
  ...Array<Archetype>(10).fill(archetypes.cloudOnly),
  ...Array<Archetype>(5).fill(archetypes.hybridOnHybrid),
  ...Array<Archetype>(2).fill(archetypes.hybridNoSso),
  ...Array<Archetype>(1).fill(archetypes.federated),
  ...Array<Archetype>(2).fill(archetypes.guest),
];

const givenNames = ["Ava", "Liam", "Noah", "Emma", "Olivia", "Mateo", "Sofia", "Lucas", "Amara", "Ethan", "Yuna", "Kofi", "Ines", "Arjun", "Maya", "Leo", "Zara", "Hugo", "Nadia", "Omar"];
const familyNames = ["Martin", "Nguyen", "Garcia", "Smith", "Kowalski", "Okafor", "Tanaka", "Silva", "Johansson", "Haddad", "Patel", "Rossi", "Dubois", "Kim", "Novak", "Moreau", "Schmidt", "Costa", "Ali", "Brown"];

/** A plausible, unique person for slot `index`: "Ava Martin" with alias "ava.martin.1234". */
export function syntheticName(index: number): { displayName: string; alias: string } {
  const given = givenNames[index % givenNames.length];
  const family = familyNames[Math.floor(index / givenNames.length) % familyNames.length];
  return { displayName: `${given} ${family}`, alias: `${given}.${family}.${index}`.toLowerCase() };
}
