import "server-only";
import crypto from "node:crypto";
import type { z } from "zod";
import type { AuditActor } from "@/lib/audit/record";
import { db, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { changedColumns, duplicateIdError, RecordConflict, recordTenantChange } from "@/lib/inventory/write";
import { clientFromRow, clientSelect, clientToRow, type ClientRow } from "@/lib/tenant-data/mapping/inventory";
import type { ClientFields, CreateClientInput, UpdateClientInput } from "@/lib/validations/client";
import type { RecordRef } from "@/lib/validations/form-fields";
import type { Client } from "@/lib/validations/snapshot";
import { clientFormValues } from "./form-values";

const storedSelect = { ...clientSelect, id: true, tenantId: true, version: true } as const;
type Stored = ClientRow & { id: string; tenantId: string; version: number };

/**
 * The user a form names, as the Graph id the client stores: a UPN of the tenant's directory, or the
 * user id the client already holds (a user not imported yet keeps its reference).
 */
async function userIdOf(tenantId: string, user: string, current: string | null): Promise<string> {
  if (user === current) return user;
  const found = await db.directoryUser.findFirst({
    where: { tenantId, OR: [{ upnLower: user.toLowerCase() }, { graphId: user }] },
    select: { graphId: true },
  });
  if (!found) throw new DomainError("invalid", "Some fields need attention.", { user: ["No user of this tenant has this user principal name"] });
  return found.graphId;
}

function withFields(client: Client, input: ClientFields, userId: string): Client {
  return {
    ...client,
    userId,
    app: input.app,
    deviceName: input.deviceName,
    localOs: input.localOs,
    managed: input.managed,
    shared: input.shared,
    b2bRegistryKeySet: input.b2bRegistryKeySet,
    canReachRequiredUrls: input.canReachRequiredUrls,
    lineOfSightToDomainController: input.lineOfSightToDomainController,
    credentialsSaved: input.credentialsSaved,
  };
}

async function conflictWith(stored: Stored | null, operation: "save" | "delete" = "save"): Promise<RecordConflict> {
  if (!stored) return new RecordConflict("client", null, operation);
  const { id: _id, tenantId, version, ...columns } = stored;
  void _id;
  const user = await db.directoryUser.findUnique({ where: { tenantId_graphId: { tenantId, graphId: columns.userGraphId } }, select: { userPrincipalName: true } });
  return new RecordConflict("client", { version, values: clientFormValues(clientFromRow(columns), user?.userPrincipalName ?? null) }, operation);
}

/** Creates a client in the tenant; returns its row id. */
export async function createClient(tenantId: string, input: CreateClientInput, actor: AuditActor): Promise<{ id: string }> {
  const externalId = input.id ?? crypto.randomUUID();
  const userId = await userIdOf(tenantId, input.user, null);
  const row = clientToRow(withFields({ id: externalId, userId, app: input.app }, input, userId));
  return transaction(async (tx) => {
    const created = await tx.client.create({ data: { tenantId, ...row }, select: { id: true } }).catch((error: unknown) => {
      throw duplicateIdError(error, "client");
    });
    await recordTenantChange(tx, {
      actor, tenantId, action: "client.created", entityType: "client", entityId: created.id,
      summary: `Created client ${row.deviceName ?? row.externalId}`, after: row,
    });
    return created;
  });
}

/** Saves a client if nobody changed it since `input.version` (checked again by the write itself). */
export async function updateClient(input: UpdateClientInput, actor: AuditActor): Promise<{ changed: string[] }> {
  const stored = await db.client.findUnique({ where: { id: input.id }, select: storedSelect });
  if (!stored || stored.version !== input.version) throw await conflictWith(stored);
  const { id: rowId, tenantId, version, ...columns } = stored;
  const userId = await userIdOf(tenantId, input.user, columns.userGraphId);
  const row = clientToRow(withFields(clientFromRow(columns), input, userId));
  const { before, after } = changedColumns(columns, row);
  const changed = Object.keys(after);
  if (changed.length === 0) return { changed };
  await transaction(async (tx) => {
    const { count } = await tx.client.updateMany({ where: { id: rowId, version }, data: { ...row, version: { increment: 1 } } });
    if (count === 0) throw await conflictWith(await tx.client.findUnique({ where: { id: rowId }, select: storedSelect }));
    await recordTenantChange(tx, {
      actor, tenantId, action: "client.updated", entityType: "client", entityId: rowId,
      summary: `Updated client ${row.deviceName ?? row.externalId}: ${changed.join(", ")}`, before, after,
    });
  });
  return { changed };
}

export async function deleteClient(ref: z.infer<typeof RecordRef>, actor: AuditActor): Promise<void> {
  const stored = await db.client.findUnique({ where: { id: ref.id }, select: storedSelect });
  if (!stored || stored.version !== ref.version) throw await conflictWith(stored, "delete");
  const { id: rowId, tenantId, version, ...columns } = stored;
  await transaction(async (tx) => {
    const { count } = await tx.client.deleteMany({ where: { id: rowId, version } });
    if (count === 0) throw await conflictWith(await tx.client.findUnique({ where: { id: rowId }, select: storedSelect }), "delete");
    await recordTenantChange(tx, {
      actor, tenantId, action: "client.deleted", entityType: "client", entityId: rowId,
      summary: `Deleted client ${columns.deviceName ?? columns.externalId}`, before: columns,
    });
  });
}
