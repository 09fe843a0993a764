import type { ClientApp } from "../validations/enums";
import type { Client, TenantSnapshot } from "../validations/snapshot";

/** The person, Cloud PC and recorded client a diagnosis is about (ids as in the snapshot). */
export interface SliceSelection {
  userId: string;
  cloudPcId: string | null;
  clientId: string | null;
}

/**
 * The part of a tenant snapshot one diagnosis needs: the user, the one Cloud PC and the one client
 * chosen, that Cloud PC's provisioning policy and network connection, the configuration assignments
 * that name any of them, and the tenant-wide sections (domains, the user's groups, Conditional Access,
 * authentication methods, the SSO service principals, tenant settings).
 *
 * Keeping only the chosen Cloud PC and client is deliberate: rules that look at "the user's Cloud PCs"
 * or "the user's clients" (JOIN-005, SSO-005, INS-002...) then judge exactly the pair the ticket is about.
 * The engine runs on this slice unchanged, so its verdicts are the same rules' verdicts on that pair.
 */
export function sliceSnapshot(snapshot: TenantSnapshot, selection: SliceSelection): TenantSnapshot {
  const user = snapshot.users.find((candidate) => candidate.id === selection.userId);
  const upn = user?.userPrincipalName.toLowerCase();
  const cloudPc = selection.cloudPcId
    ? snapshot.cloudPCs.find((candidate) => candidate.id === selection.cloudPcId && candidate.userPrincipalName?.toLowerCase() === upn)
    : undefined;
  const policy = cloudPc?.provisioningPolicyId ? snapshot.provisioningPolicies.find((candidate) => candidate.id === cloudPc.provisioningPolicyId) : undefined;
  const connectionId = policy?.domainJoinConfigurations?.[0]?.onPremisesConnectionId ?? null;
  const connection = connectionId ? snapshot.onPremisesConnections.find((candidate) => candidate.id === connectionId) : undefined;
  const client = selection.clientId ? snapshot.clients.find((candidate) => candidate.id === selection.clientId && candidate.userId === selection.userId) : undefined;
  const groups = new Set(user?.memberOf ?? []);

  return {
    snapshotVersion: snapshot.snapshotVersion,
    ...(snapshot.exportedAt ? { exportedAt: snapshot.exportedAt } : {}),
    tenant: snapshot.tenant,
    ...(snapshot.tenantSettings ? { tenantSettings: snapshot.tenantSettings } : {}),
    domains: snapshot.domains,
    users: user ? [user] : [],
    groups: snapshot.groups.filter((group) => groups.has(group.id)),
    cloudPCs: cloudPc ? [cloudPc] : [],
    provisioningPolicies: policy ? [policy] : [],
    onPremisesConnections: connection ? [connection] : [],
    conditionalAccessPolicies: snapshot.conditionalAccessPolicies,
    ...(snapshot.authenticationMethodsPolicy !== undefined ? { authenticationMethodsPolicy: snapshot.authenticationMethodsPolicy } : {}),
    remoteDesktopSecurityConfigurations: snapshot.remoteDesktopSecurityConfigurations,
    configurationAssignments: snapshot.configurationAssignments.filter(
      (assignment) =>
        (assignment.userId != null && assignment.userId === user?.id) ||
        (assignment.cloudPcId != null && assignment.cloudPcId === cloudPc?.id) ||
        (assignment.provisioningPolicyId != null && assignment.provisioningPolicyId === policy?.id),
    ),
    clients: client ? [client] : [],
    agentIdentities: [],
    agentPools: [],
    agentSessions: [],
  };
}

/** The device name of a client picked on the spot: the app is known, the device is not. */
export const onTheSpotDeviceName = "Device not recorded";

export const onTheSpotClientId = (app: ClientApp) => `on-the-spot-${app}`;
export const isOnTheSpotClientId = (id: string) => id.startsWith("on-the-spot-");

/**
 * A client the agent picked on the spot: only its app is known. Every other fact stays unrecorded, so
 * the rules that need one say unknown and the diagnosis asks for it.
 */
export function onTheSpotClient(userId: string, app: ClientApp): Client {
  return { id: onTheSpotClientId(app), userId, app, deviceName: onTheSpotDeviceName };
}
