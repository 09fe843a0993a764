import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RecordConflict } from "@/lib/inventory/write";
import { adminActor, seedContoso } from "@/lib/inventory/test-fixtures";
import { provisioningPolicyFromRow, provisioningPolicySelect } from "@/lib/tenant-data/mapping/cloud-pc";
import { UpdateProvisioningPolicyInput } from "@/lib/validations/provisioning-policy";
import { provisioningPolicyFormValues } from "./form-values";
import { updateProvisioningPolicy } from "./mutations";

let tenantId: string;

beforeAll(async () => {
  tenantId = await seedContoso("Contoso (policy edits)");
});

async function formFor(rowId: string, changes: Record<string, string> = {}) {
  const row = await db.provisioningPolicy.findUniqueOrThrow({ where: { id: rowId }, select: { ...provisioningPolicySelect, version: true } });
  const { version, ...columns } = row;
  return UpdateProvisioningPolicyInput.parse({ ...provisioningPolicyFormValues(provisioningPolicyFromRow(columns)), id: rowId, version: String(version), ...changes });
}

describe("updateProvisioningPolicy", () => {
  it("changes nothing when the form is saved as it was opened", async () => {
    for (const policy of await db.provisioningPolicy.findMany({ where: { tenantId } })) {
      expect((await updateProvisioningPolicy(await formFor(policy.id), adminActor)).changed).toEqual([]);
    }
  });

  it("moves every Cloud PC of the policy to the new join type, names and all, and audits it", async () => {
    const policy = await db.provisioningPolicy.findFirstOrThrow({ where: { tenantId, joinType: "azureADJoin" }, orderBy: { displayName: "asc" } });
    const connection = await db.networkConnection.findFirstOrThrow({ where: { tenantId } });
    const cloudPcs = await db.cloudPc.count({ where: { tenantId, provisioningPolicyGraphId: policy.graphId } });
    expect(cloudPcs).toBeGreaterThan(0);

    const result = await updateProvisioningPolicy(
      await formFor(policy.id, { joinType: "hybridAzureADJoin", networkConnectionId: connection.graphId, displayName: "Renamed - Hybrid", enableSingleSignOn: "false" }),
      adminActor,
    );
    expect(result.cloudPcsUpdated).toBe(cloudPcs);
    const saved = await db.provisioningPolicy.findUniqueOrThrow({ where: { id: policy.id } });
    expect(saved).toMatchObject({ joinType: "hybridAzureADJoin", onPremisesConnectionGraphId: connection.graphId, enableSingleSignOn: false, version: policy.version + 1 });
    const followers = await db.cloudPc.findMany({ where: { tenantId, provisioningPolicyGraphId: policy.graphId } });
    expect(new Set(followers.map((c) => `${c.joinType}|${c.provisioningPolicyName}|${c.onPremisesConnectionName}`))).toEqual(
      new Set([`hybridAzureADJoin|Renamed - Hybrid|${connection.displayName}`]),
    );
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: policy.id, action: "provisioningPolicy.updated" } });
    expect(audit.summary).toContain(`${cloudPcs} Cloud PCs follow it`);

    await expect(updateProvisioningPolicy(await formFor(policy.id).then((f) => ({ ...f, version: policy.version })), adminActor)).rejects.toBeInstanceOf(RecordConflict);
  });

  it("refuses a hybrid join without a network connection, on that field", () => {
    const parsed = UpdateProvisioningPolicyInput.safeParse({ id: "x", version: "1", displayName: "P", joinType: "hybridAzureADJoin", networkConnectionId: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["networkConnectionId"]);
  });
});
