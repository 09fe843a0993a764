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

/**
 * Contoso's tenant-wide setup: the network connections, provisioning policies, Conditional Access,
 * authentication methods and RDP settings its people and Cloud PCs hang off. Tenant-wide facts are
 * set so the tenant-level rules pass here and fail in Fabrikam (see docs/demo-tenant.md), except
 * FIDO2, which Contoso has not enabled yet: INS-001 fails here and passes in Fabrikam.
 */

export const contoso = makeTenantContext({
  key: "contoso",
  displayName: "Contoso",
  cloud: "commercial",
  edition: "enterprise",
  primaryDomain: "contoso.com",
  epochMs: demoEpochMs,
});

/** Tailspin Toys, a subsidiary whose people sign in through its own federated IdP. */
export const federatedDomain = "tailspintoys.com";
/** Wingtip Toys: its federation was cut over to Managed, but two of its people still use their IdP. */
export const formerlyFederatedDomain = "wingtiptoys.com";

export function contosoDirectory() {
  const groups = {
    finance: makeGroup(contoso, "finance", "W365 - Finance"),
    berlin: makeGroup(contoso, "berlin", "W365 - Berlin Engineering"),
    operations: makeGroup(contoso, "operations", "W365 - Operations"),
    corporate: makeGroup(contoso, "corporate", "W365 - Corporate"),
    contractors: makeGroup(contoso, "contractors", "W365 - Contractors"),
    partners: makeGroup(contoso, "partners", "W365 - External partners"),
    pilotPhishingResistant: makeGroup(contoso, "pilot-phishing-resistant", "CA pilot - Phishing-resistant MFA"),
    guestTokenProtectionExclusion: makeGroup(contoso, "guest-token-protection-exclusion", "CA exclusion - Partner guests (token protection)"),
    breakGlass: makeGroup(contoso, "break-glass", "CA exclusion - Break-glass accounts"),
    cloudPcDevices: makeGroup(contoso, "cloud-pc-devices", "Devices - All Cloud PCs (dynamic)", "dynamicDevice"),
  };
  const domains = [
    makeDomain(contoso.primaryDomain),
    makeDomain(contoso.initialDomain),
    makeDomain(federatedDomain, "Federated"),
    makeDomain(formerlyFederatedDomain, "Managed"),
  ];
  return { groups, domains };
}

export function contosoNetwork() {
  const seattle = makeNetworkConnection(contoso, {
    key: "seattle",
    displayName: "Seattle HQ - vnet-w365-westus2",
    subscription: { id: "5b3e1f0a-8c2d-4e6b-9a71-2f4c8d0e6a13", name: "Contoso Production" },
    region: "westus2",
    resourceGroup: "rg-w365-westus2",
    virtualNetwork: "vnet-w365-westus2",
  });
  // Berlin's subscription was moved out of the tenant during a reorganisation, and the site's domain
  // controllers went with the old VNet peering: no line of sight to a DC, no Kerberos server object.
  const berlin = makeNetworkConnection(contoso, {
    key: "berlin",
    displayName: "Berlin - vnet-w365-germanywestcentral",
    subscription: null,
    region: "germanywestcentral",
    resourceGroup: "rg-w365-berlin",
    virtualNetwork: "vnet-w365-berlin",
    failures: {
      tenantReadiness: { errorType: "resourceAvailabilityCheckSubscriptionTransferred", recommendedAction: "The Azure subscription was transferred to another tenant; select a subscription in this tenant." },
      dns: { errorType: "dnsCheckFqdnNotFound", recommendedAction: "DNS could not resolve corp.contoso.com; point the VNet at DNS servers that can." },
      domainJoin: { errorType: "adJoinCheckServerNotOperational", recommendedAction: "No domain controller answered; check line of sight from the subnet to a DC." },
      kerberos: { errorType: "ssoCheckKerberosConfigurationError", recommendedAction: "Create the Microsoft Entra Kerberos server object in corp.contoso.com." },
    },
  });
  return { seattle, berlin };
}

