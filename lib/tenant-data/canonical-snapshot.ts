import type { TenantSnapshot } from "@/lib/validations/snapshot";
import { isPlainObject } from "./json-columns";

/**
 * The canonical form of a snapshot, in which two snapshots that mean the same tenant are deep-equal.
 * Saving and loading a snapshot gives back the same canonical form (load-snapshot.ts says why the
 * loaded document can differ in form):
 * - object keys are sorted;
 * - a property whose value is null is the same as an absent one, and is dropped;
 * - an object left empty by that is dropped too (`sightline: {}`, `tenantSettings: {}`);
 * - the entity lists of the snapshot are sorted by their source id; lists inside entities keep their order.
 */
export function canonicalSnapshot(snapshot: TenantSnapshot): unknown {
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => compareText(a.id, b.id));
  const policy = snapshot.authenticationMethodsPolicy;
  return canonicalValue({
    ...snapshot,
    domains: byId(snapshot.domains),
    users: byId(snapshot.users),
    groups: byId(snapshot.groups),
    cloudPCs: byId(snapshot.cloudPCs),
    provisioningPolicies: byId(snapshot.provisioningPolicies),
    onPremisesConnections: byId(snapshot.onPremisesConnections),
    conditionalAccessPolicies: byId(snapshot.conditionalAccessPolicies),
    authenticationMethodsPolicy: policy ? { ...policy, authenticationMethodConfigurations: byId(policy.authenticationMethodConfigurations) } : policy,
    remoteDesktopSecurityConfigurations: [...snapshot.remoteDesktopSecurityConfigurations].sort((a, b) =>
      compareText(a.servicePrincipalAppId, b.servicePrincipalAppId),
    ),
    configurationAssignments: byId(snapshot.configurationAssignments),
    clients: byId(snapshot.clients),
    agentIdentities: byId(snapshot.agentIdentities),
    agentPools: byId(snapshot.agentPools),
    agentSessions: byId(snapshot.agentSessions),
  });
}

// Code-unit order, the order SQLite's default (BINARY) collation gives for the ids Graph uses.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = canonicalValue(value[key]);
    if (item === null || item === undefined) continue;
    if (isPlainObject(item) && Object.keys(item).length === 0) continue;
    out[key] = item;
  }
  return out;
}
