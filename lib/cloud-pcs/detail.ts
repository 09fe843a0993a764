import "server-only";
import { db } from "@/lib/db";
import { listEntityFindings } from "@/lib/inventory/entity-findings";
import { cloudPcFromRow, cloudPcSelect } from "@/lib/tenant-data/mapping/cloud-pc";
import { cloudPcFacts } from "./facts";
import { cloudPcFormValues } from "./form-values";

/** A Cloud PC with every fact, its relations (user, policy, network connection, clients, pool) and findings. */
export async function getCloudPcDetail(rowId: string) {
  const row = await db.cloudPc.findUnique({
    where: { id: rowId },
    select: { ...cloudPcSelect, id: true, tenantId: true, version: true, updatedAt: true },
  });
  if (!row) return null;
  const { id, tenantId, version, updatedAt, ...columns } = row;
  const graphId = row.graphId;
  const cloudPc = cloudPcFromRow(columns);
  const [user, policy, pool, findings] = await Promise.all([
    row.upnLower
      ? db.directoryUser.findFirst({
          where: { tenantId, upnLower: row.upnLower },
          select: { id: true, graphId: true, displayName: true, userPrincipalName: true, identityType: true },
        })
      : null,
    row.provisioningPolicyGraphId
      ? db.provisioningPolicy.findUnique({
          where: { tenantId_graphId: { tenantId, graphId: row.provisioningPolicyGraphId } },
          select: { id: true, graphId: true, displayName: true, joinType: true, enableSingleSignOn: true, onPremisesConnectionGraphId: true },
        })
      : null,
    row.agentPoolExternalId
      ? db.agentPool.findUnique({ where: { tenantId_externalId: { tenantId, externalId: row.agentPoolExternalId } }, select: { externalId: true, displayName: true } })
      : null,
    listEntityFindings(tenantId, { entityType: "cloudPc", entityId: graphId }),
  ]);
  const [networkConnection, clients] = await Promise.all([
    policy?.onPremisesConnectionGraphId
      ? db.networkConnection.findUnique({
          where: { tenantId_graphId: { tenantId, graphId: policy.onPremisesConnectionGraphId } },
          select: { id: true, graphId: true, displayName: true, healthCheckStatus: true },
        })
      : null,
    user
      ? db.client.findMany({
          where: { tenantId, userGraphId: user.graphId },
          select: { id: true, externalId: true, deviceName: true, app: true },
          orderBy: [{ app: "asc" }, { externalId: "asc" }],
          take: 50,
        })
      : [],
  ]);
  return {
    id,
    tenantId,
    version,
    updatedAt: updatedAt.toISOString(),
    cloudPc,
    joinType: row.joinType,
    facts: cloudPcFacts(cloudPc, row.joinType),
    user,
    policy,
    networkConnection,
    clients,
    pool,
    findings,
  };
}
export type CloudPcDetail = NonNullable<Awaited<ReturnType<typeof getCloudPcDetail>>>;

/** The policies a Cloud PC form offers, with their join types (which the Cloud PC takes). */
export function listPolicyChoices(tenantId: string) {
  return db.provisioningPolicy
    .findMany({ where: { tenantId }, select: { graphId: true, displayName: true, joinType: true }, orderBy: { displayName: "asc" } })
    .then((rows) => rows.map((r) => ({ id: r.graphId, name: r.displayName, joinType: r.joinType })));
}

/** What the edit form opens with: the Cloud PC's values and the version they were read at. */
export async function getCloudPcEditor(rowId: string) {
  const row = await db.cloudPc.findUnique({ where: { id: rowId }, select: { ...cloudPcSelect, id: true, tenantId: true, version: true } });
  if (!row) return null;
  const { id, tenantId, version, ...columns } = row;
  return { id, version, displayName: row.displayName, values: cloudPcFormValues(cloudPcFromRow(columns)), policies: await listPolicyChoices(tenantId) };
}
