import { transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import { cloudPcFromRow, cloudPcSelect, provisioningPolicyFromRow, provisioningPolicySelect } from "./mapping/cloud-pc";
import { domainFromRow, domainSelect, groupFromRow, groupSelect, userFromRow, userSelect } from "./mapping/directory";
import {
  agentIdentityFromRow,
  agentIdentitySelect,
  agentPoolFromRow,
  agentPoolSelect,
  agentSessionEventSelect,
  agentSessionFromRow,
  agentSessionSelect,
  clientFromRow,
  clientSelect,
  configurationAssignmentFromRow,
  configurationAssignmentSelect,
} from "./mapping/inventory";
import { healthCheckSelect, networkConnectionFromRow, networkConnectionSelect } from "./mapping/network-connection";
import {
  authenticationMethodFromRow,
  authenticationMethodSelect,
  conditionalAccessPolicyFromRow,
  conditionalAccessPolicySelect,
  remoteDesktopFromRow,
  remoteDesktopSelect,
} from "./mapping/policies";
import { tenantFromRow, tenantSelect } from "./mapping/tenant";

// No "server-only" here: see save-snapshot.ts.

/**
 * Rebuilds a tenant's snapshot from the database: one query per table, all in one read transaction so
 * the snapshot never mixes two saves.
 *
 * The result equals the saved snapshot once both are put in canonical form (canonical-snapshot.ts);
 * where the two documents differ in form, it is in these ways:
 * - a property with a column of its own that was null or absent comes back absent; properties without a
 *   column (kept in `extraJson`) come back exactly as saved, nulls included;
 * - a nested object whose content lives in columns (`sightline`, `connectionSetting`, `tenantSettings`)
 *   comes back only when it holds a value (`healthCheckStatusDetail` whenever it was an object);
 * - every entity list is ordered by source id; lists inside an entity keep their order;
 * - every section is present (an empty list when the tenant has none).
 */
export async function loadTenantSnapshot(tenantId: string): Promise<TenantSnapshot> {
  // Each table is mapped as soon as it is read, so its Prisma rows can be freed before the next one:
  // on a 100k Cloud PC tenant that halves the peak memory and the time spent collecting garbage.
  return transaction(
    async (tx) => {
      const where = { tenantId };
      const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: tenantSelect });
      if (!tenant) throw new DomainError("not_found", "That tenant does not exist.");
      const methods = await tx.authenticationMethodConfiguration.findMany({ where, select: authenticationMethodSelect, orderBy: { methodId: "asc" } });
      const checks = groupBy(
        await tx.healthCheck.findMany({ where: { networkConnection: where }, select: healthCheckSelect, orderBy: [{ networkConnectionId: "asc" }, { position: "asc" }] }),
        (check) => check.networkConnectionId,
      );
      const events = groupBy(
        await tx.agentSessionEvent.findMany({ where: { session: where }, select: agentSessionEventSelect, orderBy: [{ sessionId: "asc" }, { position: "asc" }] }),
        (event) => event.sessionId,
      );
      return {
        ...tenantFromRow(tenant, methods.map(authenticationMethodFromRow)),
        domains: (await tx.domain.findMany({ where, select: domainSelect, orderBy: { name: "asc" } })).map(domainFromRow),
        users: (await tx.directoryUser.findMany({ where, select: userSelect, orderBy: { graphId: "asc" } })).map(userFromRow),
        groups: (await tx.directoryGroup.findMany({ where, select: groupSelect, orderBy: { graphId: "asc" } })).map(groupFromRow),
        cloudPCs: (await tx.cloudPc.findMany({ where, select: cloudPcSelect, orderBy: { graphId: "asc" } })).map(cloudPcFromRow),
        provisioningPolicies: (await tx.provisioningPolicy.findMany({ where, select: provisioningPolicySelect, orderBy: { graphId: "asc" } })).map(
          provisioningPolicyFromRow,
        ),
        onPremisesConnections: (await tx.networkConnection.findMany({ where, select: { ...networkConnectionSelect, id: true }, orderBy: { graphId: "asc" } })).map(
          (row) => networkConnectionFromRow(row, checks.get(row.id) ?? []),
        ),
        conditionalAccessPolicies: (await tx.conditionalAccessPolicy.findMany({ where, select: conditionalAccessPolicySelect, orderBy: { graphId: "asc" } })).map(
          conditionalAccessPolicyFromRow,
        ),
        remoteDesktopSecurityConfigurations: (
          await tx.remoteDesktopConfiguration.findMany({ where, select: remoteDesktopSelect, orderBy: { servicePrincipalAppId: "asc" } })
        ).map(remoteDesktopFromRow),
        configurationAssignments: (await tx.configurationAssignment.findMany({ where, select: configurationAssignmentSelect, orderBy: { externalId: "asc" } })).map(
          configurationAssignmentFromRow,
        ),
        clients: (await tx.client.findMany({ where, select: clientSelect, orderBy: { externalId: "asc" } })).map(clientFromRow),
        agentIdentities: (await tx.agentIdentity.findMany({ where, select: agentIdentitySelect, orderBy: { externalId: "asc" } })).map(agentIdentityFromRow),
        agentPools: (await tx.agentPool.findMany({ where, select: agentPoolSelect, orderBy: { externalId: "asc" } })).map(agentPoolFromRow),
        agentSessions: (await tx.agentSession.findMany({ where, select: { ...agentSessionSelect, id: true }, orderBy: { externalId: "asc" } })).map((row) =>
          agentSessionFromRow(row, events.get(row.id) ?? []),
        ),
      };
    },
    // One read transaction so the snapshot never mixes two saves; a large tenant takes seconds to read.
    { timeoutMs: 120_000, maxWaitMs: 30_000, readOnly: true },
  );
}

/** Groups child rows (already in position order) by their parent's row id. */
function groupBy<Row extends object, Parent extends string>(rows: readonly Row[], parentOf: (row: Row) => Parent): Map<Parent, Row[]> {
  const byParent = new Map<Parent, Row[]>();
  for (const row of rows) {
    const list = byParent.get(parentOf(row));
    if (list) list.push(row);
    else byParent.set(parentOf(row), [row]);
  }
  return byParent;
}
