import "server-only";
import { db } from "@/lib/db";
import { listEntityFindings } from "@/lib/inventory/entity-findings";
import { distinct } from "@/lib/inventory/query-helpers";
import { clientFromRow, clientSelect } from "@/lib/tenant-data/mapping/inventory";
import { clientFacts } from "./facts";
import { clientFormValues } from "./form-values";

/** A client with its facts, its user, the Cloud PCs it connects to (the user's) and its findings. */
export async function getClientDetail(rowId: string) {
  const row = await db.client.findUnique({ where: { id: rowId }, select: { ...clientSelect, id: true, tenantId: true, version: true } });
  if (!row) return null;
  const { id, tenantId, version, ...columns } = row;
  const client = clientFromRow(columns);
  const [user, findings] = await Promise.all([
    db.directoryUser.findUnique({
      where: { tenantId_graphId: { tenantId, graphId: row.userGraphId } },
      select: { id: true, graphId: true, displayName: true, userPrincipalName: true, upnLower: true, identityType: true },
    }),
    listEntityFindings(tenantId, { entityType: "client", entityId: row.externalId }),
  ]);
  const cloudPcs = user
    ? await db.cloudPc.findMany({
        where: { tenantId, upnLower: user.upnLower },
        select: { id: true, displayName: true, joinType: true, provisioningPolicyGraphId: true },
        orderBy: { displayName: "asc" },
        take: 50,
      })
    : [];
  const policies = await db.provisioningPolicy.findMany({
    where: { tenantId, graphId: { in: distinct(cloudPcs.map((c) => c.provisioningPolicyGraphId)) } },
    select: { id: true, displayName: true, joinType: true, onPremisesConnectionGraphId: true },
    orderBy: { displayName: "asc" },
  });
  const networkConnections = await db.networkConnection.findMany({
    where: { tenantId, graphId: { in: distinct(policies.map((p) => p.onPremisesConnectionGraphId)) } },
    select: { id: true, displayName: true },
    orderBy: { displayName: "asc" },
  });
  return { id, tenantId, version, client, facts: clientFacts(client), user, cloudPcs, policies, networkConnections, findings };
}

/** What the edit form opens with: the client's values and the version they were read at. */
export async function getClientEditor(rowId: string) {
  const row = await db.client.findUnique({ where: { id: rowId }, select: { ...clientSelect, id: true, tenantId: true, version: true } });
  if (!row) return null;
  const { id, tenantId, version, ...columns } = row;
  const user = await db.directoryUser.findUnique({ where: { tenantId_graphId: { tenantId, graphId: row.userGraphId } }, select: { userPrincipalName: true } });
  const client = clientFromRow(columns);
  return { id, version, name: client.deviceName ?? client.id, values: clientFormValues(client, user?.userPrincipalName ?? null) };
}
