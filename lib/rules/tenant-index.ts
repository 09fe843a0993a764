import type {
  AgentSession,
  AgentSessionEvent,
  Client,
  ConfigurationAssignment,
  GraphCloudPc,
  GraphConditionalAccessPolicy,
  GraphOnPremisesConnection,
  GraphProvisioningPolicy,
  GraphUser,
  RemoteDesktopSecurityConfiguration,
  TenantSettings,
  TenantSnapshot,
} from "../validations/snapshot";
import { policyJoinType, policyNetworkConnectionId, ssoApplied, timeOf, type SsoApplied } from "./facts";
import { classifyIdentity, type IdentityClassification } from "./identity";

type Domain = TenantSnapshot["domains"][number];
type Group = TenantSnapshot["groups"][number];
type AgentIdentity = TenantSnapshot["agentIdentities"][number];
type AgentPool = TenantSnapshot["agentPools"][number];
type MethodConfiguration = NonNullable<TenantSnapshot["authenticationMethodsPolicy"]>["authenticationMethodConfigurations"][number];

export interface PolicyEntry {
  policy: GraphProvisioningPolicy;
  joinType: string | null;
  /** The first join configuration's `onPremisesConnectionId`; null for a Microsoft-hosted network. */
  networkConnectionId: string | null;
  networkConnection: GraphOnPremisesConnection | null;
}

export interface CloudPcEntry {
  cloudPc: GraphCloudPc;
  /** The assigned user, matched on the UPN; null when unassigned or not in the snapshot. */
  user: UserEntry | null;
  policy: PolicyEntry | null;
  joinType: string | null;
  sso: SsoApplied;
}

export interface UserEntry {
  user: GraphUser;
  identity: IdentityClassification;
  cloudPcs: CloudPcEntry[];
  clients: Client[];
}

export interface ClientEntry {
  client: Client;
  user: UserEntry | null;
}

export interface AgentSessionEntry {
  session: AgentSession;
  /** The session's events in time order (ties keep their recorded order). */
  events: AgentSessionEvent[];
  startMs: number;
}

export interface CloudPcReset {
  event: AgentSessionEvent;
  sessionId: string;
  atMs: number;
}

export interface AgentPoolEntry {
  pool: AgentPool;
  assignedAgentIds: ReadonlySet<string>;
}

