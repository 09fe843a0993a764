import "server-only";
import { db } from "@/lib/db";
import { listEntityFindings } from "@/lib/inventory/entity-findings";
import { provisioningPolicyFromRow, provisioningPolicySelect } from "@/lib/tenant-data/mapping/cloud-pc";
import { provisioningPolicyFacts } from "./facts";
import { provisioningPolicyFormValues } from "./form-values";
import { listNetworkConnectionChoices } from "./queries";

/** A policy lists this many of its Cloud PCs; the Cloud PC list filtered by the policy has them all. */
const cloudPcLimit = 25;

/** A provisioning policy with every fact, its network connection, Cloud PCs, assigned groups and findings. */
export async function getProvisioningPolicyDetail(rowId: string) {
  const row = await db.provisioningPolicy.findUnique({ where: { id: rowId }, select: { ...provisioningPolicySelect, id: true, tenantId: true, version: true } });
  if (!row) return null;
  const { id, tenantId, version, ...columns } = row;
  const policy = provisioningPolicyFromRow(columns);
  const groupIds = (policy.assignments ?? []).map((a) => a.target?.groupId).filter((g): g is string => Boolean(g));
  const [networkConnection, cloudPcs, cloudPcCount, groups, findings] = await Promise.all([
    row.onPremisesConnectionGraphId
      ? db.networkConnection.findUnique({
          where: { tenantId_graphId: { tenantId, graphId: row.onPremisesConnectionGraphId } },
          select: { id: true, displayName: true, healthCheckStatus: true, adDomainName: true },
        })
      : null,
    db.cloudPc.findMany({
      where: { tenantId, provisioningPolicyGraphId: row.graphId },
      select: { id: true, displayName: true, userPrincipalName: true },
      orderBy: { displayName: "asc" },
      take: cloudPcLimit,
    }),
    db.cloudPc.count({ where: { tenantId, provisioningPolicyGraphId: row.graphId } }),
    groupIds.length ? db.directoryGroup.findMany({ where: { tenantId, graphId: { in: groupIds } }, select: { graphId: true, displayName: true } }) : [],
    listEntityFindings(tenantId, { entityType: "provisioningPolicy", entityId: row.graphId }),
  ]);
  const groupNames = new Map(groups.map((g) => [g.graphId, g.displayName]));
  return {
    id,
    tenantId,
    version,
    policy,
    joinType: row.joinType,
    facts: provisioningPolicyFacts(policy, { joinType: row.joinType, networkConnectionId: row.onPremisesConnectionGraphId }),
    networkConnectionId: row.onPremisesConnectionGraphId,
    networkConnection,
    cloudPcs,
    cloudPcCount,
    groups: groupIds.map((groupId) => ({ id: groupId, name: groupNames.get(groupId) ?? null })),
    findings,
  };
}

/** What the edit form opens with: the policy's SSO and join facts, and the connections to choose from. */
export async function getProvisioningPolicyEditor(rowId: string) {
  const row = await db.provisioningPolicy.findUnique({ where: { id: rowId }, select: { ...provisioningPolicySelect, id: true, tenantId: true, version: true } });
  if (!row) return null;
  const { id, tenantId, version, ...columns } = row;
  const [connections, cloudPcCount] = await Promise.all([
    listNetworkConnectionChoices(tenantId),
    db.cloudPc.count({ where: { tenantId, provisioningPolicyGraphId: row.graphId } }),
  ]);
  return { id, version, name: row.displayName, cloudPcCount, values: provisioningPolicyFormValues(provisioningPolicyFromRow(columns)), connections };
}