export function contosoPolicies(network: ReturnType<typeof contosoNetwork>, groups: ReturnType<typeof contosoDirectory>["groups"]) {
  return {
    finance: makeProvisioningPolicy(contoso, {
      key: "finance-hybrid-sso",
      displayName: "Finance - Hybrid SSO",
      description: "Hybrid-joined Cloud PCs for Finance, on the Seattle network for the ERP's file shares",
      joinType: "hybridAzureADJoin",
      sso: true,
      networkConnection: network.seattle,
      groupIds: [groups.finance.id],
    }),
    berlin: makeProvisioningPolicy(contoso, {
      key: "berlin-hybrid-sso",
      displayName: "Berlin Engineering - Hybrid SSO",
      joinType: "hybridAzureADJoin",
      sso: true,
      networkConnection: network.berlin,
      groupIds: [groups.berlin.id],
    }),
    operations: makeProvisioningPolicy(contoso, {
      key: "operations-hybrid",
      displayName: "Operations - Hybrid (no SSO)",
      description: "Created before SSO was available; still prompts for Windows credentials",
      joinType: "hybridAzureADJoin",
      sso: false,
      networkConnection: network.seattle,
      image: "win10-22H2",
      groupIds: [groups.operations.id],
    }),
    corporate: makeProvisioningPolicy(contoso, {
      key: "corporate-entra-sso",
      displayName: "Corporate - Entra SSO",
      joinType: "azureADJoin",
      sso: true,
      regionGroup: "usWest",
      image: "win11-24H2",
      groupIds: [groups.corporate.id],
    }),
    contractors: makeProvisioningPolicy(contoso, {
      key: "contractors-entra",
      displayName: "Contractors - Entra (no SSO)",
      joinType: "azureADJoin",
      sso: false,
      regionGroup: "usEast",
      groupIds: [groups.contractors.id],
    }),
    partners: makeProvisioningPolicy(contoso, {
      key: "partners-entra-sso",
      displayName: "External Partners - Entra SSO",
      description: "Guests' Cloud PCs: Entra join, SSO and Windows 11 24H2 as external identities require",
      joinType: "azureADJoin",
      sso: true,
      regionGroup: "usEast",
      image: "win11-25H2",
      groupIds: [groups.partners.id],
    }),
    agentsFinance: makeProvisioningPolicy(contoso, {
      key: "agents-finance",
      displayName: "Agents - Finance pool (US)",
      joinType: "azureADJoin",
      sso: true,
      regionGroup: "usEast",
      forAgents: true,
    }),
    agentsServiceDesk: makeProvisioningPolicy(contoso, {
      key: "agents-service-desk",
      displayName: "Agents - Service desk pool (US)",
      joinType: "azureADJoin",
      sso: true,
      regionGroup: "usEast",
      forAgents: true,
    }),
  };
}

export function contosoSignInPolicies(groups: ReturnType<typeof contosoDirectory>["groups"]) {
  const conditionalAccessPolicies = [
    makeCaPolicy(contoso, {
      key: "cpc-mfa",
      displayName: "CPC - Require MFA for Cloud PC access",
      state: "enabled",
      includeUsers: ["All"],
      excludeGroups: [groups.breakGlass.id],
      mfa: true,
      signInFrequency: { value: 16, type: "hours" },
    }),
    makeCaPolicy(contoso, {
      key: "cpc-phishing-resistant-pilot",
      displayName: "CPC - Phishing-resistant MFA (pilot, report-only)",
      state: "enabledForReportingButNotEnforced",
      includeGroups: [groups.pilotPhishingResistant.id],
      excludeGroups: [groups.breakGlass.id],
      authenticationStrength: "phishingResistant",
    }),
    makeCaPolicy(contoso, {
      key: "legacy-wvd-mfa",
      displayName: "Legacy - Require MFA for Windows Virtual Desktop (disabled)",
      state: "disabled",
      applications: allCloudPcApps.slice(0, 2),
      includeGroups: [groups.operations.id],
      mfa: true,
    }),
    makeCaPolicy(contoso, {
      key: "guest-token-protection",
      displayName: "CPC - Guests require token protection",
      state: "enabled",
      includeUsers: ["GuestsOrExternalUsers"],
      // Partner guests on Cloud PCs are excluded: token protection support for external identities varies by Windows App platform.
      excludeGroups: [groups.guestTokenProtectionExclusion.id, groups.breakGlass.id],
      tokenProtection: true,
    }),
  ];
  const authenticationMethodsPolicy = makeAuthMethodsPolicy({ fido2: "disabled", microsoftAuthenticator: "enabled", x509Certificate: "enabled" });
  const remoteDesktopSecurityConfigurations = [
    makeRemoteDesktopConfig(contoso, { app: "microsoftRemoteDesktop", enabled: true, targetDeviceGroups: [groups.cloudPcDevices] }),
    // Entra authentication for RDP is on, but nobody added the device group: a consent prompt per host.
    makeRemoteDesktopConfig(contoso, { app: "windowsCloudLogin", enabled: true, targetDeviceGroups: [] }),
  ];
  const tenantSettings = { adfsUserCertificateAuthentication: false, smartCardRedirectionAllowed: true, webAuthnRedirectionAllowed: true };
  return { conditionalAccessPolicies, authenticationMethodsPolicy, remoteDesktopSecurityConfigurations, tenantSettings };
}
