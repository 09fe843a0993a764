import { transaction } from "@/lib/db";
import { cloudPcSelect, provisioningPolicySelect } from "@/lib/tenant-data/mapping/cloud-pc";
import { domainSelect, userSelect } from "@/lib/tenant-data/mapping/directory";
import { clientSelect } from "@/lib/tenant-data/mapping/inventory";
import { healthCheckSelect, networkConnectionSelect } from "@/lib/tenant-data/mapping/network-connection";
import { authenticationMethodSelect, conditionalAccessPolicySelect, remoteDesktopSelect } from "@/lib/tenant-data/mapping/policies";
import { tenantSelect } from "@/lib/tenant-data/mapping/tenant";
import type { PreviewEntityType } from "../sections";

/**
 * The stored rows of the tables an import may change, read with the same selects the save compares
 * against (lib/tenant-data/save-*.ts), so the preview finds exactly the rows the save would write.
 * One read transaction: the rows never mix two saves.
 */
export async function readStoredRows(tenantId: string, types: ReadonlySet<PreviewEntityType>) {
  const where = { tenantId };
  return transaction(
    async (tx) => ({
      tenant: types.has("tenant") ? await tx.tenant.findUnique({ where: { id: tenantId }, select: tenantSelect }) : null,
      domains: types.has("domains") ? await tx.domain.findMany({ where, select: { ...domainSelect, id: true } }) : [],
      users: types.has("users") ? await tx.directoryUser.findMany({ where, select: { ...userSelect, id: true } }) : [],
      cloudPcs: types.has("cloudPcs") ? await tx.cloudPc.findMany({ where, select: { ...cloudPcSelect, id: true } }) : [],
      provisioningPolicies: types.has("provisioningPolicies") ? await tx.provisioningPolicy.findMany({ where, select: { ...provisioningPolicySelect, id: true } }) : [],
      networkConnections: types.has("networkConnections") ? await tx.networkConnection.findMany({ where, select: { ...networkConnectionSelect, id: true } }) : [],
      healthChecks: types.has("networkConnections")
        ? await tx.healthCheck.findMany({ where: { networkConnection: where }, select: healthCheckSelect, orderBy: [{ networkConnectionId: "asc" }, { position: "asc" }] })
        : [],
      conditionalAccessPolicies: types.has("conditionalAccessPolicies")
        ? await tx.conditionalAccessPolicy.findMany({ where, select: { ...conditionalAccessPolicySelect, id: true } })
        : [],
      authenticationMethods: types.has("authenticationMethods")
        ? await tx.authenticationMethodConfiguration.findMany({ where, select: { ...authenticationMethodSelect, id: true } })
        : [],
      remoteDesktopConfigurations: types.has("remoteDesktopConfigurations")
        ? await tx.remoteDesktopConfiguration.findMany({ where, select: { ...remoteDesktopSelect, id: true } })
        : [],
      clients: types.has("clients") ? await tx.client.findMany({ where, select: { ...clientSelect, id: true } }) : [],
    }),
    { readOnly: true, timeoutMs: 120_000 },
  );
}

export type StoredRows = Awaited<ReturnType<typeof readStoredRows>>;
