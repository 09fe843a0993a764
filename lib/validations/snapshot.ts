import { z } from "zod";
import {
  AgentAuthMode,
  AgentEventType,
  AssignmentTarget,
  ClientApp,
  Cloud,
  CredentialMethod,
  Edition,
  IdentityType,
  InSessionMethod,
  ManagementType,
} from "./enums";

/**
 * The tenant snapshot: one JSON document holding a whole tenant. It is also the model the rule
 * engine evaluates. Where Microsoft Graph holds a fact, the snapshot uses Graph's names and shapes
 * (objects accept Graph's other properties and keep the ones listed here). Facts Graph does not hold
 * sit in a `sightline` object on the entity, or in sections of their own (clients, agents...).
 * Graph enum values are plain strings: a value Sightline does not know is kept, never rejected.
 */

const id = z.string().min(1).max(200);
const name = z.string().max(400);
const optionalText = z.string().max(2000).nullable().optional();
const flag = z.boolean().nullable().optional();
const isoDate = z.string().max(40);

// ---- Microsoft Graph shapes ---------------------------------------------------------------------

export const GraphDomain = z.looseObject({
  id: id.describe("the domain name, e.g. contoso.com"),
  authenticationType: z.string().max(40).describe("Managed or Federated"),
  isVerified: flag,
});

export const ObjectIdentity = z.looseObject({
  signInType: z.string().max(100).nullable().optional(),
  issuer: z.string().max(400).nullable().optional(),
  issuerAssignedId: z.string().max(400).nullable().optional(),
});

export const UserFacts = z.object({
  homeCloud: Cloud.nullable().optional().describe("for external identities: the cloud the user was invited from"),
  signInMethods: z.array(CredentialMethod).optional().describe("credentials the user signs in to the service with"),
  inSessionMethods: z.array(InSessionMethod).optional().describe("what the user authenticates with inside the session"),
  requiresOnPremisesKerberos: flag.describe("the user needs on-premises resources over Kerberos or NTLM"),
  softwareEntitlements: optionalText.describe("the software entitlements recorded for the user's Cloud PC"),
  identityTypeOverride: IdentityType.nullable().optional(),
  identityTypeOverrideReason: optionalText,
});

export const GraphUser = z.looseObject({
  id,
  displayName: name.nullable().optional(),
  userPrincipalName: z.string().min(1).max(400),
  mail: z.string().max(400).nullable().optional(),
  userType: z.string().max(40).nullable().optional(),
  creationType: z.string().max(40).nullable().optional(),
  externalUserState: z.string().max(40).nullable().optional(),
  onPremisesSyncEnabled: flag,
  onPremisesImmutableId: z.string().max(400).nullable().optional(),
  onPremisesDomainName: z.string().max(400).nullable().optional(),
  onPremisesSamAccountName: z.string().max(400).nullable().optional(),
  identities: z.array(ObjectIdentity).nullable().optional(),
  memberOf: z.array(id).optional().describe("ids of the groups the user belongs to"),
  sightline: UserFacts.optional(),
});

export const GraphGroup = z.looseObject({ id, displayName: name.nullable().optional() });

export const InstalledUpdate = z.object({
  kb: z.string().regex(/^KB\d{6,8}$/i, "a KB number such as KB5065789"),
  month: z.string().regex(/^\d{4}-\d{2}$/, "the release month as YYYY-MM"),
});

export const CloudPcFacts = z.object({
  osEdition: z.string().max(60).nullable().optional().describe("e.g. enterprise, pro"),
  osRelease: z.string().max(20).nullable().optional().describe("e.g. 24H2"),
  osBuild: z.string().max(40).nullable().optional(),
  installedUpdates: z.array(InstalledUpdate).nullable().optional(),
  smartCardDriversInstalled: flag,
  agentPoolId: id.nullable().optional(),
});

export const GraphCloudPc = z.looseObject({
  id,
  displayName: name,
  userPrincipalName: z.string().max(400).nullable().optional(),
  provisioningPolicyId: z.string().max(200).nullable().optional(),
  provisioningPolicyName: name.nullable().optional(),
  onPremisesConnectionName: name.nullable().optional(),
  imageDisplayName: name.nullable().optional(),
  servicePlanName: name.nullable().optional(),
  status: z.string().max(60).nullable().optional(),
  osVersion: z.string().max(40).nullable().optional(),
  productType: z.string().max(40).nullable().optional(),
  provisioningType: z.string().max(40).nullable().optional(),
  connectionSetting: z.looseObject({ enableSingleSignOn: flag }).nullable().optional(),
  lastModifiedDateTime: isoDate.nullable().optional(),
  sightline: CloudPcFacts.optional(),
});

