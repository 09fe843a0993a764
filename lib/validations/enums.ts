import { z } from "zod";

/**
 * Enumerations of the domain. SQLite has no enum type, so every enumerated column is a string
 * checked against one of these lists. Graph's own enums are "evolvable": values Sightline does not
 * know are kept as strings and shown as unknown, so those lists are for display, not validation.
 */
export const identityTypes = ["hybrid", "cloudOnly", "federated", "external"] as const;
export const IdentityType = z.enum(identityTypes);
export type IdentityType = z.infer<typeof IdentityType>;

export const joinTypes = ["azureADJoin", "hybridAzureADJoin"] as const;
export const JoinType = z.enum(joinTypes);
export type JoinType = z.infer<typeof JoinType>;

export const clouds = ["commercial", "usGovernment", "china21Vianet"] as const;
export const Cloud = z.enum(clouds);
export type Cloud = z.infer<typeof Cloud>;

export const editions = ["enterprise", "business", "frontline", "government"] as const;
export const Edition = z.enum(editions);
export type Edition = z.infer<typeof Edition>;

export const clientApps = [
  "windowsAppWindows",
  "windowsAppWeb",
  "windowsAppMac",
  "windowsAppIos",
  "windowsAppAndroid",
  "remoteDesktopWindows",
] as const;
export const ClientApp = z.enum(clientApps);
export type ClientApp = z.infer<typeof ClientApp>;

/** Credentials a person presents; the third capability matrix is credential x phase x client. */
export const credentialMethods = [
  "password",
  "microsoftAuthenticator",
  "fido2",
  "windowsHelloForBusiness",
  "smartCard",
] as const;
export const CredentialMethod = z.enum(credentialMethods);
export type CredentialMethod = z.infer<typeof CredentialMethod>;

/** What a person uses inside the session: WebAuthn (security key or Windows Hello) or a smart card. */
export const inSessionMethods = ["webAuthn", "smartCard"] as const;
export const InSessionMethod = z.enum(inSessionMethods);
export type InSessionMethod = z.infer<typeof InSessionMethod>;

export const phases = ["cloudService", "remoteSession", "inSession", "agentSession"] as const;
export const Phase = z.enum(phases);
export type Phase = z.infer<typeof Phase>;

export const severities = ["critical", "high", "medium", "low", "info"] as const;
export const Severity = z.enum(severities);
export type Severity = z.infer<typeof Severity>;

export const entityTypes = [
  "tenant",
  "user",
  "cloudPc",
  "provisioningPolicy",
  "networkConnection",
  "conditionalAccessPolicy",
  "servicePrincipal",
  "client",
  "agentSession",
] as const;
export const EntityType = z.enum(entityTypes);
export type EntityType = z.infer<typeof EntityType>;

export const findingStatuses = ["open", "accepted", "resolved"] as const;
export const FindingStatus = z.enum(findingStatuses);
export type FindingStatus = z.infer<typeof FindingStatus>;

export const roles = ["admin", "helpdesk", "viewer"] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const caPolicyStates = ["enabled", "disabled", "enabledForReportingButNotEnforced"] as const;

export const managementTypes = ["intune", "groupPolicy"] as const;
export const ManagementType = z.enum(managementTypes);
export const assignmentTargets = ["user", "device"] as const;
export const AssignmentTarget = z.enum(assignmentTargets);

export const agentAuthModes = ["tokenExchange", "interactive"] as const;
export const AgentAuthMode = z.enum(agentAuthModes);

export const agentEventTypes = [
  "cloudPcAcquired",
  "secureChannelOpened",
  "tokenIssued",
  "requestValidated",
  "tokenPresented",
  "riskSignalChanged",
  "accessRevoked",
  "taskCompleted",
  "sessionEnded",
  "cloudPcReset",
] as const;
export const AgentEventType = z.enum(agentEventTypes);
export type AgentEventType = z.infer<typeof AgentEventType>;

/** Application ids of the Windows 365 sign-in apps (Microsoft Graph reference, section 5.1). */
export const cloudPcAppIds = {
  windows365: "0af06dc6-e4b5-4f28-818e-e78e62d137a5",
  azureVirtualDesktop: "9cdead84-a844-4324-93f2-b2e6bb768d07",
  microsoftRemoteDesktop: "a4a365df-50f1-4397-bc59-1a1564b8bb9c",
  windowsCloudLogin: "270efc09-cd0d-444b-a71f-39af4910ec45",
} as const;
