import { cloudPcAppIds } from "../../validations/enums";
import { TenantSnapshot, type TenantSnapshotInput } from "../../validations/snapshot";
import { getRule } from "../catalog";
import { buildTenantIndex } from "../tenant-index";
import type { RuleId, RuleResult } from "../types";

/**
 * Test builders: a minimal, healthy tenant in which every tenant-wide rule passes, and factories
 * for the entities a test adds. Each factory takes overrides; `sightline` objects merge one level
 * deep so a test can change one fact without restating the others. The snapshot goes through the
 * real zod schema, so a builder cannot produce a tenant the parser would reject.
 */

type Item<K extends keyof TenantSnapshotInput> = NonNullable<TenantSnapshotInput[K]> extends readonly (infer T)[] ? T : never;
export type UserInput = Item<"users">;
export type CloudPcInput = Item<"cloudPCs">;
export type PolicyInput = Item<"provisioningPolicies">;
export type ConnectionInput = Item<"onPremisesConnections">;
export type CaPolicyInput = Item<"conditionalAccessPolicies">;
export type ClientInput = Item<"clients">;
export type AgentSessionInput = Item<"agentSessions">;
export type AgentEventInput = AgentSessionInput["events"][number];

type Overrides<T> = { [K in keyof T]?: K extends "sightline" ? Partial<NonNullable<T[K]>> : T[K] };

function merge<T extends { sightline?: unknown }>(base: T, over: Overrides<T>): T {
  const sightline = base.sightline || over.sightline ? { ...(base.sightline as object), ...(over.sightline as object) } : undefined;
  return { ...base, ...over, ...(sightline ? { sightline } : {}) } as T;
}

export const ids = {
  tenant: "00000000-0000-0000-0000-0000000000aa",
  entraPolicy: "pol-entra",
  hybridPolicy: "pol-hybrid",
  hybridConnection: "anc-hybrid",
  cloudPcUsers: "grp-cloud-pc-users",
} as const;

// ---- users ---------------------------------------------------------------------------------------

export const cloudOnlyUser = (id: string, over: Overrides<UserInput> = {}): UserInput =>
  merge({ id, displayName: id, userPrincipalName: `${id}@contoso.com`, userType: "Member", onPremisesSyncEnabled: null, memberOf: [ids.cloudPcUsers] }, over);

export const hybridUser = (id: string, over: Overrides<UserInput> = {}): UserInput =>
  cloudOnlyUser(id, { onPremisesSyncEnabled: true, onPremisesDomainName: "corp.contoso.com", onPremisesSamAccountName: id, ...over });

export const federatedUser = (id: string, over: Overrides<UserInput> = {}): UserInput =>
  cloudOnlyUser(id, { userPrincipalName: `${id}@federated.contoso.com`, onPremisesImmutableId: `${id}-immutable`, ...over });

/** An accepted B2B guest from the commercial cloud with every external-identity fact recorded and fine. */
export const externalUser = (id: string, over: Overrides<UserInput> = {}): UserInput =>
  merge(
    {
      id,
      displayName: id,
      userPrincipalName: `${id}_fabrikam.com#EXT#@contoso.onmicrosoft.com`,
      userType: "Guest",
      creationType: "Invitation",
      externalUserState: "Accepted",
      memberOf: [ids.cloudPcUsers],
      sightline: { homeCloud: "commercial", requiresOnPremisesKerberos: false, softwareEntitlements: "Microsoft 365 E3 from the home tenant" },
    },
    over,
  );

// ---- Cloud PCs, policies, networks ---------------------------------------------------------------

/** A provisioned Windows 11 Enterprise 24H2 Cloud PC with the 2025-09 update and SSO applied. */
export const cloudPcFor = (user: UserInput | null, over: Overrides<CloudPcInput> = {}): CloudPcInput =>
  merge(
    {
      id: `pc-${user?.id ?? "unassigned"}`,
      displayName: `CPC-${user?.id ?? "unassigned"}`,
      userPrincipalName: user?.userPrincipalName ?? null,
      provisioningPolicyId: ids.entraPolicy,
      status: "provisioned",
      osVersion: "windows11",
      connectionSetting: { enableSingleSignOn: true },
      sightline: {
        osEdition: "enterprise",
        osRelease: "24H2",
        installedUpdates: [{ kb: "KB5065789", month: "2025-09" }],
        smartCardDriversInstalled: true,
      },
    },
    over,
  );

export const entraPolicy = (over: Overrides<PolicyInput> = {}): PolicyInput => ({
  id: ids.entraPolicy,
  displayName: "Entra joined - SSO",
  domainJoinConfigurations: [{ domainJoinType: "azureADJoin", regionName: "westus2" }],
  enableSingleSignOn: true,
  ...over,
});

export const hybridPolicy = (over: Overrides<PolicyInput> = {}): PolicyInput => ({
  id: ids.hybridPolicy,
  displayName: "Hybrid joined - corp",
  domainJoinConfigurations: [{ domainJoinType: "hybridAzureADJoin", onPremisesConnectionId: ids.hybridConnection }],
  enableSingleSignOn: true,
  ...over,
});

export const passedCheck = (displayName: string) => ({ displayName, status: "passed", errorType: null });

export const networkConnection = (over: Overrides<ConnectionInput> = {}): ConnectionInput => ({
  id: ids.hybridConnection,
  displayName: "Corp VNet",
  connectionType: "hybridAzureADJoin",
  subscriptionId: "0ac520ee-14c0-480f-b6c9-0a90c585ffff",
  subscriptionName: "Contoso production",
  adDomainName: "corp.contoso.com",
  healthCheckStatus: "passed",
  healthCheckStatusDetail: { healthChecks: [passedCheck("Active Directory domain join"), passedCheck("DNS name resolution"), passedCheck("Microsoft Entra Kerberos")] },
  ...over,
});

