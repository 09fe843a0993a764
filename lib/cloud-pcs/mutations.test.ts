import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { RecordConflict } from "@/lib/inventory/write";
import { adminActor, seedContoso } from "@/lib/inventory/test-fixtures";
import { cloudPcFromRow, cloudPcSelect } from "@/lib/tenant-data/mapping/cloud-pc";
import { CreateCloudPcInput, UpdateCloudPcInput } from "@/lib/validations/cloud-pc";
import { cloudPcFormValues } from "./form-values";
import { createCloudPc, deleteCloudPc, updateCloudPc } from "./mutations";

let tenantId: string;

beforeAll(async () => {
  tenantId = await seedContoso("Contoso (Cloud PC edits)");
});

/** A form submission for a stored Cloud PC: its current values with `changes` typed over them. */
async function formFor(rowId: string, changes: Record<string, string> = {}) {
  const row = await db.cloudPc.findUniqueOrThrow({ where: { id: rowId }, select: { ...cloudPcSelect, version: true } });
  const { version, ...columns } = row;
  return UpdateCloudPcInput.parse({ ...cloudPcFormValues(cloudPcFromRow(columns)), id: rowId, version: String(version), ...changes });
}

async function entraJoinedCloudPc() {
  return db.cloudPc.findFirstOrThrow({ where: { tenantId, joinType: "azureADJoin", userPrincipalName: { not: null } }, orderBy: { displayName: "asc" } });
}

describe("updateCloudPc", () => {
  it("derives the join type and the policy names from the new policy, bumps the version and audits the change", async () => {
    const cloudPc = await entraJoinedCloudPc();
    const hybrid = await db.provisioningPolicy.findFirstOrThrow({ where: { tenantId, joinType: "hybridAzureADJoin", onPremisesConnectionGraphId: { not: null } } });
    const connection = await db.networkConnection.findFirstOrThrow({ where: { tenantId, graphId: hybrid.onPremisesConnectionGraphId! } });
    const before = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { dataUpdatedAt: true } });

    const release = cloudPc.osRelease === "25H2" ? "23H2" : "25H2";
    const input = await formFor(cloudPc.id, { provisioningPolicyId: hybrid.graphId, osRelease: release, userPrincipalName: "Someone.Else@Contoso.com" });
    const { changed } = await updateCloudPc(input, adminActor);

    const saved = await db.cloudPc.findUniqueOrThrow({ where: { id: cloudPc.id } });
    expect(saved.joinType).toBe("hybridAzureADJoin");
    expect(saved.provisioningPolicyName).toBe(hybrid.displayName);
    expect(saved.onPremisesConnectionName).toBe(connection.displayName);
    expect(saved.osRelease).toBe(release);
    expect(saved.upnLower).toBe("someone.else@contoso.com");
    expect(saved.version).toBe(cloudPc.version + 1);
    expect(saved.extraJson).toBe(cloudPc.extraJson);
    expect(changed).toEqual(expect.arrayContaining(["joinType", "osRelease", "provisioningPolicyGraphId", "upnLower"]));

    const audit = await db.auditEvent.findFirstOrThrow({ where: { tenantId, action: "cloudPc.updated", entityId: cloudPc.id } });
    expect(JSON.parse(audit.beforeJson!)).toMatchObject({ joinType: "azureADJoin", osRelease: cloudPc.osRelease });
    expect(JSON.parse(audit.afterJson!)).toMatchObject({ joinType: "hybridAzureADJoin", osRelease: release });
    expect(audit.actorEmail).toBe(adminActor.email);
    const after = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { dataUpdatedAt: true } });
    expect(after.dataUpdatedAt.getTime()).toBeGreaterThan(before.dataUpdatedAt.getTime());
  });

  it("refuses a save on a stale version with the other person's values, and writes nothing", async () => {
    const cloudPc = await db.cloudPc.findFirstOrThrow({ where: { tenantId }, orderBy: { displayName: "desc" } });
    const mine = await formFor(cloudPc.id, { osBuild: "mine" });
    const theirs = await formFor(cloudPc.id, { osBuild: "theirs" });
    await updateCloudPc(theirs, adminActor);

    const error = await updateCloudPc(mine, adminActor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordConflict);
    const info = (error as RecordConflict).info;
    expect(info.version).toBe(cloudPc.version + 1);
    expect(info.current?.osBuild).toBe("theirs");
    expect((await db.cloudPc.findUniqueOrThrow({ where: { id: cloudPc.id } })).osBuild).toBe("theirs");
    expect(await db.auditEvent.count({ where: { entityId: cloudPc.id, action: "cloudPc.updated" } })).toBe(1);

    // Saving again on their version (the form's "keep mine") wins.
    await updateCloudPc({ ...mine, version: info.version! }, adminActor);
    expect((await db.cloudPc.findUniqueOrThrow({ where: { id: cloudPc.id } })).osBuild).toBe("mine");
  });

  it("writes nothing and audits nothing when no value changed", async () => {
    const cloudPc = await db.cloudPc.findFirstOrThrow({ where: { tenantId }, orderBy: { graphId: "asc" } });
    expect((await updateCloudPc(await formFor(cloudPc.id), adminActor)).changed).toEqual([]);
    expect((await db.cloudPc.findUniqueOrThrow({ where: { id: cloudPc.id } })).version).toBe(cloudPc.version);
  });

  it("refuses a policy the tenant does not have, with a field error", async () => {
    const cloudPc = await entraJoinedCloudPc();
    const error = await updateCloudPc(await formFor(cloudPc.id, { provisioningPolicyId: "no-such-policy" }), adminActor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors?.provisioningPolicyId).toHaveLength(1);
  });
});

