import { ensureDbReady, transaction } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import type { TenantSnapshot } from "@/lib/validations/snapshot";
import { tenantSelect, tenantToColumns, type TenantColumns, type TenantRow } from "./mapping/tenant";
import { saveAgents } from "./save-agents";
import type { SaveContext } from "./save-context";
import { saveDevices } from "./save-devices";
import { saveDirectory } from "./save-directory";
import { savePolicies } from "./save-policies";
import { emptyCounts, type EntityCounts } from "./sync-table";

// No `import "server-only"` in lib/tenant-data: the seed script (tsx) and the tests import it, and
// "server-only" throws outside a React Server Components build unless run with --conditions react-server.

export type { EntityCounts } from "./sync-table";

export const snapshotEntityTypes = [
  "tenant",
  "domains",
  "groups",
  "users",
  "cloudPcs",
  "provisioningPolicies",
  "networkConnections",
  "conditionalAccessPolicies",
  "authenticationMethods",
  "remoteDesktopConfigurations",
  "configurationAssignments",
  "clients",
  "agentIdentities",
  "agentPools",
  "agentSessions",
] as const;
export type SnapshotEntityType = (typeof snapshotEntityTypes)[number];
/** Health checks count with their network connection, events with their agent session. */
export type SnapshotCounts = Record<SnapshotEntityType, EntityCounts>;

export interface SaveSnapshotOptions {
  /** `replace`: the tenant becomes exactly the snapshot. `merge`: rows the snapshot does not list are kept. */
  mode: "replace" | "merge";
  actor?: AuditActor;
}

export interface SaveSnapshotResult {
  tenantId: string;
  counts: SnapshotCounts;
}

/**
 * Writes a whole tenant snapshot in one transaction: either all of it is saved or none of it.
 * Rows are matched on their source ids; unchanged rows are not written and keep their version. Each
 * table is read once and written in batches, so the cost grows with the tenant, not with round trips.
 * The snapshot must already be validated (`TenantSnapshot.parse`).
 */
export async function saveTenantSnapshot(snapshot: TenantSnapshot, opts: SaveSnapshotOptions): Promise<SaveSnapshotResult> {
  assertUniqueIds(snapshot);
  await ensureDbReady();
  const merge = opts.mode === "merge";
  return transaction(
    async (tx, sql) => {
      const stored = await tx.tenant.findUnique({ where: { displayName: snapshot.tenant.displayName }, select: tenantSelect });
      const columns = tenantToColumns(snapshot, stored, merge);
      const tenantId = stored?.id ?? (await tx.tenant.create({ data: columns, select: { id: true } })).id;
      const tenantChanged = stored !== null && tenantColumnsChanged(stored, columns);

      const context: SaveContext = { tx, sql, tenantId, snapshot, merge };
      const counts: SnapshotCounts = {
        tenant: { ...emptyCounts(), created: stored ? 0 : 1, updated: tenantChanged ? 1 : 0, unchanged: stored && !tenantChanged ? 1 : 0 },
        ...(await saveDirectory(context)),
        ...(await saveDevices(context)),
        ...(await savePolicies(context)),
        ...(await saveAgents(context)),
      };

      const changed = Object.values(counts).some((c) => c.created + c.updated + c.removed > 0);
      if (stored && changed) {
        await tx.tenant.update({
          where: { id: tenantId },
          data: { ...(tenantChanged ? { ...columns, version: { increment: 1 } } : {}), dataUpdatedAt: new Date() },
          select: { id: true },
        });
      }
      await recordAudit(
        {
          actor: opts.actor ?? null,
          action: "tenant.snapshotSaved",
          summary: `Saved a snapshot of ${snapshot.tenant.displayName} (${opts.mode}): ${summarize(counts)}`,
          tenantId,
          entityType: "tenant",
          entityId: tenantId,
          after: { mode: opts.mode, counts },
        },
        tx,
      );
      return { tenantId, counts };
    },
    // A large tenant (100k Cloud PCs) takes tens of seconds to write; the default 5 s would abort it.
    { timeoutMs: 600_000, maxWaitMs: 30_000 },
  );
}

function tenantColumnsChanged(stored: TenantRow, columns: TenantColumns): boolean {
  return (Object.keys(columns) as (keyof TenantColumns)[]).some((key) => stored[key] !== columns[key]);
}

function summarize(counts: SnapshotCounts): string {
  const total = (field: keyof EntityCounts) => Object.values(counts).reduce((sum, c) => sum + c[field], 0);
  return `${total("created")} created, ${total("updated")} updated, ${total("removed")} removed, ${total("unchanged")} unchanged`;
}

/**
 * Rows are matched on source ids, so an id listed twice would silently keep only one of the two
 * entities. Refuse the snapshot instead, before anything is written.
 */
function assertUniqueIds(snapshot: TenantSnapshot): void {
  const sections: [string, readonly { id: string }[] | undefined][] = [
    ["domains", snapshot.domains],
    ["users", snapshot.users],
    ["groups", snapshot.groups],
    ["cloudPCs", snapshot.cloudPCs],
    ["provisioningPolicies", snapshot.provisioningPolicies],
    ["onPremisesConnections", snapshot.onPremisesConnections],
    ["conditionalAccessPolicies", snapshot.conditionalAccessPolicies],
    ["authenticationMethodsPolicy.authenticationMethodConfigurations", snapshot.authenticationMethodsPolicy?.authenticationMethodConfigurations],
    ["remoteDesktopSecurityConfigurations", snapshot.remoteDesktopSecurityConfigurations.map((c) => ({ id: c.servicePrincipalAppId }))],
    ["configurationAssignments", snapshot.configurationAssignments],
    ["clients", snapshot.clients],
    ["agentIdentities", snapshot.agentIdentities],
    ["agentPools", snapshot.agentPools],
    ["agentSessions", snapshot.agentSessions],
  ];
  for (const [section, items] of sections) {
    const seen = new Set<string>();
    for (const item of items ?? []) {
      if (seen.has(item.id)) throw new DomainError("invalid", `The snapshot lists ${section} id ${item.id} more than once.`);
      seen.add(item.id);
    }
  }
}
