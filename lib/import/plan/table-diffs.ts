import { policyJoinType } from "@/lib/rules/facts";
import { cloudPcToRow, provisioningPolicyToRow } from "@/lib/tenant-data/mapping/cloud-pc";
import { domainsByName, domainToRow, userToRow } from "@/lib/tenant-data/mapping/directory";
import { clientToRow } from "@/lib/tenant-data/mapping/inventory";
import { healthChecksToRows, networkConnectionToRow } from "@/lib/tenant-data/mapping/network-connection";
import { authenticationMethodToRow, conditionalAccessPolicyToRow, remoteDesktopToRow } from "@/lib/tenant-data/mapping/policies";
import { tenantToColumns } from "@/lib/tenant-data/mapping/tenant";
import { ChildLists, groupByParent } from "@/lib/tenant-data/sync-children";
import { planSync, type SyncPlan } from "@/lib/tenant-data/sync-table";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import type { PreviewEntityType } from "../sections";
import type { StoredRows } from "./stored-rows";

/** What saving would do to one table: the keys it creates, updates and removes, and the rows it writes. */
export interface TableDiff {
  creates: { key: string; row: object }[];
  updates: { key: string; row: object; columns: string[] }[];
  removes: string[];
  unchanged: number;
  /** Keys whose child rows (health checks) differ. */
  childrenChanged: Set<string>;
}

/**
 * Diffs the rows the merged tenant maps to against the stored rows, with the mappers and the planner
 * the save itself uses (lib/tenant-data/sync-table.ts), and the save's derivations: a user's identity
 * type from the tenant's domains, a Cloud PC's join type from its policy. `removable`: the types whose
 * stored rows the merged tenant no longer lists are removed rather than kept.
 */
export function diffTables(merged: TenantSnapshot, stored: StoredRows, types: ReadonlySet<PreviewEntityType>, removable: ReadonlySet<PreviewEntityType>) {
  const diffs = new Map<PreviewEntityType, TableDiff>();
  const run = <Row extends object>(type: PreviewEntityType, storedRows: (Row & { id: string })[], incoming: Row[], keyOf: (row: Row) => string, children?: ChildLists<object>) => {
    if (types.has(type)) diffs.set(type, diff(storedRows, incoming, keyOf, removable.has(type), children));
  };

  run("domains", stored.domains, merged.domains.map(domainToRow), (row) => row.name);
  const domains = domainsByName(merged.domains);
  run("users", stored.users, merged.users.map((user) => userToRow(user, domains)), (row) => row.graphId);
  run("provisioningPolicies", stored.provisioningPolicies, merged.provisioningPolicies.map(provisioningPolicyToRow), (row) => row.graphId);
  const joinTypes = new Map(merged.provisioningPolicies.map((policy) => [policy.id, policyJoinType(policy)]));
  run("cloudPcs", stored.cloudPcs, merged.cloudPCs.map((pc) => cloudPcToRow(pc, (id) => joinTypes.get(id) ?? null)), (row) => row.graphId);
  const checks = new ChildLists<object>(
    groupByParent(stored.healthChecks, "networkConnectionId"),
    new Map(merged.onPremisesConnections.map((connection) => [connection.id, healthChecksToRows(connection)])),
  );
  run("networkConnections", stored.networkConnections, merged.onPremisesConnections.map(networkConnectionToRow), (row) => row.graphId, checks);
  run("conditionalAccessPolicies", stored.conditionalAccessPolicies, merged.conditionalAccessPolicies.map(conditionalAccessPolicyToRow), (row) => row.graphId);
  run(
    "authenticationMethods",
    stored.authenticationMethods,
    (merged.authenticationMethodsPolicy?.authenticationMethodConfigurations ?? []).map(authenticationMethodToRow),
    (row) => row.methodId,
  );
  run("remoteDesktopConfigurations", stored.remoteDesktopConfigurations, merged.remoteDesktopSecurityConfigurations.map(remoteDesktopToRow), (row) => row.servicePrincipalAppId);
  run("clients", stored.clients, merged.clients.map(clientToRow), (row) => row.externalId);

  if (types.has("tenant") && stored.tenant) {
    const { id: _id, version: _version, ...columns } = stored.tenant;
    const incoming = tenantToColumns(merged, stored.tenant, true);
    const changed = differingColumns(columns, incoming);
    diffs.set("tenant", {
      creates: [],
      updates: changed.length > 0 ? [{ key: stored.tenant.id, row: incoming, columns: changed }] : [],
      removes: [],
      unchanged: changed.length > 0 ? 0 : 1,
      childrenChanged: new Set(),
    });
  }
  return diffs;
}

function diff<Row extends object>(
  storedRows: (Row & { id: string })[],
  incoming: Row[],
  keyOf: (row: Row) => string,
  removeMissing: boolean,
  children?: ChildLists<object>,
): TableDiff {
  const storedByKey = new Map(storedRows.map((row) => [keyOf(row), row]));
  const keyById = new Map(storedRows.map((row) => [row.id, keyOf(row)]));
  const plan: SyncPlan<Row> = planSync(storedByKey, new Map(incoming.map((row) => [keyOf(row), row])), {
    removeMissing,
    childrenChanged: children?.changed,
  });
  const childrenChanged = new Set(plan.updates.filter((u) => children?.changed(u.key, u.id)).map((u) => u.key));
  return {
    creates: plan.creates,
    updates: plan.updates.map((u) => ({ key: u.key, row: u.row, columns: differingColumns(storedByKey.get(u.key)!, u.row) })),
    removes: plan.removeIds.map((id) => keyById.get(id)!),
    unchanged: plan.unchangedKeys.length,
    childrenChanged,
  };
}

function differingColumns(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return Object.keys(b).filter((column) => a[column] !== b[column]);
}
