import { cloudPcSelect, cloudPcToRow, provisioningPolicySelect, provisioningPolicyToRow } from "./mapping/cloud-pc";
import { healthCheckSelect, healthChecksToRows, networkConnectionSelect, networkConnectionToRow } from "./mapping/network-connection";
import type { SaveContext } from "./save-context";
import { ChildLists, groupByParent } from "./sync-children";
import { columnsOf, syncRows, tenantTableWriter, type EntityCounts } from "./sync-table";

type DeviceCounts = Record<"provisioningPolicies" | "cloudPcs" | "networkConnections", EntityCounts>;

/** Saves provisioning policies, Cloud PCs (which take their join type from their policy) and network connections. */
export async function saveDevices(context: SaveContext): Promise<DeviceCounts> {
  const { tx, sql, tenantId, snapshot, merge } = context;
  const storedPolicies = await tx.provisioningPolicy.findMany({ where: { tenantId }, select: { ...provisioningPolicySelect, id: true } });
  const incomingPolicies = snapshot.provisioningPolicies.map(provisioningPolicyToRow);
  const provisioningPolicies = await syncRows({
    stored: storedPolicies,
    incoming: incomingPolicies,
    keyOf: (row) => row.graphId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "ProvisioningPolicy", tenantId),
  });

  // The policies the tenant has after this save (merge keeps the stored ones the snapshot does not list).
  const joinTypes = new Map((merge ? storedPolicies : []).map((policy) => [policy.graphId, policy.joinType]));
  for (const policy of incomingPolicies) joinTypes.set(policy.graphId, policy.joinType);
  const joinTypeOf = (policyId: string) => joinTypes.get(policyId) ?? null;

  const incomingCloudPcs = snapshot.cloudPCs.map((cloudPc) => cloudPcToRow(cloudPc, joinTypeOf));
  const storedCloudPcs = await tx.cloudPc.findMany({ where: { tenantId }, select: { ...cloudPcSelect, id: true } });
  if (merge) {
    // Kept Cloud PCs follow their policy's join type, which this snapshot may have changed.
    const listed = new Set(snapshot.cloudPCs.map((cloudPc) => cloudPc.id));
    for (const stored of storedCloudPcs) {
      if (listed.has(stored.graphId)) continue;
      const joinType = stored.provisioningPolicyGraphId ? joinTypeOf(stored.provisioningPolicyGraphId) : null;
      incomingCloudPcs.push({ ...columnsOf(stored), joinType });
    }
  }
  const cloudPcs = await syncRows({
    stored: storedCloudPcs,
    incoming: incomingCloudPcs,
    keyOf: (row) => row.graphId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "CloudPc", tenantId),
  });

  const networkConnections = await saveNetworkConnections(context);
  return { provisioningPolicies: provisioningPolicies.counts, cloudPcs: cloudPcs.counts, networkConnections };
}

/** Network connections and their health checks (rewritten as a whole list when any check differs). */
async function saveNetworkConnections({ tx, sql, tenantId, snapshot, merge }: SaveContext): Promise<EntityCounts> {
  const storedChecks = await tx.healthCheck.findMany({
    where: { networkConnection: { tenantId } },
    select: healthCheckSelect,
    orderBy: [{ networkConnectionId: "asc" }, { position: "asc" }],
  });
  const checks = new ChildLists(
    groupByParent(storedChecks, "networkConnectionId"),
    new Map(snapshot.onPremisesConnections.map((connection) => [connection.id, healthChecksToRows(connection)])),
  );
  const result = await syncRows({
    stored: await tx.networkConnection.findMany({ where: { tenantId }, select: { ...networkConnectionSelect, id: true } }),
    incoming: snapshot.onPremisesConnections.map(networkConnectionToRow),
    keyOf: (row) => row.graphId,
    removeMissing: !merge,
    childrenChanged: checks.changed,
    writer: tenantTableWriter(sql, "NetworkConnection", tenantId),
  });
  await checks.write(sql, "HealthCheck", "networkConnectionId", { updated: result.plan.updates, created: result.createdIds });
  return result.counts;
}
