import type { PersonPlan } from "./cast";
import { federatedDomain, formerlyFederatedDomain } from "./contoso-infrastructure";

/**
 * People from outside Contoso's own directory: Tailspin Toys' federated users, two Wingtip Toys
 * users whose domain is no longer federated, and B2B guests from partner organisations.
 */

export const contosoFederatedPeople: PersonPlan[] = [
  {
    name: "Tom Keller",
    kind: "federated",
    domain: federatedDomain,
    department: "Tailspin Toys",
    scenario: "Signs in through Tailspin's federated IdP to an Entra-joined SSO Cloud PC: works",
    cloudPcs: [{ policy: "corporate", os: "win11-24H2" }],
  },
  {
    name: "Rosa Alvarez (federated, no SSO)",
    kind: "federated",
    domain: federatedDomain,
    department: "Tailspin Toys",
    scenario: "Federated user on the contractors' policy without SSO: the Windows prompt cannot take her IdP sign-in",
    cloudPcs: [{ policy: "contractors", os: "win11-24H2" }],
  },
  { name: "Sven Lindqvist", kind: "federated", domain: federatedDomain, department: "Tailspin Toys", cloudPcs: [{ policy: "corporate", os: "win11-25H2" }] },
  {
    name: "Akira Sato (federated on hybrid PC)",
    kind: "federated",
    domain: federatedDomain,
    department: "Tailspin Toys",
    scenario: "Federated user given a hybrid-joined Finance Cloud PC: only hybrid users can sign in to those",
    cloudPcs: [{ policy: "finance", os: "win11-24H2" }],
  },
  {
    name: "Wendy Park (Wingtip IdP, domain now Managed)",
    kind: "federated",
    domain: formerlyFederatedDomain,
    department: "Wingtip Toys",
    scenario: "An admin marked her federated (she signs in at Wingtip's IdP), but wingtiptoys.com is a Managed domain now",
    facts: { identityTypeOverride: "federated", identityTypeOverrideReason: "Signs in through Wingtip Toys' Okta; confirmed with Wingtip IT (ticket 4471)" },
    cloudPcs: [{ policy: "corporate", os: "win11-24H2" }],
  },
  {
    name: "Ravi Kumar (Wingtip IdP, domain now Managed)",
    kind: "federated",
    domain: formerlyFederatedDomain,
    department: "Wingtip Toys",
    scenario: "His account carries a federated identity from Wingtip's SAML IdP, but the domain is Managed",
    overrides: {
      identities: [
        { signInType: "federated", issuer: "https://idp.wingtiptoys.com/saml2", issuerAssignedId: "rkumar" },
        { signInType: "userPrincipalName", issuer: "contoso.onmicrosoft.com", issuerAssignedId: `ravi.kumar@${formerlyFederatedDomain}` },
      ],
    },
    cloudPcs: [{ policy: "corporate", os: "win11-24H2" }],
  },
];

// Most partner guests are in the token protection exclusion group; the policy's default includes every guest.
const guest = (plan: PersonPlan): PersonPlan => ({
  ...plan,
  kind: "external",
  groups: plan.groups ?? ["guestTokenProtectionExclusion"],
  cloudPcs: plan.cloudPcs ?? [{ policy: "partners", os: "win11-25H2" }],
  clients: plan.clients ?? [{ app: "windowsAppWeb", managed: false }],
});

