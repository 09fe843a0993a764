import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadTenantSnapshot } from "@/lib/tenant-data/load-snapshot";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";
import { csvCollections } from "@/lib/validations/import";
import { importFiles, type ImportResult } from "../import-files";
import { graphFixture } from "../testing/fixtures";
import { createTenant } from "../testing/tenants";
import type { UploadFile } from "../upload-file";
import { csvTemplateFile } from "./template-file";

const actor = { email: "admin@sightline.test", role: "admin" };
const csv = (name: string, lines: string[], hint?: UploadFile["hint"]): UploadFile => ({ name, bytes: Buffer.from(lines.join("\r\n") + "\r\n"), hint });

function ok(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.issues)}`);
  return result;
}

async function refused(tenantId: string, files: UploadFile[]) {
  const before = await databaseState();
  const result = await importFiles(tenantId, files, actor, { dryRun: false });
  expect(await databaseState()).toEqual(before);
  if (result.ok) throw new Error("expected a refusal");
  return result.issues;
}

describe("CSV import of Cloud PCs, users and clients", () => {
  it("imports each template as downloaded, and the same file twice changes nothing", async () => {
    const tenantId = await createTenant("CSV templates");
    for (const collection of ["users", "cloudPCs", "clients"] as const) {
      expect(csvCollections).toContain(collection);
      const template = csvTemplateFile(collection);
      const upload = { name: template.fileName, bytes: Buffer.from(template.body) };
      const first = ok(await importFiles(tenantId, [upload], actor, { dryRun: false }));
      expect(first.preview.files[0]).toMatchObject({ collection, items: 1, detectedBy: "headers" });
      expect(ok(await importFiles(tenantId, [upload], actor, { dryRun: false })).preview.changes).toBe(false);
    }
    const snapshot = await loadTenantSnapshot(tenantId);
    expect(snapshot.users[0].sightline).toEqual({ signInMethods: ["password", "microsoftAuthenticator"], inSessionMethods: ["webAuthn"], requiresOnPremisesKerberos: false });
    expect(snapshot.cloudPCs[0].sightline).toMatchObject({ osRelease: "24H2", installedUpdates: [{ kb: "KB5065789", month: "2025-09" }], smartCardDriversInstalled: false });
    expect(snapshot.cloudPCs[0].connectionSetting).toEqual({ enableSingleSignOn: true });
    expect(snapshot.clients[0]).toMatchObject({ id: "alice-laptop-windows-app", userId: "11111111-1111-1111-1111-111111111111", app: "windowsAppWindows", managed: true });
  });

  it("adds facts to users Graph sent, in the same import, without touching their Graph properties", async () => {
    const tenantId = await createTenant("CSV over Graph");
    const facts = csv("user-facts.csv", [
      "id,signInMethods,homeCloud,identityTypeOverride,identityTypeOverrideReason",
      "33333333-3333-3333-3333-333333333333,fido2,usGovernment,,",
      "22222222-2222-2222-2222-222222222222,smartCard,,hybrid,Synced by the old forest",
    ]);
    ok(await importFiles(tenantId, [graphFixture("users-constructed.json"), facts], actor, { dryRun: false }));
    const users = (await loadTenantSnapshot(tenantId)).users;
    const carol = users.find((u) => u.id.startsWith("3333"))!;
    expect(carol.sightline).toEqual({ signInMethods: ["fido2"], homeCloud: "usGovernment" });
    expect(carol.userType).toBe("Guest");
    const bob = await db.directoryUser.findFirstOrThrow({ where: { tenantId, graphId: "22222222-2222-2222-2222-222222222222" }, select: { identityType: true, identityTypeOverride: true } });
    expect(bob).toEqual({ identityType: "hybrid", identityTypeOverride: "hybrid" });

    // A later Graph import of the users keeps those facts; a blank cell keeps a stored value too.
    ok(await importFiles(tenantId, [graphFixture("users-constructed.json"), csv("more.csv", ["id,homeCloud", "33333333-3333-3333-3333-333333333333,"])], actor, { dryRun: false }));
    expect((await loadTenantSnapshot(tenantId)).users.find((u) => u.id.startsWith("3333"))!.sightline).toEqual({ signInMethods: ["fido2"], homeCloud: "usGovernment" });
  });

  it("resolves a client's user by UPN and undoes the formula guard of Sightline's own exports", async () => {
    const tenantId = await createTenant("CSV clients", { users: [{ id: "u-1", userPrincipalName: "Alice@contoso.com" }] });
    ok(
      await importFiles(
        tenantId,
        [csv("clients.csv", ["id,userPrincipalName,app,deviceName,localOs", `c-1,alice@contoso.com,windowsAppWeb,"'=HYPERLINK(""x"")","macOS 15, Sequoia"`])],
        actor,
        { dryRun: false },
      ),
    );
    const client = (await loadTenantSnapshot(tenantId)).clients[0];
    expect(client).toMatchObject({ id: "c-1", userId: "u-1", app: "windowsAppWeb", deviceName: '=HYPERLINK("x")', localOs: "macOS 15, Sequoia" });
  });

  it("refuses bad rows with their line and column, and changes nothing", async () => {
    const tenantId = await createTenant("CSV refusals", { users: [{ id: "u-1", userPrincipalName: "alice@contoso.com" }] });
    expect(await refused(tenantId, [csv("pcs.csv", ["id,displayName,smartCardDriversInstalled", "pc-1,CPC-1,maybe"])])).toEqual([
      { file: "pcs.csv", location: "line 2, column smartCardDriversInstalled", message: '"maybe" is not true or false' },
    ]);
    expect(await refused(tenantId, [csv("pcs.csv", ["id,osRelease", "pc-1,24H2"])])).toEqual([{ file: "pcs.csv", location: "line 2", message: "a new Cloud PC needs displayName" }]);
    expect(await refused(tenantId, [csv("clients.csv", ["id,userId,app", "c-1,u-404,windowsAppWeb"])])).toEqual([
      { file: "clients.csv", location: "line 2, userId", message: "no user with id u-404 in the tenant or in this import" },
    ]);
    expect((await refused(tenantId, [csv("clients.csv", ["id,userId,app", "c-1,u-1,windowsAppTelepathy"])]))[0].message).toMatch(/is not one of windowsAppWindows/);
    expect(await refused(tenantId, [csv("users.csv", ["id,identityTypeOverride", "u-1,external"])])).toEqual([
      { file: "users.csv", location: "line 2, sightline.identityTypeOverrideReason", message: "an identity type override needs its reason" },
    ]);
    expect((await refused(tenantId, [csv("x.csv", ["id,colour", "1,red"])]))[0]).toMatchObject({ location: "line 1", message: expect.stringMatching(/not those of a Sightline CSV template/) });
    expect((await refused(tenantId, [csv("x.csv", ["id,displayName"])]))[0].message).toMatch(/fit both Cloud PCs and Users/);
    expect((await refused(tenantId, [csv("x.csv", ['id,displayName', '1,"unclosed'])]))[0]).toMatchObject({ file: "x.csv", message: expect.stringMatching(/not a valid CSV file: Quote Not Closed/) });
    // With the admin's choice the same columns are read as users.
    ok(await importFiles(tenantId, [csv("x.csv", ["id,displayName", "u-1,Alice"], { collection: "users" })], actor, { dryRun: false }));
  });
});
