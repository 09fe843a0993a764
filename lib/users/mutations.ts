import "server-only";
import crypto from "node:crypto";
import type { z } from "zod";
import type { AuditActor } from "@/lib/audit/record";
import { db, transaction } from "@/lib/db";
import { changedColumns, duplicateIdError, RecordConflict, recordTenantChange } from "@/lib/inventory/write";
import { domainFromRow, domainSelect, domainsByName, userFromRow, userSelect, userToRow, type UserRow } from "@/lib/tenant-data/mapping/directory";
import type { RecordRef } from "@/lib/validations/form-fields";
import type { GraphUser } from "@/lib/validations/snapshot";
import type { CreateUserInput, UpdateUserInput, UserFields } from "@/lib/validations/user";
import { userFormValues } from "./form-values";

const storedSelect = { ...userSelect, id: true, tenantId: true, version: true } as const;

/**
 * An empty checkbox group keeps a list that was never recorded unrecorded: saving the form unchanged
 * must not turn "not recorded" into "none".
 */
const keepUnrecorded = <T>(list: T[], before: T[] | undefined): T[] | undefined => (list.length === 0 && !before?.length ? before : list);

/** The Graph object with the form's facts written over it; properties the form does not show are kept. */
function withFields(user: GraphUser, input: UserFields): GraphUser {
  return {
    ...user,
    displayName: input.displayName,
    userPrincipalName: input.userPrincipalName,
    mail: input.mail,
    userType: input.userType,
    creationType: input.creationType,
    externalUserState: input.externalUserState,
    onPremisesSyncEnabled: input.onPremisesSyncEnabled,
    onPremisesDomainName: input.onPremisesDomainName,
    onPremisesSamAccountName: input.onPremisesSamAccountName,
    sightline: {
      ...user.sightline,
      homeCloud: input.homeCloud,
      signInMethods: keepUnrecorded(input.signInMethods, user.sightline?.signInMethods),
      inSessionMethods: keepUnrecorded(input.inSessionMethods, user.sightline?.inSessionMethods),
      requiresOnPremisesKerberos: input.requiresOnPremisesKerberos,
      softwareEntitlements: input.softwareEntitlements,
      identityTypeOverride: input.identityTypeOverride,
      identityTypeOverrideReason: input.identityTypeOverride ? input.identityTypeOverrideReason : null,
    },
  };
}

/**
 * The row to write: the snapshot save's own mapping, so the identity type (classified against the
 * tenant's domains, override included) and upnLower are derived exactly as an import derives them.
 */
async function toRow(tenantId: string, user: GraphUser): Promise<UserRow> {
  const domains = await db.domain.findMany({ where: { tenantId }, select: domainSelect });
  return userToRow(user, domainsByName(domains.map(domainFromRow)));
}

function conflictWith(stored: { id: string; tenantId: string; version: number } & UserRow | null, operation: "save" | "delete" = "save"): RecordConflict {
  if (!stored) return new RecordConflict("user", null, operation);
  const { id: _id, tenantId: _tenantId, version, ...columns } = stored;
  void _id, _tenantId;
  return new RecordConflict("user", { version, values: userFormValues(userFromRow(columns)) }, operation);
}

function overrideNote(before: UserRow | null, after: UserRow): string {
  if (before?.identityTypeOverride === after.identityTypeOverride) return "";
  return after.identityTypeOverride ? ` (identity type overridden to ${after.identityTypeOverride}: ${after.identityTypeOverrideReason})` : " (identity type override removed)";
}

/** Creates a directory user in the tenant; returns its row id. */
export async function createUser(tenantId: string, input: CreateUserInput, actor: AuditActor): Promise<{ id: string }> {
  const graphId = input.id ?? crypto.randomUUID();
  const row = await toRow(tenantId, withFields({ id: graphId, userPrincipalName: input.userPrincipalName }, input));
  return transaction(async (tx) => {
    const created = await tx.directoryUser.create({ data: { tenantId, ...row }, select: { id: true } }).catch((error: unknown) => {
      throw duplicateIdError(error, "user");
    });
    await recordTenantChange(tx, {
      actor, tenantId, action: "user.created", entityType: "user", entityId: created.id,
      summary: `Created user ${row.userPrincipalName}${overrideNote(null, row)}`, after: row,
    });
    return created;
  });
}

/** Saves a user if nobody changed it since `input.version` (checked again by the write itself). */
export async function updateUser(input: UpdateUserInput, actor: AuditActor): Promise<{ changed: string[] }> {
  const stored = await db.directoryUser.findUnique({ where: { id: input.id }, select: storedSelect });
  if (!stored || stored.version !== input.version) throw conflictWith(stored);
  const { id: rowId, tenantId, version, ...columns } = stored;
  const row = await toRow(tenantId, withFields(userFromRow(columns), input));
  const { before, after } = changedColumns(columns, row);
  const changed = Object.keys(after);
  if (changed.length === 0) return { changed };
  await transaction(async (tx) => {
    const { count } = await tx.directoryUser.updateMany({ where: { id: rowId, version }, data: { ...row, version: { increment: 1 } } });
    if (count === 0) throw conflictWith(await tx.directoryUser.findUnique({ where: { id: rowId }, select: storedSelect }));
    await recordTenantChange(tx, {
      actor, tenantId, action: "user.updated", entityType: "user", entityId: rowId,
      summary: `Updated user ${row.userPrincipalName}: ${changed.join(", ")}${overrideNote(columns, row)}`, before, after,
    });
  });
  return { changed };
}

export async function deleteUser(ref: z.infer<typeof RecordRef>, actor: AuditActor): Promise<{ userPrincipalName: string }> {
  const stored = await db.directoryUser.findUnique({ where: { id: ref.id }, select: storedSelect });
  if (!stored || stored.version !== ref.version) throw conflictWith(stored, "delete");
  const { id: rowId, tenantId, version, ...columns } = stored;
  await transaction(async (tx) => {
    const { count } = await tx.directoryUser.deleteMany({ where: { id: rowId, version } });
    if (count === 0) throw conflictWith(await tx.directoryUser.findUnique({ where: { id: rowId }, select: storedSelect }), "delete");
    await recordTenantChange(tx, {
      actor, tenantId, action: "user.deleted", entityType: "user", entityId: rowId,
      summary: `Deleted user ${columns.userPrincipalName}`, before: columns,
    });
  });
  return { userPrincipalName: columns.userPrincipalName };
}
