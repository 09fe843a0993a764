import "server-only";
import { transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { cloudPcFromRow, cloudPcSelect, provisioningPolicyFromRow, provisioningPolicySelect } from "@/lib/tenant-data/mapping/cloud-pc";
import { domainFromRow, domainSelect, groupFromRow, groupSelect, userFromRow, userSelect } from "@/lib/tenant-data/mapping/directory";
import { clientFromRow, clientSelect, configurationAssignmentFromRow, configurationAssignmentSelect } from "@/lib/tenant-data/mapping/inventory";
import { healthCheckSelect, networkConnectionFromRow, networkConnectionSelect } from "@/lib/tenant-data/mapping/network-connection";
import {
  authenticationMethodFromRow,
  authenticationMethodSelect,
  conditionalAccessPolicyFromRow,
  conditionalAccessPolicySelect,
  remoteDesktopFromRow,
  remoteDesktopSelect,
} from "@/lib/tenant-data/mapping/policies";
import { tenantFromRow, tenantSelect } from "@/lib/tenant-data/mapping/tenant";
import type { ClientApp } from "@/lib/validations/enums";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import type { SliceSelection } from "./slice";

/** What the pickers offer for one user: their Cloud PCs and the clients the tenant data records. */
export interface DiagnosisSubjects {
  user: { id: string; displayName: string | null; userPrincipalName: string; identityType: string };
  cloudPcs: { id: string; displayName: string; status: string | null; joinType: string | null; policyName: string | null; osVersion: string | null; osRelease: string | null }[];
  clients: { id: string; app: ClientApp; deviceName: string | null; localOs: string | null }[];
}

const notFound = (what: string) => new DomainError("not_found", what);

/** The user's Cloud PCs (by name) and recorded clients (by device), for the diagnosis pickers. */
export function loadDiagnosisSubjects(tenantId: string, userId: string): Promise<DiagnosisSubjects> {
  return transaction((tx) => readDiagnosisSubjects(tx, tenantId, userId), { readOnly: true });
}

export async function readDiagnosisSubjects(tx: Tx, tenantId: string, userId: string): Promise<DiagnosisSubjects> {
  const user = await tx.directoryUser.findUnique({
    where: { tenantId_graphId: { tenantId, graphId: userId } },
    select: { graphId: true, displayName: true, userPrincipalName: true, upnLower: true, identityType: true },
  });
  if (!user) throw notFound("That user is not in this tenant.");
  // Sorted here, not in SQL: with an ORDER BY on the name, SQLite walks the (tenantId, displayName) index
  // of the whole tenant instead of looking the UPN up (0.5 s at 100,000 Cloud PCs); a user has a few rows.
  const cloudPcs = (
    await tx.cloudPc.findMany({
      where: { tenantId, upnLower: user.upnLower },
      select: { graphId: true, displayName: true, status: true, joinType: true, provisioningPolicyName: true, osVersion: true, osRelease: true },
    })
  ).sort((a, b) => a.displayName.localeCompare(b.displayName) || a.graphId.localeCompare(b.graphId));
  const clients = (
    await tx.client.findMany({ where: { tenantId, userGraphId: userId }, select: { externalId: true, app: true, deviceName: true, localOs: true } })
  ).sort((a, b) => (a.deviceName ?? "").localeCompare(b.deviceName ?? "") || a.externalId.localeCompare(b.externalId));
  return {
    user: { id: user.graphId, displayName: user.displayName, userPrincipalName: user.userPrincipalName, identityType: user.identityType },
    cloudPcs: cloudPcs.map((row) => ({
      id: row.graphId,
      displayName: row.displayName,
      status: row.status,
      joinType: row.joinType,
      policyName: row.provisioningPolicyName,
      osVersion: row.osVersion,
      osRelease: row.osRelease,
    })),
    clients: clients.map((row) => ({ id: row.externalId, app: row.app as ClientApp, deviceName: row.deviceName, localOs: row.localOs })),
  };
}

/**
 * Reads from the database exactly the slice `sliceSnapshot` cuts from a whole snapshot (slice.ts), with
 * the same row mappings as loadTenantSnapshot: a handful of small queries, whatever the tenant's size,
 * in one transaction so the slice never mixes two saves. Unknown ids are refused, not ignored.
 */
export function loadDiagnosisSlice(tenantId: string, selection: SliceSelection): Promise<TenantSnapshot> {
  return transaction((tx) => readDiagnosisSlice(tx, tenantId, selection), { readOnly: true });
}

/** loadDiagnosisSlice inside a transaction the caller holds (runDiagnosis reads and records in one). */
export async function readDiagnosisSlice(tx: Tx, tenantId: string, selection: SliceSelection): Promise<TenantSnapshot> {
  const where = { tenantId };
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: tenantSelect });
  if (!tenant) throw notFound("That tenant does not exist.");
  const userRow = await tx.directoryUser.findUnique({ where: { tenantId_graphId: { tenantId, graphId: selection.userId } }, select: userSelect });
  if (!userRow) throw notFound("That user is not in this tenant.");
  const user = userFromRow(userRow);

  const cloudPcRow = selection.cloudPcId
    ? await tx.cloudPc.findUnique({ where: { tenantId_graphId: { tenantId, graphId: selection.cloudPcId } }, select: cloudPcSelect })
    : null;
  const cloudPc = cloudPcRow ? cloudPcFromRow(cloudPcRow) : null;
  if (selection.cloudPcId && cloudPc?.userPrincipalName?.toLowerCase() !== user.userPrincipalName.toLowerCase()) {
    throw notFound("That Cloud PC is not assigned to this user.");
  }
  const policy = await findPolicy(tx, tenantId, cloudPc?.provisioningPolicyId ?? null);
  const connection = await findConnection(tx, tenantId, policy?.domainJoinConfigurations?.[0]?.onPremisesConnectionId ?? null);

  const clientRow = selection.clientId
    ? await tx.client.findUnique({ where: { tenantId_externalId: { tenantId, externalId: selection.clientId } }, select: clientSelect })
    : null;
  if (selection.clientId && clientRow?.userGraphId !== selection.userId) throw notFound("That client is not one of this user's.");

  const methods = await tx.authenticationMethodConfiguration.findMany({ where, select: authenticationMethodSelect, orderBy: { methodId: "asc" } });
  const assignmentScope = [
    { userGraphId: user.id },
    ...(cloudPc ? [{ cloudPcGraphId: cloudPc.id }] : []),
    ...(policy ? [{ provisioningPolicyGraphId: policy.id }] : []),
  ];
  return {
    ...tenantFromRow(tenant, methods.map(authenticationMethodFromRow)),
    domains: (await tx.domain.findMany({ where, select: domainSelect, orderBy: { name: "asc" } })).map(domainFromRow),
    users: [user],
    groups: (await tx.directoryGroup.findMany({ where: { tenantId, graphId: { in: user.memberOf ?? [] } }, select: groupSelect, orderBy: { graphId: "asc" } })).map(
      groupFromRow,
    ),
    cloudPCs: cloudPc ? [cloudPc] : [],
    provisioningPolicies: policy ? [policy] : [],
    onPremisesConnections: connection ? [connection] : [],
    conditionalAccessPolicies: (await tx.conditionalAccessPolicy.findMany({ where, select: conditionalAccessPolicySelect, orderBy: { graphId: "asc" } })).map(
      conditionalAccessPolicyFromRow,
    ),
    remoteDesktopSecurityConfigurations: (
      await tx.remoteDesktopConfiguration.findMany({ where, select: remoteDesktopSelect, orderBy: { servicePrincipalAppId: "asc" } })
    ).map(remoteDesktopFromRow),
    configurationAssignments: (
      await tx.configurationAssignment.findMany({ where: { tenantId, OR: assignmentScope }, select: configurationAssignmentSelect, orderBy: { externalId: "asc" } })
    ).map(configurationAssignmentFromRow),
    clients: clientRow ? [clientFromRow(clientRow)] : [],
    agentIdentities: [],
    agentPools: [],
    agentSessions: [],
  };
}

async function findPolicy(tx: Tx, tenantId: string, policyId: string | null) {
  if (!policyId) return null;
  const row = await tx.provisioningPolicy.findUnique({ where: { tenantId_graphId: { tenantId, graphId: policyId } }, select: provisioningPolicySelect });
  return row ? provisioningPolicyFromRow(row) : null;
}

async function findConnection(tx: Tx, tenantId: string, connectionId: string | null) {
  if (!connectionId) return null;
  const row = await tx.networkConnection.findUnique({ where: { tenantId_graphId: { tenantId, graphId: connectionId } }, select: { ...networkConnectionSelect, id: true } });
  if (!row) return null;
  const checks = await tx.healthCheck.findMany({ where: { networkConnectionId: row.id }, select: healthCheckSelect, orderBy: { position: "asc" } });
  return networkConnectionFromRow(row, checks);
}