// ---- access --------------------------------------------------------------------------------------

const allCloudPcApps = Object.values(cloudPcAppIds);

/** Enabled, all users, all four Cloud PC apps, MFA and an 8-hour sign-in frequency. */
export const caPolicy = (id: string, over: Overrides<CaPolicyInput> = {}): CaPolicyInput => ({
  id,
  displayName: `CA ${id}`,
  state: "enabled",
  conditions: { applications: { includeApplications: allCloudPcApps, excludeApplications: [] }, users: { includeUsers: ["All"], excludeUsers: [] } },
  grantControls: { operator: "OR", builtInControls: ["mfa"] },
  sessionControls: { signInFrequency: { isEnabled: true, value: 8, type: "hours", frequencyInterval: "timeBased" } },
  ...over,
});

export const methodsPolicy = (states: Record<string, "enabled" | "disabled"> = {}) => ({
  id: "authenticationMethodsPolicy",
  authenticationMethodConfigurations: Object.entries({ Fido2: "enabled", MicrosoftAuthenticator: "enabled", X509Certificate: "enabled", ...states }).map(
    ([id, state]) => ({ id, state }),
  ),
});

export const rdpConfiguration = (appId: string, over: Partial<Item<"remoteDesktopSecurityConfigurations">> = {}) => ({
  servicePrincipalAppId: appId,
  isRemoteDesktopProtocolEnabled: true,
  targetDeviceGroups: [{ id: "grp-cloud-pcs", displayName: "All Cloud PCs" }],
  ...over,
});

/** A managed, private Windows device running Windows App that can reach everything. */
export const clientOf = (user: UserInput, over: Overrides<ClientInput> = {}): ClientInput => ({
  id: `client-${user.id}`,
  userId: user.id,
  app: "windowsAppWindows",
  deviceName: `LAPTOP-${user.id}`,
  localOs: "Windows 11 24H2",
  managed: true,
  shared: false,
  b2bRegistryKeySet: true,
  canReachRequiredUrls: true,
  lineOfSightToDomainController: true,
  credentialsSaved: false,
  ...over,
});

// ---- agents --------------------------------------------------------------------------------------

export const agentEvent = (id: string, type: AgentEventInput["type"], at: string, over: Partial<AgentEventInput> = {}): AgentEventInput => ({ id, type, at, ...over });

export const agentSession = (id: string, over: Partial<AgentSessionInput> = {}): AgentSessionInput => ({
  id,
  agentId: "agent-1",
  poolId: "pool-1",
  cloudPcId: "cpca-1",
  startedAt: "2026-05-01T10:00:00Z",
  endedAt: "2026-05-01T10:30:00Z",
  authMode: "tokenExchange",
  credentialsRemainedAfterEnd: false,
  events: [],
  ...over,
});

/** One agent, one pool with one Cloud PC in it; sessions are the test's. */
export const agentPoolParts = (sessions: AgentSessionInput[]): Partial<TenantSnapshotInput> => ({
  agentIdentities: [{ id: "agent-1", displayName: "Invoice agent" }],
  agentPools: [{ id: "pool-1", displayName: "Finance agents", assignedAgentIds: ["agent-1"] }],
  cloudPCs: [cloudPcFor(null, { id: "cpca-1", displayName: "CPCA-0001", provisioningPolicyId: null, sightline: { agentPoolId: "pool-1" } })],
  agentSessions: sessions,
});

// ---- the tenant ----------------------------------------------------------------------------------

export function tenantSnapshot(parts: Partial<TenantSnapshotInput> = {}): TenantSnapshot {
  return TenantSnapshot.parse({
    snapshotVersion: 1,
    tenant: { displayName: "Contoso", tenantId: ids.tenant, cloud: "commercial", edition: "enterprise" },
    tenantSettings: { adfsUserCertificateAuthentication: false, smartCardRedirectionAllowed: true, webAuthnRedirectionAllowed: true },
    domains: [
      { id: "contoso.com", authenticationType: "Managed", isVerified: true },
      { id: "contoso.onmicrosoft.com", authenticationType: "Managed", isVerified: true },
      { id: "federated.contoso.com", authenticationType: "Federated", isVerified: true },
    ],
    groups: [{ id: ids.cloudPcUsers, displayName: "Cloud PC users" }],
    onPremisesConnections: [networkConnection()],
    provisioningPolicies: [entraPolicy(), hybridPolicy()],
    conditionalAccessPolicies: [caPolicy("ca-mfa")],
    authenticationMethodsPolicy: methodsPolicy(),
    remoteDesktopSecurityConfigurations: [rdpConfiguration(cloudPcAppIds.microsoftRemoteDesktop), rdpConfiguration(cloudPcAppIds.windowsCloudLogin)],
    ...parts,
  });
}

export const testNow = new Date("2026-06-01T00:00:00Z");

export function evaluateRule(ruleId: RuleId, snapshot: TenantSnapshot): RuleResult[] {
  return getRule(ruleId).evaluate({ index: buildTenantIndex(snapshot), now: testNow });
}

/** The one result a rule gives for an entity; throws when there is none or several, so tests cannot pass on nothing. */
export function resultFor(ruleId: RuleId, snapshot: TenantSnapshot, entityId: string): RuleResult {
  const matching = evaluateRule(ruleId, snapshot).filter((result) => result.entityId === entityId);
  if (matching.length !== 1) throw new Error(`${ruleId} gave ${matching.length} results for ${entityId}`);
  return matching[0];
}

export const labels = (result: RuleResult) => result.evidence.map((item) => item.label);
