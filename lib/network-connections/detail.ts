import "server-only";
import { db } from "@/lib/db";
import { listEntityFindings } from "@/lib/inventory/entity-findings";
import { healthCheckSelect, networkConnectionFromRow, networkConnectionSelect } from "@/lib/tenant-data/mapping/network-connection";
import { networkConnectionFacts } from "./facts";
import { networkConnectionFormValues } from "./form-values";

/**
 * An Azure network connection with its facts, its last health checks, the policies that use it (with
 * their Cloud PC counts) and the findings about it and about those policies, whose join rules judge it.
 */
export async function getNetworkConnectionDetail(rowId: string) {
  const row = await db.networkConnection.findUnique({ where: { id: rowId }, select: { ...networkConnectionSelect, id: true, tenantId: true, version: true } });
  if (!row) return null;
  const { id, tenantId, version, ...columns } = row;
  const [checks, policies] = await Promise.all([
    db.healthCheck.findMany({ where: { networkConnectionId: id }, select: healthCheckSelect, orderBy: { position: "asc" } }),
    db.provisioningPolicy.findMany({
      where: { tenantId, onPremisesConnectionGraphId: row.graphId },
      select: { id: true, graphId: true, displayName: true, joinType: true, enableSingleSignOn: true },
      orderBy: { displayName: "asc" },
    }),
  ]);
  const policyIds = policies.map((p) => p.graphId);
  const [cloudPcCounts, findings] = await Promise.all([
    db.cloudPc.groupBy({ by: ["provisioningPolicyGraphId"], where: { tenantId, provisioningPolicyGraphId: { in: policyIds } }, _count: { _all: true } }),
    listEntityFindings(tenantId, { entityType: "networkConnection", entityId: row.graphId }, { related: { entityType: "provisioningPolicy", entityIds: policyIds } }),
  ]);
  const counts = new Map(cloudPcCounts.map((g) => [g.provisioningPolicyGraphId, g._count._all]));
  const connection = networkConnectionFromRow(columns, checks);
  return {
    id,
    tenantId,
    version,
    connection,
    facts: networkConnectionFacts(connection),
    checks,
    policies: policies.map((p) => ({ ...p, cloudPcCount: counts.get(p.graphId) ?? 0 })),
    findings,
  };
}

/** What the edit form opens with: the connection's values and the version they were read at. */
export async function getNetworkConnectionEditor(rowId: string) {
  const row = await db.networkConnection.findUnique({ where: { id: rowId }, select: { ...networkConnectionSelect, id: true, version: true } });
  if (!row) return null;
  const { id, version, ...columns } = row;
  return { id, version, name: row.displayName, values: networkConnectionFormValues(networkConnectionFromRow(columns, [])) };
}
