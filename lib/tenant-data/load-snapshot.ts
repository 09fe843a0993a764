import { transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import { columnsOf, tenantRows } from "./driver-rows";
import {
  cloudPcFromRow,
  cloudPcSelect,
  provisioningPolicyFromRow,
  provisioningPolicySelect,
  type CloudPcRow,
  type ProvisioningPolicyRow,
} from "./mapping/cloud-pc";
import {
  domainFromRow,
  domainSelect,
  groupFromRow,
  groupSelect,
  userFromRow,
  userSelect,
  type DomainRow,
  type GroupRow,
  type UserRow,
} from "./mapping/directory";
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
  type AgentIdentityRow,
  type AgentPoolRow,
  type AgentSessionEventRow,
  type AgentSessionRow,
  type ClientRow,
  type ConfigurationAssignmentRow,
} from "./mapping/inventory";
import { healthCheckSelect, networkConnectionFromRow, networkConnectionSelect, type HealthCheckRow, type NetworkConnectionRow } from "./mapping/network-connection";
import {
  authenticationMethodFromRow,
  authenticationMethodSelect,
  conditionalAccessPolicyFromRow,
  conditionalAccessPolicySelect,
  remoteDesktopFromRow,
  remoteDesktopSelect,
  type AuthenticationMethodRow,
  type ConditionalAccessPolicyRow,
  type RemoteDesktopRow,
} from "./mapping/policies";
import { tenantFromRow, tenantSelect, type TenantRow } from "./mapping/tenant";

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
  // Rows are read on the transaction's SqlConnection (driver-rows.ts): through Prisma's query engine
  // the same reads took 2-3x as long on a 100k Cloud PC tenant. Each row is mapped as it is read, so
  // only the snapshot stays in memory, not the rows it was built from.
  return transaction(
    async (_tx, connection) => {
      const rows = <Row, T>(table: string, select: Record<string, true>, orderBy: string, map: (row: Row) => T) =>
        tenantRows(connection, table, select, tenantId, orderBy, map);
      const [tenant] = await connection.all<TenantRow>(`SELECT ${columnsOf(tenantSelect)} FROM "Tenant" WHERE "id" = ?`, [tenantId]);
      if (!tenant) throw new DomainError("not_found", "That tenant does not exist.");
      const methods = await rows("AuthenticationMethodConfiguration", authenticationMethodSelect, "methodId", (row: AuthenticationMethodRow) => row);
      const checks = groupBy(
        await connection.all<HealthCheckRow>(
          `SELECT ${columnsOf(healthCheckSelect, "h")} FROM "HealthCheck" h JOIN "NetworkConnection" n ON n."id" = h."networkConnectionId" ` +
            `WHERE n."tenantId" = ? ORDER BY h."networkConnectionId", h."position"`,
          [tenantId],
        ),
        (check) => check.networkConnectionId,
      );
      const events = groupBy(
        await connection.all<AgentSessionEventRow>(
          `SELECT ${columnsOf(agentSessionEventSelect, "e")} FROM "AgentSessionEvent" e JOIN "AgentSession" s ON s."id" = e."sessionId" ` +
            `WHERE s."tenantId" = ? ORDER BY e."sessionId", e."position"`,
          [tenantId],
        ),
        (event) => event.sessionId,
      );
      return {
        ...tenantFromRow(tenant, methods.map(authenticationMethodFromRow)),
        domains: await rows("Domain", domainSelect, "name", domainFromRow),
        users: await rows("DirectoryUser", userSelect, "graphId", userFromRow),
        groups: await rows("DirectoryGroup", groupSelect, "graphId", groupFromRow),
        cloudPCs: await rows("CloudPc", cloudPcSelect, "graphId", cloudPcFromRow),
        provisioningPolicies: await rows("ProvisioningPolicy", provisioningPolicySelect, "graphId", provisioningPolicyFromRow),
        onPremisesConnections: await rows("NetworkConnection", { ...networkConnectionSelect, id: true }, "graphId", (row: NetworkConnectionRow & { id: string }) =>
          networkConnectionFromRow(row, checks.get(row.id) ?? []),
        ),
        conditionalAccessPolicies: await rows("ConditionalAccessPolicy", conditionalAccessPolicySelect, "graphId", conditionalAccessPolicyFromRow),
        remoteDesktopSecurityConfigurations: await rows("RemoteDesktopConfiguration", remoteDesktopSelect, "servicePrincipalAppId", remoteDesktopFromRow),
        configurationAssignments: await rows("ConfigurationAssignment", configurationAssignmentSelect, "externalId", configurationAssignmentFromRow),
        clients: await rows("Client", clientSelect, "externalId", clientFromRow),
        agentIdentities: await rows("AgentIdentity", agentIdentitySelect, "externalId", agentIdentityFromRow),
        agentPools: await rows("AgentPool", agentPoolSelect, "externalId", agentPoolFromRow),
        agentSessions: await rows("AgentSession", { ...agentSessionSelect, id: true }, "externalId", (row: AgentSessionRow & { id: string }) =>
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
