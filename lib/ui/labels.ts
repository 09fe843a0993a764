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
