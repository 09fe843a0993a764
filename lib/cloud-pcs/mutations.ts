import "server-only";
import crypto from "node:crypto";
import type { AuditActor } from "@/lib/audit/record";
import { db, transaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { changedColumns, duplicateIdError, RecordConflict, recordTenantChange } from "@/lib/inventory/write";
import { cloudPcFromRow, cloudPcSelect, cloudPcToRow, type CloudPcRow } from "@/lib/tenant-data/mapping/cloud-pc";
import type { CloudPcFields, CreateCloudPcInput, UpdateCloudPcInput } from "@/lib/validations/cloud-pc";
import type { RecordRef } from "@/lib/validations/form-fields";
import type { GraphCloudPc } from "@/lib/validations/snapshot";
import type { z } from "zod";
import { cloudPcFormValues } from "./form-values";

const storedSelect = { ...cloudPcSelect, id: true, tenantId: true, version: true } as const;

interface PolicyFacts {
  graphId: string;
  displayName: string;
  joinType: string | null;
  networkConnectionName: string | null;
}

/** The policy a form names, with what a Cloud PC takes from it; a field error when it is not in the tenant. */
async function policyOf(tenantId: string, policyId: string | null, keep: string | null): Promise<PolicyFacts | null> {
  if (!policyId) return null;
  const policy = await db.provisioningPolicy.findUnique({
    where: { tenantId_graphId: { tenantId, graphId: policyId } },
    select: { graphId: true, displayName: true, joinType: true, onPremisesConnectionGraphId: true },
  });
  if (!policy) {
    // A reference imported before its policy is kept as it is; a new one must name a policy we know.
    if (policyId === keep) return null;
    throw new DomainError("invalid", "Some fields need attention.", { provisioningPolicyId: ["Choose a provisioning policy of this tenant"] });
  }
  const connection = policy.onPremisesConnectionGraphId
    ? await db.networkConnection.findUnique({ where: { tenantId_graphId: { tenantId, graphId: policy.onPremisesConnectionGraphId } }, select: { displayName: true } })
    : null;
  return { graphId: policy.graphId, displayName: policy.displayName, joinType: policy.joinType, networkConnectionName: connection?.displayName ?? null };
}

/**
 * The Graph object with the form's facts written over it; properties the form does not show are kept.
 * Graph reports the policy's and network connection's names on the Cloud PC itself, so they follow a
 * change of policy.
 */
function withFields(cloudPc: GraphCloudPc, input: CloudPcFields, policy: PolicyFacts | null, policyChanged: boolean): GraphCloudPc {
  const next: GraphCloudPc = {
    ...cloudPc,
    displayName: input.displayName,
    userPrincipalName: input.userPrincipalName,
    provisioningPolicyId: input.provisioningPolicyId,
    status: input.status,
    osVersion: input.osVersion,
    servicePlanName: input.servicePlanName,
    productType: input.productType,
    imageDisplayName: input.imageDisplayName,
    connectionSetting: { ...cloudPc.connectionSetting, enableSingleSignOn: input.ssoApplied },
    sightline: {
      ...cloudPc.sightline,
      osEdition: input.osEdition,
      osRelease: input.osRelease,
      osBuild: input.osBuild,
      installedUpdates: input.installedUpdates,
      smartCardDriversInstalled: input.smartCardDriversInstalled,
      agentPoolId: input.agentPoolId,
    },
  };
  if (policyChanged) {
    next.provisioningPolicyName = policy?.displayName ?? null;
    next.onPremisesConnectionName = policy?.networkConnectionName ?? null;
  }
  return next;
}

/** The row to write: the snapshot save's own mapping, so joinType and upnLower are derived the same way. */
const toRow = (cloudPc: GraphCloudPc, policy: PolicyFacts | null): CloudPcRow => cloudPcToRow(cloudPc, () => policy?.joinType ?? null);

async function loadStored(rowId: string) {
  return db.cloudPc.findUnique({ where: { id: rowId }, select: storedSelect });
}

function conflictWith(stored: Awaited<ReturnType<typeof loadStored>>, operation: "save" | "delete" = "save"): RecordConflict {
  if (!stored) return new RecordConflict("Cloud PC", null, operation);
  const { id: _id, tenantId: _tenantId, version, ...columns } = stored;
  void _id, _tenantId;
  return new RecordConflict("Cloud PC", { version, values: cloudPcFormValues(cloudPcFromRow(columns)) }, operation);
}

/** Creates a Cloud PC in the tenant; returns its row id. */
export async function createCloudPc(tenantId: string, input: CreateCloudPcInput, actor: AuditActor): Promise<{ id: string }> {
  const graphId = input.id ?? crypto.randomUUID();
  const policy = await policyOf(tenantId, input.provisioningPolicyId, null);
  const row = toRow(withFields({ id: graphId, displayName: input.displayName }, input, policy, true), policy);
  return transaction(async (tx) => {
    const created = await tx.cloudPc.create({ data: { tenantId, ...row }, select: { id: true } }).catch((error: unknown) => {
      throw duplicateIdError(error, "Cloud PC");
    });
    await recordTenantChange(tx, {
      actor, tenantId, action: "cloudPc.created", entityType: "cloudPc", entityId: created.id,
      summary: `Created Cloud PC ${row.displayName}`, after: row,
    });
    return created;
  });
}

/**
 * Saves a Cloud PC if nobody changed it since `input.version`. The version is checked again by the
 * write itself (`updateMany` on id and version), so two saves racing each other cannot both win.
 */
export async function updateCloudPc(input: UpdateCloudPcInput, actor: AuditActor): Promise<{ changed: string[] }> {
  const stored = await loadStored(input.id);
  if (!stored || stored.version !== input.version) throw conflictWith(stored);
  const { id: rowId, tenantId, version, ...columns } = stored;
  const policyChanged = input.provisioningPolicyId !== columns.provisioningPolicyGraphId;
  const policy = await policyOf(tenantId, input.provisioningPolicyId, columns.provisioningPolicyGraphId);
  const row = toRow(withFields(cloudPcFromRow(columns), input, policy, policyChanged), policy);
  const { before, after } = changedColumns(columns, row);
  const changed = Object.keys(after);
  if (changed.length === 0) return { changed };
  await transaction(async (tx) => {
    const { count } = await tx.cloudPc.updateMany({ where: { id: rowId, version }, data: { ...row, version: { increment: 1 } } });
    if (count === 0) throw conflictWith(await tx.cloudPc.findUnique({ where: { id: rowId }, select: storedSelect }));
    await recordTenantChange(tx, {
      actor, tenantId, action: "cloudPc.updated", entityType: "cloudPc", entityId: rowId,
      summary: `Updated Cloud PC ${row.displayName}: ${changed.join(", ")}`, before, after,
    });
  });
  return { changed };
}

export async function deleteCloudPc(ref: z.infer<typeof RecordRef>, actor: AuditActor): Promise<{ displayName: string }> {
  const stored = await loadStored(ref.id);
  if (!stored || stored.version !== ref.version) throw conflictWith(stored, "delete");
  const { id: rowId, tenantId, version, ...columns } = stored;
  await transaction(async (tx) => {
    const { count } = await tx.cloudPc.deleteMany({ where: { id: rowId, version } });
    if (count === 0) throw conflictWith(await tx.cloudPc.findUnique({ where: { id: rowId }, select: storedSelect }), "delete");
    await recordTenantChange(tx, {
      actor, tenantId, action: "cloudPc.deleted", entityType: "cloudPc", entityId: rowId,
      summary: `Deleted Cloud PC ${columns.displayName}`, before: columns,
    });
  });
  return { displayName: columns.displayName };
}
