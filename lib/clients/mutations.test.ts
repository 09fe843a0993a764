import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { RecordConflict } from "@/lib/inventory/write";
import { adminActor, seedContoso } from "@/lib/inventory/test-fixtures";
import { CreateClientInput, UpdateClientInput } from "@/lib/validations/client";
import { getClientEditor } from "./detail";
import { createClient, deleteClient, updateClient } from "./mutations";

let tenantId: string;

beforeAll(async () => {
  tenantId = await seedContoso("Contoso (client edits)");
});

describe("client edits", () => {
  it("names the user by UPN in the form and stores the user's Graph id", async () => {
    const user = await db.directoryUser.findFirstOrThrow({ where: { tenantId, upnLower: "megan.bowen@contoso.com" } });
    const { id } = await createClient(tenantId, CreateClientInput.parse({ user: "Megan.Bowen@contoso.com", app: "windowsAppMac", deviceName: "MAC-MEGAN", managed: "true" }), adminActor);
    expect(await db.client.findUniqueOrThrow({ where: { id } })).toMatchObject({ userGraphId: user.graphId, app: "windowsAppMac", managed: true, shared: null, version: 1 });

    const editor = await getClientEditor(id);
    expect(editor?.values).toMatchObject({ user: user.userPrincipalName, app: "windowsAppMac", managed: "true", shared: "" });
    const form = UpdateClientInput.parse({ ...editor!.values, id, version: "1" });
    expect((await updateClient(form, adminActor)).changed).toEqual([]);

    await updateClient({ ...form, credentialsSaved: true }, adminActor);
    await expect(updateClient({ ...form, shared: true }, adminActor)).rejects.toBeInstanceOf(RecordConflict);
    await deleteClient({ id, version: 2 }, adminActor);
    expect(await db.client.findUnique({ where: { id } })).toBeNull();
  });

  it("refuses a user the tenant does not have, on the user field, and writes nothing", async () => {
    const before = await db.client.count({ where: { tenantId } });
    const error = await createClient(tenantId, CreateClientInput.parse({ user: "nobody@contoso.com", app: "windowsAppWeb" }), adminActor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors?.user).toEqual(["No user of this tenant has this user principal name"]);
    expect(await db.client.count({ where: { tenantId } })).toBe(before);
  });
});
