import type { GraphConditionalAccessPolicy, RemoteDesktopSecurityConfiguration } from "../validations/snapshot";
import { cloudPcAppIds } from "../validations/enums";
import type { AgentSessionEntry, ClientEntry, CloudPcEntry, PolicyEntry, TenantIndex, UserEntry } from "./tenant-index";
import type { EvidenceItem } from "./types";
import { related, type Subject } from "./assessment";

/**
 * The entities results are reported on, and the evidence items that point at them. One place for
 * names and refs, so every rule labels a Cloud PC, a user or a join type the same way.
 */

export const userName = (entry: UserEntry) => entry.user.displayName || entry.user.userPrincipalName;

export const userSubject = (entry: UserEntry): Subject => ({
  entityType: "user",
  entityId: entry.user.id,
  entityName: userName(entry),
  related: related({ userId: entry.user.id }),
});

export const cloudPcSubject = (entry: CloudPcEntry): Subject => ({
  entityType: "cloudPc",
  entityId: entry.cloudPc.id,
  entityName: entry.cloudPc.displayName,
  related: related({ cloudPcId: entry.cloudPc.id, userId: entry.user?.user.id, provisioningPolicyId: entry.cloudPc.provisioningPolicyId }),
});

export function clientSubject(entry: ClientEntry, cloudPc?: CloudPcEntry): Subject {
  const { client, user } = entry;
  const owner = user ? userName(user) : client.userId;
  return {
    entityType: "client",
    entityId: client.id,
    entityName: client.deviceName ? `${client.deviceName} (${client.app})` : `${client.app} of ${owner}`,
    related: related({
      clientId: client.id,
      userId: client.userId,
      cloudPcId: cloudPc?.cloudPc.id,
      provisioningPolicyId: cloudPc?.cloudPc.provisioningPolicyId,
    }),
  };
}

export const policySubject = (entry: PolicyEntry): Subject => ({
  entityType: "provisioningPolicy",
  entityId: entry.policy.id,
  entityName: entry.policy.displayName,
  related: related({ provisioningPolicyId: entry.policy.id }),
});

const tenantId = (index: TenantIndex) => index.tenant.tenantId || index.tenant.displayName;

export const tenantSubject = (index: TenantIndex): Subject => ({
  entityType: "tenant",
  entityId: tenantId(index),
  entityName: index.tenant.displayName,
});

export const conditionalAccessSubject = (policy: GraphConditionalAccessPolicy): Subject => ({
  entityType: "conditionalAccessPolicy",
  entityId: policy.id,
  entityName: policy.displayName,
});

const knownAppNames: Record<string, string> = {
  [cloudPcAppIds.microsoftRemoteDesktop]: "Microsoft Remote Desktop",
  [cloudPcAppIds.windowsCloudLogin]: "Windows Cloud Login",
};

export const servicePrincipalName = (configuration: RemoteDesktopSecurityConfiguration) =>
  configuration.servicePrincipalName || knownAppNames[configuration.servicePrincipalAppId.toLowerCase()] || configuration.servicePrincipalAppId;

export const servicePrincipalSubject = (configuration: RemoteDesktopSecurityConfiguration): Subject => ({
  entityType: "servicePrincipal",
  entityId: configuration.servicePrincipalAppId,
  entityName: servicePrincipalName(configuration),
});

export function agentSessionSubject(entry: AgentSessionEntry, index: TenantIndex): Subject {
  const { session } = entry;
  const agent = index.agentIdentitiesById.get(session.agentId)?.displayName ?? session.agentId;
  return {
    entityType: "agentSession",
    entityId: session.id,
    entityName: `${agent} at ${session.startedAt}`,
    related: related({ cloudPcId: session.cloudPcId }),
  };
}

// ---- evidence ------------------------------------------------------------------------------------

export const tenantRef = (index: TenantIndex) => ({ entityType: "tenant" as const, entityId: tenantId(index) });
export const userRef = (entry: UserEntry) => ({ entityType: "user" as const, entityId: entry.user.id });
export const cloudPcRef = (entry: CloudPcEntry) => ({ entityType: "cloudPc" as const, entityId: entry.cloudPc.id });
export const clientRef = (entry: ClientEntry) => ({ entityType: "client" as const, entityId: entry.client.id });
export const policyRef = (entry: PolicyEntry) => ({ entityType: "provisioningPolicy" as const, entityId: entry.policy.id });

export const identityEvidence = (entry: UserEntry): EvidenceItem => ({
  label: `Identity type of ${entry.user.userPrincipalName}`,
  value: entry.identity.identityType,
  ref: userRef(entry),
});

export function joinTypeEvidence(entry: CloudPcEntry | PolicyEntry): EvidenceItem {
  const policy = "cloudPc" in entry ? entry.policy : entry;
  const ref = policy ? policyRef(policy) : undefined;
  const label = policy ? `Join type of policy ${policy.policy.displayName}` : "Join type";
  return { label, value: entry.joinType, ...(ref ? { ref } : {}) };
}

export function ssoEvidence(entry: CloudPcEntry): EvidenceItem {
  const { value, source } = entry.sso;
  if (source === "connectionSetting") return { label: "SSO applied on the Cloud PC (connectionSetting)", value, ref: cloudPcRef(entry) };
  if (source === "provisioningPolicy" && entry.policy) return { label: "SSO on its provisioning policy", value, ref: policyRef(entry.policy) };
  return { label: "SSO applied", value: null, ref: cloudPcRef(entry) };
}

export const missingSso = (entry: CloudPcEntry) =>
  `Whether single sign-on is applied on Cloud PC ${entry.cloudPc.displayName} (connectionSetting.enableSingleSignOn) or on its provisioning policy (enableSingleSignOn)`;

export const cloudPcEvidence = (entry: CloudPcEntry): EvidenceItem => ({ label: "Cloud PC", value: entry.cloudPc.displayName, ref: cloudPcRef(entry) });
export const userEvidence = (entry: UserEntry): EvidenceItem => ({ label: "User", value: entry.user.userPrincipalName, ref: userRef(entry) });
