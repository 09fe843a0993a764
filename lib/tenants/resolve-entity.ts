import "server-only";
import { db } from "@/lib/db";

/**
 * Findings and evidence name entities by their source id (the Graph id, or the id of the imported
 * record); pages address them by the database id. This maps one to the other within a tenant.
 */
export async function resolveEntityPath(tenantId: string, entityType: string, sourceId: string): Promise<string | null> {
  const where = { tenantId_graphId: { tenantId, graphId: sourceId } };
  switch (entityType) {
    case "user": {
      const row = await db.directoryUser.findUnique({ where, select: { id: true } });
      return row && `/users/${row.id}`;
    }
    case "cloudPc": {
      const row = await db.cloudPc.findUnique({ where, select: { id: true } });
      return row && `/cloud-pcs/${row.id}`;
    }
    case "provisioningPolicy": {
      const row = await db.provisioningPolicy.findUnique({ where, select: { id: true } });
      return row && `/provisioning-policies/${row.id}`;
    }
    case "networkConnection": {
      const row = await db.networkConnection.findUnique({ where, select: { id: true } });
      return row && `/network-connections/${row.id}`;
    }
    case "conditionalAccessPolicy": {
      const row = await db.conditionalAccessPolicy.findUnique({ where, select: { id: true } });
      return row && `/conditional-access/${row.id}`;
    }
    case "client": {
      const row = await db.client.findUnique({ where: { tenantId_externalId: { tenantId, externalId: sourceId } }, select: { id: true } });
      return row && `/clients/${row.id}`;
    }
    case "agentSession": {
      const row = await db.agentSession.findUnique({ where: { tenantId_externalId: { tenantId, externalId: sourceId } }, select: { id: true } });
      return row && `/agents/sessions/${row.id}`;
    }
    default:
      return null;
  }
}
