import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RecordConflict } from "@/lib/inventory/write";
import { adminActor, seedContoso } from "@/lib/inventory/test-fixtures";
import { userFromRow, userSelect } from "@/lib/tenant-data/mapping/directory";
import { CreateUserInput, UpdateUserInput } from "@/lib/validations/user";
import { getUserDetail } from "./detail";
import { userFormValues } from "./form-values";
import { createUser, deleteUser, updateUser } from "./mutations";

let tenantId: string;

beforeAll(async () => {
  tenantId = await seedContoso("Contoso (user edits)");
});

async function formFor(rowId: string, changes: Record<string, unknown> = {}) {
  const row = await db.directoryUser.findUniqueOrThrow({ where: { id: rowId }, select: { ...userSelect, version: true } });
  const { version, ...columns } = row;
  return UpdateUserInput.parse({ ...userFormValues(userFromRow(columns)), id: rowId, version: String(version), ...changes });
}

const cloudOnlyUser = () => db.directoryUser.findFirstOrThrow({ where: { tenantId, identityType: "cloudOnly", identityTypeOverride: null }, orderBy: { upnLower: "asc" } });

describe("updateUser", () => {
  it("overrides the identity type with a reason, shows it as the classifier's evidence, and removes it again", async () => {
    const user = await cloudOnlyUser();
    await updateUser(await formFor(user.id, { identityTypeOverride: "hybrid", identityTypeOverrideReason: "Synced by a second Entra Connect server not in this export" }), adminActor);
    const overridden = await db.directoryUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(overridden).toMatchObject({ identityType: "hybrid", identityTypeOverride: "hybrid", version: user.version + 1 });

    const detail = await getUserDetail(user.id);
    expect(detail?.identity).toMatchObject({ identityType: "hybrid", derived: "cloudOnly", overridden: true });
    expect(detail?.identity.evidence[1]).toMatchObject({ label: "Override reason", value: "Synced by a second Entra Connect server not in this export" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.updated" } });
    expect(audit.summary).toContain("identity type overridden to hybrid");

    await updateUser(await formFor(user.id, { identityTypeOverride: "", identityTypeOverrideReason: "" }), adminActor);
    expect(await db.directoryUser.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ identityType: "cloudOnly", identityTypeOverride: null, identityTypeOverrideReason: null });
  });

  it("derives the identity type and upnLower again from a new UPN, as an import would", async () => {
    const user = await cloudOnlyUser();
    await updateUser(await formFor(user.id, { userPrincipalName: "Guest_Fabrikam.com#EXT#@contoso.onmicrosoft.com" }), adminActor);
    expect(await db.directoryUser.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      identityType: "external",
      upnLower: "guest_fabrikam.com#ext#@contoso.onmicrosoft.com",
    });
  });

  it("keeps unrecorded sign-in methods unrecorded when the form is saved unchanged", async () => {
    const user = await db.directoryUser.findFirstOrThrow({ where: { tenantId }, orderBy: { graphId: "asc" } });
    await db.directoryUser.update({ where: { id: user.id }, data: { signInMethodsJson: null, inSessionMethodsJson: null } });
    expect((await updateUser(await formFor(user.id), adminActor)).changed).toEqual([]);
    expect(await db.directoryUser.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ signInMethodsJson: null, inSessionMethodsJson: null });
  });

  it("refuses an override without a reason, per field", () => {
    const parsed = UpdateUserInput.safeParse({ id: "x", version: "1", userPrincipalName: "a@b.com", identityTypeOverride: "external", identityTypeOverrideReason: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["identityTypeOverrideReason"]);
  });

  it("refuses a stale save and a stale delete with the current values", async () => {
    const user = await db.directoryUser.findFirstOrThrow({ where: { tenantId }, orderBy: { upnLower: "desc" } });
    const stale = await formFor(user.id, { mail: "mine@contoso.com" });
    await updateUser(await formFor(user.id, { mail: "theirs@contoso.com" }), adminActor);
    const error = (await updateUser(stale, adminActor).catch((e: unknown) => e)) as RecordConflict;
    expect(error).toBeInstanceOf(RecordConflict);
    expect(error.info.current?.mail).toBe("theirs@contoso.com");
    await expect(deleteUser({ id: user.id, version: user.version }, adminActor)).rejects.toBeInstanceOf(RecordConflict);
    expect(await db.directoryUser.findUnique({ where: { id: user.id } })).not.toBeNull();
  });
});

describe("createUser", () => {
  it("creates a user classified against the tenant's domains", async () => {
    const federated = await db.domain.findFirst({ where: { tenantId, authenticationType: "Federated" } });
    const upn = federated ? `new.person@${federated.name}` : "new.person@contoso.com";
    const { id } = await createUser(tenantId, CreateUserInput.parse({ userPrincipalName: upn, displayName: "New Person", signInMethods: ["password"] }), adminActor);
    const created = await db.directoryUser.findUniqueOrThrow({ where: { id } });
    expect(created.identityType).toBe(federated ? "federated" : "cloudOnly");
    expect(created.signInMethodsJson).toBe('["password"]');
    expect(await db.auditEvent.count({ where: { entityId: id, action: "user.created" } })).toBe(1);
  });
});