/** Every lookup the rules share, built once per evaluation in time linear in the tenant (plus sorts). */
export interface TenantIndex {
  snapshot: TenantSnapshot;
  tenant: TenantSnapshot["tenant"];
  tenantSettings: TenantSettings;
  usersById: Map<string, UserEntry>;
  /** Keyed by lower-cased UPN. */
  usersByUpn: Map<string, UserEntry>;
  cloudPcsById: Map<string, CloudPcEntry>;
  clientsById: Map<string, ClientEntry>;
  policiesById: Map<string, PolicyEntry>;
  networkConnectionsById: Map<string, GraphOnPremisesConnection>;
  /** Keyed by lower-cased domain name. */
  domainsByName: Map<string, Domain>;
  groupsById: Map<string, Group>;
  conditionalAccessPolicies: GraphConditionalAccessPolicy[];
  /** Keyed by lower-cased configuration id (`fido2`, `x509certificate`...); null when the snapshot has no methods policy. */
  methodConfigurationsById: Map<string, MethodConfiguration> | null;
  /** Keyed by lower-cased service principal appId. */
  remoteDesktopConfigurationsByAppId: Map<string, RemoteDesktopSecurityConfiguration>;
  assignmentsByCloudPcId: Map<string, ConfigurationAssignment[]>;
  assignmentsByUserId: Map<string, ConfigurationAssignment[]>;
  assignmentsByPolicyId: Map<string, ConfigurationAssignment[]>;
  agentIdentitiesById: Map<string, AgentIdentity>;
  agentPoolsById: Map<string, AgentPoolEntry>;
  agentSessions: AgentSessionEntry[];
  /** Sorted by start time. */
  agentSessionsByCloudPcId: Map<string, AgentSessionEntry[]>;
  /** `cloudPcReset` events by the Cloud PC they reset, sorted by time. */
  cloudPcResetsByCloudPcId: Map<string, CloudPcReset[]>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function push<K, V>(map: Map<K, V[]>, key: K | null | undefined, value: V) {
  if (key === null || key === undefined) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexPolicies(snapshot: TenantSnapshot, networkConnectionsById: Map<string, GraphOnPremisesConnection>) {
  const policiesById = new Map<string, PolicyEntry>();
  for (const policy of snapshot.provisioningPolicies) {
    const networkConnectionId = policyNetworkConnectionId(policy);
    policiesById.set(policy.id, {
      policy,
      joinType: policyJoinType(policy),
      networkConnectionId,
      networkConnection: networkConnectionId ? (networkConnectionsById.get(networkConnectionId) ?? null) : null,
    });
  }
  return policiesById;
}

function indexAssignments(assignments: readonly ConfigurationAssignment[]) {
  const byCloudPcId = new Map<string, ConfigurationAssignment[]>();
  const byUserId = new Map<string, ConfigurationAssignment[]>();
  const byPolicyId = new Map<string, ConfigurationAssignment[]>();
  for (const assignment of assignments) {
    push(byCloudPcId, assignment.cloudPcId, assignment);
    push(byUserId, assignment.userId, assignment);
    push(byPolicyId, assignment.provisioningPolicyId, assignment);
  }
  return { byCloudPcId, byUserId, byPolicyId };
}

function indexAgentSessions(sessions: readonly AgentSession[]) {
  const entries: AgentSessionEntry[] = [];
  const byCloudPcId = new Map<string, AgentSessionEntry[]>();
  const resetsByCloudPcId = new Map<string, CloudPcReset[]>();
  for (const session of sessions) {
    // Array.prototype.sort is stable: events recorded at the same instant keep their order.
    const events = session.events
      .map((event) => ({ event, atMs: timeOf(event.at) }))
      .sort((a, b) => a.atMs - b.atMs);
    const entry: AgentSessionEntry = { session, events: events.map((e) => e.event), startMs: timeOf(session.startedAt) };
    entries.push(entry);
    push(byCloudPcId, session.cloudPcId, entry);
    for (const { event, atMs } of events) {
      // A reset is usually logged by the session that released the Cloud PC, so it is keyed by the Cloud PC.
      if (event.type === "cloudPcReset") push(resetsByCloudPcId, event.cloudPcId ?? session.cloudPcId, { event, sessionId: session.id, atMs });
    }
  }
  for (const list of byCloudPcId.values()) list.sort((a, b) => a.startMs - b.startMs);
  for (const list of resetsByCloudPcId.values()) list.sort((a, b) => a.atMs - b.atMs);
  return { entries, byCloudPcId, resetsByCloudPcId };
}

export function buildTenantIndex(snapshot: TenantSnapshot): TenantIndex {
  const domainsByName = new Map(snapshot.domains.map((domain) => [domain.id.toLowerCase(), domain]));
  const networkConnectionsById = byId(snapshot.onPremisesConnections);
  const policiesById = indexPolicies(snapshot, networkConnectionsById);

  const usersById = new Map<string, UserEntry>();
  const usersByUpn = new Map<string, UserEntry>();
  for (const user of snapshot.users) {
    const entry: UserEntry = { user, identity: classifyIdentity(user, domainsByName), cloudPcs: [], clients: [] };
    usersById.set(user.id, entry);
    usersByUpn.set(user.userPrincipalName.toLowerCase(), entry);
  }

  const cloudPcsById = new Map<string, CloudPcEntry>();
  for (const cloudPc of snapshot.cloudPCs) {
    const policy = cloudPc.provisioningPolicyId ? (policiesById.get(cloudPc.provisioningPolicyId) ?? null) : null;
    const user = cloudPc.userPrincipalName ? (usersByUpn.get(cloudPc.userPrincipalName.toLowerCase()) ?? null) : null;
    const entry: CloudPcEntry = { cloudPc, user, policy, joinType: policy?.joinType ?? null, sso: ssoApplied(cloudPc, policy?.policy ?? null) };
    cloudPcsById.set(cloudPc.id, entry);
    user?.cloudPcs.push(entry);
  }

  const clientsById = new Map<string, ClientEntry>();
  for (const client of snapshot.clients) {
    const user = usersById.get(client.userId) ?? null;
    clientsById.set(client.id, { client, user });
    user?.clients.push(client);
  }

  const methodsPolicy = snapshot.authenticationMethodsPolicy;
  const assignments = indexAssignments(snapshot.configurationAssignments);
  const agentSessions = indexAgentSessions(snapshot.agentSessions);

  return {
    snapshot,
    tenant: snapshot.tenant,
    tenantSettings: snapshot.tenantSettings ?? {},
    usersById,
    usersByUpn,
    cloudPcsById,
    clientsById,
    policiesById,
    networkConnectionsById,
    domainsByName,
    groupsById: byId(snapshot.groups),
    conditionalAccessPolicies: snapshot.conditionalAccessPolicies,
    methodConfigurationsById: methodsPolicy
      ? new Map(methodsPolicy.authenticationMethodConfigurations.map((configuration) => [configuration.id.toLowerCase(), configuration]))
      : null,
    remoteDesktopConfigurationsByAppId: new Map(
      snapshot.remoteDesktopSecurityConfigurations.map((configuration) => [configuration.servicePrincipalAppId.toLowerCase(), configuration]),
    ),
    assignmentsByCloudPcId: assignments.byCloudPcId,
    assignmentsByUserId: assignments.byUserId,
    assignmentsByPolicyId: assignments.byPolicyId,
    agentIdentitiesById: byId(snapshot.agentIdentities),
    agentPoolsById: new Map(snapshot.agentPools.map((pool) => [pool.id, { pool, assignedAgentIds: new Set(pool.assignedAgentIds) }])),
    agentSessions: agentSessions.entries,
    agentSessionsByCloudPcId: agentSessions.byCloudPcId,
    cloudPcResetsByCloudPcId: agentSessions.resetsByCloudPcId,
  };
}