export const DomainJoinConfiguration = z.looseObject({
  domainJoinType: z.string().max(40).nullable().optional(),
  type: z.string().max(40).nullable().optional().describe("deprecated name of domainJoinType"),
  onPremisesConnectionId: z.string().max(200).nullable().optional(),
  regionName: z.string().max(100).nullable().optional(),
});

export const GraphProvisioningPolicy = z.looseObject({
  id,
  displayName: name,
  description: optionalText,
  domainJoinConfigurations: z.array(DomainJoinConfiguration).nullable().optional(),
  enableSingleSignOn: flag,
  imageId: z.string().max(400).nullable().optional(),
  imageDisplayName: name.nullable().optional(),
  imageType: z.string().max(40).nullable().optional(),
  provisioningType: z.string().max(40).nullable().optional(),
  assignments: z
    .array(z.looseObject({ id: z.string().max(400).optional(), target: z.looseObject({ groupId: z.string().max(200).nullable().optional() }).optional() }))
    .nullable()
    .optional(),
});

export const HealthCheck = z.looseObject({
  displayName: name.nullable().optional(),
  status: z.string().max(40).nullable().optional(),
  errorType: z.string().max(200).nullable().optional(),
  recommendedAction: optionalText,
  startDateTime: isoDate.nullable().optional(),
  endDateTime: isoDate.nullable().optional(),
});

export const GraphOnPremisesConnection = z.looseObject({
  id,
  displayName: name,
  connectionType: z.string().max(40).nullable().optional(),
  subscriptionId: z.string().max(200).nullable().optional(),
  subscriptionName: name.nullable().optional(),
  adDomainName: z.string().max(400).nullable().optional(),
  virtualNetworkId: z.string().max(1000).nullable().optional(),
  subnetId: z.string().max(1000).nullable().optional(),
  healthCheckStatus: z.string().max(40).nullable().optional(),
  healthCheckStatusDetail: z
    .looseObject({
      startDateTime: isoDate.nullable().optional(),
      endDateTime: isoDate.nullable().optional(),
      healthChecks: z.array(HealthCheck).nullable().optional(),
    })
    .nullable()
    .optional(),
});

const stringList = z.array(z.string().max(400)).nullable().optional();

