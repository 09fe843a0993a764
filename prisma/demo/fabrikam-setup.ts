import {
  allCloudPcApps,
  demoEpochMs,
  makeAuthMethodsPolicy,
  makeCaPolicy,
  makeDomain,
  makeGroup,
  makeNetworkConnection,
  makeProvisioningPolicy,
  makeRemoteDesktopConfig,
  makeTenantContext,
} from "../factories";
import type { PersonPlan } from "./cast";

/**
 * Fabrikam: a small Windows 365 Government tenant (Azure Government). It exists to show the
 * tenant-wide rules failing: guests in a Government tenant (EXT-008), no enforced MFA or sign-in
 * frequency on the Cloud PC apps (AUTH-001, AUTH-003), Entra authentication for RDP off on Windows
 * Cloud Login (SSO-002), no certificate-based auth for smart cards (AUTH-004) and smart card
 * redirection blocked (INS-004). Windows 365 for Agents is not offered there: no agent sessions.
 */

export const fabrikam = makeTenantContext({
  key: "fabrikam",
  displayName: "Fabrikam",
  cloud: "usGovernment",
  edition: "government",
  primaryDomain: "fabrikam.com",
  epochMs: demoEpochMs,
});

export const fabrikamContractorsDomain = "contractors.fabrikam.com";

export function fabrikamInfrastructure() {
  const groups = {
    hybrid: makeGroup(fabrikam, "hybrid", "W365 - Fabrikam hybrid"),
    cloud: makeGroup(fabrikam, "cloud", "W365 - Fabrikam cloud"),
    field: makeGroup(fabrikam, "field", "W365 - Field engineers"),
    cloudPcDevices: makeGroup(fabrikam, "cloud-pc-devices", "Devices - All Cloud PCs (dynamic)", "dynamicDevice"),
  };
  const domains = [makeDomain(fabrikam.primaryDomain), makeDomain(fabrikam.initialDomain), makeDomain(fabrikamContractorsDomain, "Federated")];
  // Created last week and never checked: JOIN-002 and SSO-004 cannot tell yet (unknown).
  const virginia = makeNetworkConnection(fabrikam, {
    key: "virginia",
    displayName: "USGov Virginia - vnet-w365-usgovva",
    subscription: { id: "8f1d2c3b-4a5e-4f60-9b7c-1d2e3f4a5b6c", name: "Fabrikam Gov Production" },
    region: "usgovvirginia",
    failures: "notRun",
  });
  const policies = {
    hybrid: makeProvisioningPolicy(fabrikam, {
      key: "gov-hybrid-sso",
      displayName: "Fabrikam - Hybrid SSO (USGov Virginia)",
      joinType: "hybridAzureADJoin",
      sso: true,
      networkConnection: virginia,
      groupIds: [groups.hybrid.id],
    }),
    cloud: makeProvisioningPolicy(fabrikam, {
      key: "gov-entra-sso",
      displayName: "Fabrikam - Entra SSO",
      joinType: "azureADJoin",
      sso: true,
      regionGroup: "usGovernment",
      groupIds: [groups.cloud.id],
    }),
    field: makeProvisioningPolicy(fabrikam, {
      key: "gov-field-entra",
      displayName: "Fabrikam - Field engineers (Entra, no SSO)",
      joinType: "azureADJoin",
      sso: false,
      regionGroup: "usGovernment",
      image: "win11-23H2",
      groupIds: [groups.field.id],
    }),
  };
  const conditionalAccessPolicies = [
    makeCaPolicy(fabrikam, {
      key: "gov-mfa-report-only",
      displayName: "GOV - Require MFA for Cloud PCs (report-only)",
      state: "enabledForReportingButNotEnforced",
      includeUsers: ["All"],
      mfa: true,
    }),
    // Enforced, with a sign-in frequency, but on Windows 365 alone: the gateway sign-in (Azure
    // Virtual Desktop) is not covered, so MFA and the frequency are not required for connections.
    makeCaPolicy(fabrikam, {
      key: "gov-mfa-windows365-only",
      displayName: "GOV - Require MFA for Windows 365",
      state: "enabled",
      applications: [allCloudPcApps[0]],
      includeUsers: ["All"],
      mfa: true,
      signInFrequency: { value: 12, type: "hours" },
    }),
  ];
  return {
    groups,
    domains,
    onPremisesConnections: [virginia],
    policies,
    conditionalAccessPolicies,
    authenticationMethodsPolicy: makeAuthMethodsPolicy({ fido2: "enabled", microsoftAuthenticator: "enabled", x509Certificate: "disabled" }),
    remoteDesktopSecurityConfigurations: [
      makeRemoteDesktopConfig(fabrikam, { app: "microsoftRemoteDesktop", enabled: true, targetDeviceGroups: [groups.cloudPcDevices] }),
      makeRemoteDesktopConfig(fabrikam, { app: "windowsCloudLogin", enabled: false, targetDeviceGroups: [groups.cloudPcDevices] }),
    ],
    tenantSettings: { adfsUserCertificateAuthentication: false, smartCardRedirectionAllowed: false, webAuthnRedirectionAllowed: true },
  };
}

