import "server-only";
import type { AuditActor } from "@/lib/audit/record";
import { db, transaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { policyJoinType, policyNetworkConnectionId } from "@/lib/rules/facts";
import { changedColumns, RecordConflict, recordTenantChange } from "@/lib/inventory/write";
import {
  provisioningPolicyFromRow,
  provisioningPolicySelect,
  provisioningPolicyToRow,
  type ProvisioningPolicyRow,
} from "@/lib/tenant-data/mapping/cloud-pc";
import type { UpdateProvisioningPolicyInput } from "@/lib/validations/provisioning-policy";
import type { GraphProvisioningPolicy } from "@/lib/validations/snapshot";
import { provisioningPolicyFormValues } from "./form-values";

const storedSelect = { ...provisioningPolicySelect, id: true, tenantId: true, version: true } as const;
type Stored = ProvisioningPolicyRow & { id: string; tenantId: string; version: number };

function conflictWith(stored: Stored | null): RecordConflict {
  if (!stored) return new RecordConflict("provisioning policy", null);
  const { id: _id, tenantId: _tenantId, version, ...columns } = stored;
  void _id, _tenantId;
  return new RecordConflict("provisioning policy", { version, values: provisioningPolicyFormValues(provisioningPolicyFromRow(columns)) });
}

/**
 * The form's facts written into the Graph object. The join type and network connection live in the
 * first domain join configuration (the one Windows 365 uses first); the other configurations and every
 * property the form does not show are kept. Only the facts that changed are written, so saving an
 * unchanged form changes nothing (an absent property and an explicit null differ in the stored JSON).
 */
function withFields(policy: GraphProvisioningPolicy, input: UpdateProvisioningPolicyInput): GraphProvisioningPolicy {
  const [first, ...rest] = policy.domainJoinConfigurations ?? [];
  const next: NonNullable<GraphProvisioningPolicy["domainJoinConfigurations"]>[number] = { ...first };
  if (input.joinType !== policyJoinType(policy)) {
    next.domainJoinType = input.joinType;
    // The deprecated `type` would otherwise still decide the join type when domainJoinType is cleared.
    delete next.type;
  }
  if (input.networkConnectionId !== policyNetworkConnectionId(policy)) next.onPremisesConnectionId = input.networkConnectionId;
  if (input.regionName !== (first?.regionName ?? null)) next.regionName = input.regionName;
  const touched = first !== undefined || Object.keys(next).length > 0;
  return {
    ...policy,
    displayName: input.displayName,
    description: input.description,
    enableSingleSignOn: input.enableSingleSignOn,
    domainJoinConfigurations: touched ? [next, ...rest] : policy.domainJoinConfigurations,
  };
}

/**
 * What a Cloud PC takes from its policy, kept right for every Cloud PC of the policy: the join type
 * (as the snapshot save's `cloudPcToRow` derives it) and the names Graph reports on the Cloud PC.
 */
async function updatePolicyCloudPcs(tx: Tx, tenantId: string, before: ProvisioningPolicyRow, after: ProvisioningPolicyRow): Promise<number> {
  const data: { joinType?: string | null; provisioningPolicyName?: string; onPremisesConnectionName?: string | null } = {};
  if (before.joinType !== after.joinType) data.joinType = after.joinType;
  if (before.displayName !== after.displayName) data.provisioningPolicyName = after.displayName;
  if (before.onPremisesConnectionGraphId !== after.onPremisesConnectionGraphId) {
    const connection = after.onPremisesConnectionGraphId
      ? await tx.networkConnection.findUnique({ where: { tenantId_graphId: { tenantId, graphId: after.onPremisesConnectionGraphId } }, select: { displayName: true } })
      : null;
    data.onPremisesConnectionName = connection?.displayName ?? null;
  }
  if (Object.keys(data).length === 0) return 0;
  // Derived columns follow the policy; the Cloud PCs' own facts did not change, so their versions stay.
  const { count } = await tx.cloudPc.updateMany({ where: { tenantId, provisioningPolicyGraphId: after.graphId }, data });
  return count;
}

/** Saves a policy's SSO and join facts if nobody changed it since `input.version`. */
export async function updateProvisioningPolicy(input: UpdateProvisioningPolicyInput, actor: AuditActor): Promise<{ changed: string[]; cloudPcsUpdated: number }> {
  const stored = await db.provisioningPolicy.findUnique({ where: { id: input.id }, select: storedSelect });
  if (!stored || stored.version !== input.version) throw conflictWith(stored);
  const { id: rowId, tenantId, version, ...columns } = stored;
  if (input.networkConnectionId && input.networkConnectionId !== columns.onPremisesConnectionGraphId) {
    const exists = await db.networkConnection.count({ where: { tenantId, graphId: input.networkConnectionId } });
    if (!exists) throw new DomainError("invalid", "Some fields need attention.", { networkConnectionId: ["Choose a network connection of this tenant"] });
  }
  const row = provisioningPolicyToRow(withFields(provisioningPolicyFromRow(columns), input));
  const { before, after } = changedColumns(columns, row);
  const changed = Object.keys(after);
  if (changed.length === 0) return { changed, cloudPcsUpdated: 0 };
  const cloudPcsUpdated = await transaction(async (tx) => {
    const { count } = await tx.provisioningPolicy.updateMany({ where: { id: rowId, version }, data: { ...row, version: { increment: 1 } } });
    if (count === 0) throw conflictWith(await tx.provisioningPolicy.findUnique({ where: { id: rowId }, select: storedSelect }));
    const followed = await updatePolicyCloudPcs(tx, tenantId, columns, row);
    await recordTenantChange(tx, {
      actor, tenantId, action: "provisioningPolicy.updated", entityType: "provisioningPolicy", entityId: rowId,
      summary: `Updated provisioning policy ${row.displayName}: ${changed.join(", ")}${followed ? ` (${followed} Cloud PCs follow it)` : ""}`,
      before, after,
    });
    return followed;
  });
  return { changed, cloudPcsUpdated };
}