export const contosoGuests: PersonPlan[] = [
  guest({
    name: "Omar Haddad",
    kind: "external",
    domain: "adatum.com",
    department: "Adatum (partner)",
    scenario: "Guest done right: Entra-joined Windows 11 25H2 with SSO and current updates, Windows App with the B2B key, entitlements recorded",
    facts: { softwareEntitlements: "Microsoft 365 E5 and Dynamics 365, licensed by Adatum" },
    clients: [{ app: "windowsAppWindows", managed: false, b2bRegistryKeySet: true }, { app: "windowsAppWeb", managed: false }],
  }),
  guest({
    name: "Grace Taylor (guest, no SSO)",
    kind: "external",
    domain: "litwareinc.com",
    scenario: "Guest on the contractors' policy without SSO: stuck at the remote session prompt",
    cloudPcs: [{ policy: "contractors", os: "win11-24H2" }],
  }),
  guest({
    name: "Lena Fischer (guest on hybrid PC)",
    kind: "external",
    domain: "woodgrovebank.com",
    scenario: "Guest given a hybrid-joined Finance Cloud PC: external identities need Entra join",
    cloudPcs: [{ policy: "finance", os: "win11-24H2" }],
  }),
  guest({
    name: "Marco Rossi (guest, Windows 11 23H2)",
    kind: "external",
    domain: "northwindtraders.com",
    scenario: "Guest Cloud PC still on Windows 11 23H2 (external identities need 24H2 or later)",
    cloudPcs: [{ policy: "partners", os: "win11-23H2" }],
  }),
  guest({
    name: "Yuki Tanaka (guest, missing September update)",
    kind: "external",
    domain: "proseware.com",
    scenario: "Guest Cloud PC on 24H2 but patched only through August 2025 (needs KB5065789 or later)",
    cloudPcs: [{ policy: "partners", os: "win11-24H2", patchedThrough: "2025-08" }],
  }),
  guest({
    name: "Daniel Okafor (guest on Mac and iPad)",
    kind: "external",
    domain: "relecloud.com",
    scenario: "Guest connecting from Windows App on macOS and iPadOS: only Windows App on Windows or a browser work",
    clients: [{ app: "windowsAppMac", managed: false }, { app: "windowsAppIos", managed: false }],
  }),
  guest({
    name: "Sofia Marin (guest, no B2B registry key)",
    kind: "external",
    domain: "alpineskihouse.com",
    scenario: "Guest on Windows App for Windows without the EnableIdSignInUx registry key",
    clients: [{ app: "windowsAppWindows", managed: false, b2bRegistryKeySet: false }],
  }),
  guest({
    name: "Noah Becker (guest, user-targeted profile)",
    kind: "external",
    domain: "fourthcoffee.com",
    scenario: "A VPN device configuration profile is assigned to him as a user: it will not apply to his Cloud PC",
  }),
  guest({
    name: "Li Wei (guest from 21Vianet)",
    kind: "external",
    domain: "lucernepublishing.cn",
    scenario: "Invited from Azure operated by 21Vianet: cross-cloud guests cannot use Cloud PCs",
    facts: { homeCloud: "china21Vianet" },
  }),
  guest({
    name: "Jack Miller (guest from Azure Government)",
    kind: "external",
    domain: "treyresearch.us",
    scenario: "Invited from Azure Government: cross-cloud; his Cloud PC failed to provision",
    facts: { homeCloud: "usGovernment" },
    cloudPcs: [{ policy: "partners", os: "win11-25H2", status: "failed" }],
  }),
  guest({
    name: "Priya Raman (guest, needs file shares)",
    kind: "external",
    domain: "humongousinsurance.com",
    scenario: "Guest who needs the on-premises claims file share over Kerberos: not possible for external identities",
    facts: { requiresOnPremisesKerberos: true },
  }),
  guest({
    name: "Tariq Aziz (guest, no entitlements)",
    kind: "external",
    domain: "cohowinery.com",
    scenario: "Guest whose software entitlements were never recorded",
    facts: { softwareEntitlements: null },
  }),
  guest({
    name: "Chloe Dubois (guest, token protection)",
    kind: "external",
    domain: "margiestravel.com",
    scenario: "Guest left out of the CA exclusion group: the guest token protection policy applies to her",
    groups: [],
  }),
  guest({
    name: "Ingrid Svensson (guest, facts not recorded)",
    kind: "external",
    domain: "blueyonderairlines.com",
    scenario: "Guest whose home cloud, Kerberos needs, Cloud PC OS facts and B2B key were never recorded (unknowns)",
    facts: { homeCloud: null, requiresOnPremisesKerberos: null },
    cloudPcs: [{ policy: "partners", os: "win11-25H2", osFactsUnrecorded: true }],
    clients: [{ app: "windowsAppWindows", managed: false, b2bRegistryKeySet: null }],
  }),
];
