import "server-only";
import crypto from "node:crypto";
import type { z } from "zod";
import type { AuditActor } from "@/lib/audit/record";
import { db, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { changedColumns, duplicateIdError, RecordConflict, recordTenantChange } from "@/lib/inventory/write";
import {
  networkConnectionFromRow,
  networkConnectionSelect,
  networkConnectionToRow,
  type NetworkConnectionRow,
} from "@/lib/tenant-data/mapping/network-connection";
import type { RecordRef } from "@/lib/validations/form-fields";
import type { CreateNetworkConnectionInput, NetworkConnectionFields, UpdateNetworkConnectionInput } from "@/lib/validations/network-connection";
import type { GraphOnPremisesConnection } from "@/lib/validations/snapshot";
import { networkConnectionFormValues } from "./form-values";

const storedSelect = { ...networkConnectionSelect, id: true, tenantId: true, version: true } as const;
type Stored = NetworkConnectionRow & { id: string; tenantId: string; version: number };

function conflictWith(stored: Stored | null, operation: "save" | "delete" = "save"): RecordConflict {
  if (!stored) return new RecordConflict("network connection", null, operation);
  const { id: _id, tenantId: _tenantId, version, ...columns } = stored;
  void _id, _tenantId;
  return new RecordConflict("network connection", { version, values: networkConnectionFormValues(networkConnectionFromRow(columns, [])) }, operation);
}

/** The form's facts written over the Graph object; the health check run and unknown properties are kept. */
function withFields(connection: GraphOnPremisesConnection, input: NetworkConnectionFields): GraphOnPremisesConnection {
  return {
    ...connection,
    displayName: input.displayName,
    connectionType: input.connectionType,
    subscriptionId: input.subscriptionId,
    subscriptionName: input.subscriptionName,
    adDomainName: input.adDomainName,
    virtualNetworkId: input.virtualNetworkId,
    subnetId: input.subnetId,
    healthCheckStatus: input.healthCheckStatus,
  };
}

/** Creates an Azure network connection in the tenant; returns its row id. */
export async function createNetworkConnection(tenantId: string, input: CreateNetworkConnectionInput, actor: AuditActor): Promise<{ id: string }> {
  const graphId = input.id ?? crypto.randomUUID();
  const row = networkConnectionToRow(withFields({ id: graphId, displayName: input.displayName }, input));
  return transaction(async (tx) => {
    const created = await tx.networkConnection.create({ data: { tenantId, ...row }, select: { id: true } }).catch((error: unknown) => {
      throw duplicateIdError(error, "network connection");
    });
    await recordTenantChange(tx, {
      actor, tenantId, action: "networkConnection.created", entityType: "networkConnection", entityId: created.id,
      summary: `Created network connection ${row.displayName}`, after: row,
    });
    return created;
  });
}

/**
 * Saves a connection's own facts if nobody changed it since `input.version`. Its health checks are
 * rows of their own and are not touched: the parent's columns are rebuilt from the same Graph object,
 * so `hasHealthCheckDetail` and the check times keep their values.
 */
export async function updateNetworkConnection(input: UpdateNetworkConnectionInput, actor: AuditActor): Promise<{ changed: string[] }> {
  const stored = await db.networkConnection.findUnique({ where: { id: input.id }, select: storedSelect });
  if (!stored || stored.version !== input.version) throw conflictWith(stored);
  const { id: rowId, tenantId, version, ...columns } = stored;
  const row = networkConnectionToRow(withFields(networkConnectionFromRow(columns, []), input));
  const { before, after } = changedColumns(columns, row);
  const changed = Object.keys(after);
  if (changed.length === 0) return { changed };
  await transaction(async (tx) => {
    const { count } = await tx.networkConnection.updateMany({ where: { id: rowId, version }, data: { ...row, version: { increment: 1 } } });
    if (count === 0) throw conflictWith(await tx.networkConnection.findUnique({ where: { id: rowId }, select: storedSelect }));
    await recordTenantChange(tx, {
      actor, tenantId, action: "networkConnection.updated", entityType: "networkConnection", entityId: rowId,
      summary: `Updated network connection ${row.displayName}: ${changed.join(", ")}`, before, after,
    });
  });
  return { changed };
}

/**
 * Deletes a connection with its health checks. Like Windows 365, it refuses while a provisioning
 * policy still uses the connection: the policy's Cloud PCs would lose their network.
 */
export async function deleteNetworkConnection(ref: z.infer<typeof RecordRef>, actor: AuditActor): Promise<void> {
  const stored = await db.networkConnection.findUnique({ where: { id: ref.id }, select: storedSelect });
  if (!stored || stored.version !== ref.version) throw conflictWith(stored, "delete");
  const { id: rowId, tenantId, version, ...columns } = stored;
  const users = await db.provisioningPolicy.findMany({ where: { tenantId, onPremisesConnectionGraphId: columns.graphId }, select: { displayName: true }, take: 5 });
  if (users.length > 0) {
    throw new DomainError("conflict", `Provisioning policies still use this connection (${users.map((p) => p.displayName).join(", ")}). Point them at another connection first.`);
  }
  await transaction(async (tx) => {
    const { count } = await tx.networkConnection.deleteMany({ where: { id: rowId, version } });
    if (count === 0) throw conflictWith(await tx.networkConnection.findUnique({ where: { id: rowId }, select: storedSelect }), "delete");
    await recordTenantChange(tx, {
      actor, tenantId, action: "networkConnection.deleted", entityType: "networkConnection", entityId: rowId,
      summary: `Deleted network connection ${columns.displayName}`, before: columns,
    });
  });
}
