import { clientSelect, clientToRow, configurationAssignmentSelect, configurationAssignmentToRow } from "./mapping/inventory";
import {
  authenticationMethodSelect,
  authenticationMethodToRow,
  conditionalAccessPolicySelect,
  conditionalAccessPolicyToRow,
  remoteDesktopSelect,
  remoteDesktopToRow,
} from "./mapping/policies";
import type { SaveContext } from "./save-context";
import { syncRows, tenantTableWriter, type EntityCounts } from "./sync-table";

type PolicyCounts = Record<
  "conditionalAccessPolicies" | "authenticationMethods" | "remoteDesktopConfigurations" | "configurationAssignments" | "clients",
  EntityCounts
>;

/** Saves sign-in policy (CA, authentication methods, RDP settings), configuration assignments and clients. */
export async function savePolicies({ tx, sql, tenantId, snapshot, merge }: SaveContext): Promise<PolicyCounts> {
  const conditionalAccessPolicies = await syncRows({
    stored: await tx.conditionalAccessPolicy.findMany({ where: { tenantId }, select: { ...conditionalAccessPolicySelect, id: true } }),
    incoming: snapshot.conditionalAccessPolicies.map(conditionalAccessPolicyToRow),
    keyOf: (row) => row.graphId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "ConditionalAccessPolicy", tenantId),
  });

  const authenticationMethods = await syncRows({
    stored: await tx.authenticationMethodConfiguration.findMany({ where: { tenantId }, select: { ...authenticationMethodSelect, id: true } }),
    incoming: (snapshot.authenticationMethodsPolicy?.authenticationMethodConfigurations ?? []).map(authenticationMethodToRow),
    keyOf: (row) => row.methodId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "AuthenticationMethodConfiguration", tenantId),
  });

  const remoteDesktopConfigurations = await syncRows({
    stored: await tx.remoteDesktopConfiguration.findMany({ where: { tenantId }, select: { ...remoteDesktopSelect, id: true } }),
    incoming: snapshot.remoteDesktopSecurityConfigurations.map(remoteDesktopToRow),
    keyOf: (row) => row.servicePrincipalAppId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "RemoteDesktopConfiguration", tenantId),
  });

  const configurationAssignments = await syncRows({
    stored: await tx.configurationAssignment.findMany({ where: { tenantId }, select: { ...configurationAssignmentSelect, id: true } }),
    incoming: snapshot.configurationAssignments.map(configurationAssignmentToRow),
    keyOf: (row) => row.externalId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "ConfigurationAssignment", tenantId),
  });

  const clients = await syncRows({
    stored: await tx.client.findMany({ where: { tenantId }, select: { ...clientSelect, id: true } }),
    incoming: snapshot.clients.map(clientToRow),
    keyOf: (row) => row.externalId,
    removeMissing: !merge,
    writer: tenantTableWriter(sql, "Client", tenantId),
  });

  return {
    conditionalAccessPolicies: conditionalAccessPolicies.counts,
    authenticationMethods: authenticationMethods.counts,
    remoteDesktopConfigurations: remoteDesktopConfigurations.counts,
    configurationAssignments: configurationAssignments.counts,
    clients: clients.counts,
  };
}