export const fabrikamPeople: PersonPlan[] = [
  {
    name: "Ray Chen",
    kind: "hybrid",
    department: "Program Office",
    scenario: "Hybrid user, Windows Hello for Business from the office, on the hybrid policy whose network connection was never checked",
    facts: { signInMethods: ["windowsHelloForBusiness"] },
    cloudPcs: [{ policy: "hybrid", os: "win11-24H2" }],
    clients: [{ app: "windowsAppWindows", lineOfSightToDomainController: true }],
  },
  { name: "Dana Brooks", kind: "hybrid", department: "Program Office", cloudPcs: [{ policy: "hybrid", os: "win11-24H2", patchedThrough: "2025-10" }] },
  {
    name: "Luis Moreno (smart card)",
    kind: "hybrid",
    department: "Security",
    scenario: "PIV smart card user: no certificate-based authentication in the tenant, and smart card redirection is blocked",
    facts: { signInMethods: ["smartCard"], inSessionMethods: ["smartCard"] },
    cloudPcs: [{ policy: "hybrid", os: "win11-24H2", smartCardDriversInstalled: true }],
    clients: [{ app: "windowsAppWindows", lineOfSightToDomainController: true }],
  },
  { name: "Karen Holt", kind: "hybrid", department: "Contracts", cloudPcs: [{ policy: "hybrid", os: "win11-23H2", patchedThrough: "2025-10" }] },
  { name: "Sam Patel", kind: "cloudOnly", department: "Engineering", cloudPcs: [{ policy: "cloud", os: "win11-25H2" }] },
  {
    name: "Nina Volkova (security key)",
    kind: "cloudOnly",
    department: "Engineering",
    scenario: "FIDO2 security key for sign-in and in session, with FIDO2 enabled: works",
    facts: { signInMethods: ["fido2"], inSessionMethods: ["webAuthn"] },
    cloudPcs: [{ policy: "cloud", os: "win11-24H2" }],
  },
  {
    name: "Owen Price (field engineer)",
    kind: "cloudOnly",
    department: "Field Service",
    scenario: "Field engineer on the policy without SSO, connecting from a managed Android phone",
    cloudPcs: [{ policy: "field", os: "win11-23H2" }],
    clients: [{ app: "windowsAppAndroid" }],
  },
  {
    name: "Paula Grant",
    kind: "federated",
    domain: fabrikamContractorsDomain,
    department: "Contractors",
    scenario: "Contractor signing in through the federated contractors' IdP, with SSO",
    cloudPcs: [{ policy: "cloud", os: "win11-24H2" }],
  },
  {
    name: "Hannah Scott (guest)",
    kind: "external",
    domain: "adatum.com",
    scenario: "Commercial-cloud guest: everything right, but Windows 365 Government does not support external identities",
    cloudPcs: [{ policy: "cloud", os: "win11-24H2" }],
    clients: [{ app: "windowsAppWeb", managed: false }],
  },
  {
    name: "Victor Hughes (guest from Azure Government)",
    kind: "external",
    domain: "treyresearch.us",
    scenario: "Guest invited from another Azure Government tenant: unsupported twice (Government edition, cross-cloud invite)",
    facts: { homeCloud: "usGovernment" },
    cloudPcs: [{ policy: "cloud", os: "win11-24H2" }],
    clients: [{ app: "windowsAppWindows", managed: false, b2bRegistryKeySet: true }],
  },
];