describe("createCloudPc and deleteCloudPc", () => {
  it("creates a Cloud PC with its derived columns, refuses a duplicate id, and deletes only at the version seen", async () => {
    const policy = await db.provisioningPolicy.findFirstOrThrow({ where: { tenantId, joinType: "azureADJoin" } });
    const input = CreateCloudPcInput.parse({
      id: "cpc-created-in-test", displayName: "CPC-test", userPrincipalName: "New.Person@contoso.com", provisioningPolicyId: policy.graphId,
      ssoApplied: "true", installedUpdates: "KB5065789 2025-09\nkb5066835 2025-10",
    });
    const { id } = await createCloudPc(tenantId, input, adminActor);
    const created = await db.cloudPc.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ graphId: "cpc-created-in-test", joinType: "azureADJoin", upnLower: "new.person@contoso.com", ssoApplied: true, version: 1 });
    expect(JSON.parse(created.installedUpdatesJson!)).toEqual([{ kb: "KB5065789", month: "2025-09" }, { kb: "KB5066835", month: "2025-10" }]);

    const duplicate = await createCloudPc(tenantId, input, adminActor).catch((e: unknown) => e);
    expect((duplicate as DomainError).fieldErrors?.id).toHaveLength(1);

    await expect(deleteCloudPc({ id, version: 7 }, adminActor)).rejects.toBeInstanceOf(RecordConflict);
    await deleteCloudPc({ id, version: 1 }, adminActor);
    expect(await db.cloudPc.findUnique({ where: { id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { tenantId, entityId: id, action: { in: ["cloudPc.created", "cloudPc.deleted"] } } })).toBe(2);

    const gone = await updateCloudPc({ ...input, id, version: 1 }, adminActor).catch((e: unknown) => e);
    expect((gone as RecordConflict).info).toEqual({ version: null, current: null });
  });

  it("reports each bad update line of the form with its line number", () => {
    const parsed = CreateCloudPcInput.safeParse({ displayName: "x", installedUpdates: "KB5065789 2025-09\nKB12 last month" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining("Line 2")]);
  });
});
