/** Display names of the domain's enumerations, the same in the UI and the CSV reports. */
export const identityTypeLabels: Record<string, string> = {
  hybrid: "Hybrid",
  cloudOnly: "Cloud-only",
  federated: "Federated",
  external: "External",
};

export const joinTypeLabels: Record<string, string> = {
  azureADJoin: "Microsoft Entra join",
  hybridAzureADJoin: "Microsoft Entra hybrid join",
};

export const editionLabels: Record<string, string> = {
  enterprise: "Enterprise",
  business: "Business",
  frontline: "Frontline",
  government: "Government",
};

export const cloudLabels: Record<string, string> = {
  commercial: "Commercial",
  usGovernment: "Azure Government",
  china21Vianet: "Azure operated by 21Vianet",
};

export const phaseLabels: Record<string, string> = {
  cloudService: "Cloud service authentication",
  remoteSession: "Remote session authentication",
  inSession: "In-session authentication",
  agentSession: "Agent session",
};

export const severityLabels: Record<string, string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
};

/** Shows a value Sightline does not know as "unknown (value)" rather than dropping it. */
export function labelOf(labels: Record<string, string>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "Unknown";
  return labels[value] ?? `Unknown (${value})`;
}

export const entityTypeLabels: Record<string, string> = {
  tenant: "Tenant",
  user: "User",
  cloudPc: "Cloud PC",
  provisioningPolicy: "Provisioning policy",
  networkConnection: "Network connection",
  conditionalAccessPolicy: "Conditional Access policy",
  servicePrincipal: "Service principal",
  client: "Client",
  agentSession: "Agent session",
};

export const clientAppLabels: Record<string, string> = {
  windowsAppWindows: "Windows App on Windows",
  windowsAppWeb: "Windows App in a web browser",
  windowsAppMac: "Windows App on macOS",
  windowsAppIos: "Windows App on iOS / iPadOS",
  windowsAppAndroid: "Windows App on Android",
  remoteDesktopWindows: "Remote Desktop client on Windows",
};

export const credentialMethodLabels: Record<string, string> = {
  password: "Password",
  microsoftAuthenticator: "Microsoft Authenticator",
  fido2: "FIDO2 security key",
  windowsHelloForBusiness: "Windows Hello for Business",
  smartCard: "Smart card",
};

export const inSessionMethodLabels: Record<string, string> = {
  webAuthn: "WebAuthn (security key or Windows Hello)",
  smartCard: "Smart card",
};

/** Graph conditionalAccessPolicy.state. */
export const caPolicyStateLabels: Record<string, string> = {
  enabled: "On",
  disabled: "Off",
  enabledForReportingButNotEnforced: "Report-only",
};

/** Graph cloudPC.status (beta cloudPcStatus). */
export const cloudPcStatusLabels: Record<string, string> = {
  notProvisioned: "Not provisioned",
  provisioning: "Provisioning",
  provisioned: "Provisioned",
  inGracePeriod: "In grace period",
  deprovisioning: "Deprovisioning",
  failed: "Failed",
  provisionedWithWarnings: "Provisioned with warnings",
  resizing: "Resizing",
  restoring: "Restoring",
  pendingProvision: "Pending provision",
  movingRegion: "Moving region",
  resizePendingLicense: "Resize pending license",
  updatingSingleSignOn: "Updating single sign-on",
  modifyingSingleSignOn: "Modifying single sign-on",
  preparing: "Preparing",
};

/** Graph cloudPcOnPremisesConnectionStatus (the last health check run). */
export const healthCheckStatusLabels: Record<string, string> = {
  pending: "Pending",
  running: "Running",
  passed: "Passed",
  failed: "Failed",
  warning: "Warning",
  informational: "Informational",
};

/** Shows a Graph value with its label when Sightline knows it, and as written when it does not. */
export function graphValueLabel(labels: Record<string, string>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "Not recorded";
  return labels[value] ?? value;
}

/** Windows 365 for Agents: the events of an agent session, in the order seed 000 describes them. */
export const agentEventTypeLabels: Record<string, string> = {
  cloudPcAcquired: "Cloud PC acquired",
  secureChannelOpened: "Secure channel opened",
  tokenIssued: "Token issued",
  requestValidated: "Request validated",
  tokenPresented: "Token presented",
  riskSignalChanged: "Risk or device signal changed",
  accessRevoked: "Access revoked",
  taskCompleted: "Task completed",
  sessionEnded: "Session ended",
  cloudPcReset: "Cloud PC reset",
};

export const agentAuthModeLabels: Record<string, string> = {
  tokenExchange: "Token exchange (service to service)",
  interactive: "Interactive sign-in",
};

export const agentSessionOutcomeLabels: Record<string, string> = {
  running: "Running",
  completed: "Completed",
  revoked: "Revoked",
};

/** Where a pooled Cloud PC stands between agent sessions. */
export const cloudPcPoolStateLabels: Record<string, string> = {
  inUse: "In use",
  awaitingReset: "Awaiting reset",
  clean: "Clean",
};

/** Graph cloudPC.osVersion. */
export const osVersionLabels: Record<string, string> = {
  windows10: "Windows 10",
  windows11: "Windows 11",
};

/** Join types in a narrow table cell; the full names (joinTypeLabels) everywhere else. */
export const joinTypeShortLabels: Record<string, string> = {
  azureADJoin: "Entra join",
  hybridAzureADJoin: "Hybrid join",
};