export const GraphConditionalAccessPolicy = z.looseObject({
  id,
  displayName: name,
  state: z.string().max(60),
  conditions: z
    .looseObject({
      applications: z.looseObject({ includeApplications: stringList, excludeApplications: stringList }).nullable().optional(),
      users: z
        .looseObject({
          includeUsers: stringList,
          excludeUsers: stringList,
          includeGroups: stringList,
          excludeGroups: stringList,
        })
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
  grantControls: z
    .looseObject({
      operator: z.string().max(10).nullable().optional(),
      builtInControls: stringList,
      authenticationStrength: z.looseObject({ id: z.string().max(200).optional(), displayName: name.nullable().optional() }).nullable().optional(),
    })
    .nullable()
    .optional(),
  sessionControls: z
    .looseObject({
      signInFrequency: z
        .looseObject({
          isEnabled: flag,
          value: z.number().int().nullable().optional(),
          type: z.string().max(20).nullable().optional(),
          frequencyInterval: z.string().max(40).nullable().optional(),
        })
        .nullable()
        .optional(),
      secureSignInSession: z.looseObject({ isEnabled: flag }).nullable().optional().describe("token protection"),
    })
    .nullable()
    .optional(),
});

export const AuthenticationMethodConfiguration = z.looseObject({
  "@odata.type": z.string().max(200).optional(),
  id: z.string().max(100),
  state: z.string().max(20),
});

export const GraphAuthenticationMethodsPolicy = z.looseObject({
  id: z.string().max(100).optional(),
  authenticationMethodConfigurations: z.array(AuthenticationMethodConfiguration),
});

export const RemoteDesktopSecurityConfiguration = z.looseObject({
  id: z.string().max(200).optional(),
  servicePrincipalAppId: z.string().max(200).describe("appId of Microsoft Remote Desktop or Windows Cloud Login"),
  servicePrincipalName: name.nullable().optional(),
  isRemoteDesktopProtocolEnabled: flag,
  targetDeviceGroups: z.array(z.looseObject({ id: z.string().max(200), displayName: name.nullable().optional() })).nullable().optional(),
});

// ---- Sections Graph does not hold ----------------------------------------------------------------

export const TenantSettings = z.object({
  adfsUserCertificateAuthentication: flag.describe("AD FS is configured for user certificate authentication"),
  smartCardRedirectionAllowed: flag.describe("RDP device redirection allows smart cards"),
  webAuthnRedirectionAllowed: flag.describe("RDP device redirection allows WebAuthn"),
});

export const ConfigurationAssignment = z.object({
  id,
  displayName: name,
  managementType: ManagementType.describe("intune (device configuration profile) or groupPolicy (GPO)"),
  target: AssignmentTarget.describe("assigned to users or to devices"),
  userId: id.nullable().optional(),
  cloudPcId: id.nullable().optional(),
  provisioningPolicyId: id.nullable().optional().describe("a GPO linked to the OU of a policy's Cloud PCs"),
});

export const Client = z.object({
  id,
  userId: id,
  app: ClientApp,
  deviceName: name.nullable().optional(),
  localOs: z.string().max(100).nullable().optional().describe("e.g. Windows 11 24H2, macOS 15"),
  managed: flag,
  shared: flag,
  b2bRegistryKeySet: flag.describe("EnableIdSignInUx set on the device running Windows App"),
  canReachRequiredUrls: flag,
  lineOfSightToDomainController: flag.describe("directly or through a VPN"),
  credentialsSaved: flag,
});

export const AgentIdentity = z.object({ id, displayName: name });

export const AgentPool = z.object({
  id,
  displayName: name,
  assignedAgentIds: z.array(id),
});

export const AgentSessionEvent = z.object({
  id,
  type: AgentEventType,
  at: isoDate,
  cloudPcId: id.nullable().optional(),
  deviceId: id.nullable().optional().describe("tokenPresented: the device the token came from"),
  boundDeviceId: id.nullable().optional().describe("tokenIssued: the device the token is bound to"),
  riskLevel: z.string().max(40).nullable().optional().describe("riskSignalChanged: the new level"),
  detail: optionalText,
});

export const AgentSession = z.object({
  id,
  agentId: id,
  poolId: id,
  cloudPcId: id.nullable().optional().describe("the Cloud PC acquired from the pool"),
  startedAt: isoDate,
  endedAt: isoDate.nullable().optional(),
  authMode: AgentAuthMode.nullable().optional(),
  outcome: z.string().max(40).nullable().optional(),
  credentialsRemainedAfterEnd: flag,
  events: z.array(AgentSessionEvent),
});

export const SnapshotTenant = z.object({
  displayName: name.min(1),
  tenantId: z.string().max(200).nullable().optional().describe("the Entra tenant id"),
  cloud: Cloud,
  edition: Edition,
});

export const TenantSnapshot = z.object({
  snapshotVersion: z.literal(1),
  exportedAt: isoDate.optional(),
  tenant: SnapshotTenant,
  tenantSettings: TenantSettings.optional(),
  domains: z.array(GraphDomain).default([]),
  users: z.array(GraphUser).default([]),
  groups: z.array(GraphGroup).default([]),
  cloudPCs: z.array(GraphCloudPc).default([]),
  provisioningPolicies: z.array(GraphProvisioningPolicy).default([]),
  onPremisesConnections: z.array(GraphOnPremisesConnection).default([]),
  conditionalAccessPolicies: z.array(GraphConditionalAccessPolicy).default([]),
  authenticationMethodsPolicy: GraphAuthenticationMethodsPolicy.nullable().optional(),
  remoteDesktopSecurityConfigurations: z.array(RemoteDesktopSecurityConfiguration).default([]),
  configurationAssignments: z.array(ConfigurationAssignment).default([]),
  clients: z.array(Client).default([]),
  agentIdentities: z.array(AgentIdentity).default([]),
  agentPools: z.array(AgentPool).default([]),
  agentSessions: z.array(AgentSession).default([]),
});

export type TenantSnapshot = z.infer<typeof TenantSnapshot>;
export type TenantSnapshotInput = z.input<typeof TenantSnapshot>;
export type GraphUser = z.infer<typeof GraphUser>;
export type GraphCloudPc = z.infer<typeof GraphCloudPc>;
export type GraphProvisioningPolicy = z.infer<typeof GraphProvisioningPolicy>;
export type GraphOnPremisesConnection = z.infer<typeof GraphOnPremisesConnection>;
export type GraphConditionalAccessPolicy = z.infer<typeof GraphConditionalAccessPolicy>;
export type RemoteDesktopSecurityConfiguration = z.infer<typeof RemoteDesktopSecurityConfiguration>;
export type Client = z.infer<typeof Client>;
export type AgentSession = z.infer<typeof AgentSession>;
export type AgentSessionEvent = z.infer<typeof AgentSessionEvent>;
export type AgentPool = z.infer<typeof AgentPool>;
export type ConfigurationAssignment = z.infer<typeof ConfigurationAssignment>;
export type TenantSettings = z.infer<typeof TenantSettings>;
