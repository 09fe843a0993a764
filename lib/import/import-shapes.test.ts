import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadTenantSnapshot } from "@/lib/tenant-data/load-snapshot";
import { cloudPcAppIds } from "@/lib/validations/enums";
import { cloudPcStatusLabels, labelOf } from "@/lib/ui/labels";
import { importFiles, type ImportResult } from "./import-files";
import { graphFixture, graphFixtureNames } from "./testing/fixtures";
import { createTenant } from "./testing/tenants";
import { buildZip } from "./testing/zips";
import type { UploadFile } from "./upload-file";

const actor = { email: "admin@sightline.test", role: "admin" };
const file = (name: string, content: string | Buffer, hint?: UploadFile["hint"]): UploadFile => ({ name, bytes: Buffer.isBuffer(content) ? content : Buffer.from(content), hint });
const context = "https://graph.microsoft.com/v1.0/$metadata#deviceManagement/virtualEndpoint/cloudPCs";
const cloudPc = (n: number, extra: Record<string, unknown> = {}) => ({ id: `pc-${n}`, displayName: `CPC-${n}`, provisioningPolicyId: "p-1", servicePlanName: "Enterprise", ...extra });

function ok(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.issues)}`);
  return result;
}
const counts = (result: ImportResult, type: string) => {
  const entity = ok(result).preview.entities.find((e) => e.type === type)!;
  return { new: entity.new, changed: entity.changed, removed: entity.removed, unchanged: entity.unchanged };
};

describe("the shapes of Graph exports the import takes", () => {
  it("several pages of one collection, as separate files or as a list of pages in one file", async () => {
    const tenantId = await createTenant("Pages");
    const first = JSON.stringify({ "@odata.context": context, "@odata.nextLink": `${context}?$skiptoken=2`, value: [cloudPc(1), cloudPc(2)] });
    const second = JSON.stringify({ "@odata.context": context, value: [cloudPc(3)] });
    const preview = ok(await importFiles(tenantId, [file("cloudpcs-1.json", first), file("cloudpcs-2.json", second)], actor, { dryRun: true }));
    expect(preview.preview.files.map((f) => [f.file, f.collection, f.items, f.detectedBy, f.partial])).toEqual([
      ["cloudpcs-1.json", "cloudPCs", 2, "context", true],
      ["cloudpcs-2.json", "cloudPCs", 1, "context", false],
    ]);
    const pages = `[${first},${second}]`;
    expect(counts(await importFiles(tenantId, [file("all-pages.json", pages)], actor, { dryRun: false }), "cloudPcs")).toEqual({ new: 3, changed: 0, removed: 0, unchanged: 0 });
  });

  it("a zip of exports, folders and Finder clutter included", async () => {
    const tenantId = await createTenant("Zipped");
    const entries = graphFixtureNames.map((name) => ({
      // Inside a zip the service principal is told by the file name (docs/import.md).
      name: `graph-export/${name === "remote-desktop-security-configuration.json" ? "windows-cloud-login-rdp.json" : name}`,
      content: graphFixture(name).bytes,
    }));
    const zip = await buildZip([...entries, { name: "__MACOSX/graph-export/._users.json", content: Buffer.from([0, 5, 22, 7]) }]);
    const result = ok(await importFiles(tenantId, [file("export.zip", zip)], actor, { dryRun: false }));
    expect(result.preview.files).toHaveLength(graphFixtureNames.length);
    expect(result.preview.files.find((f) => f.collection === "remoteDesktopSecurityConfigurations")).toMatchObject({
      file: "export.zip/graph-export/windows-cloud-login-rdp.json",
      servicePrincipalAppId: cloudPcAppIds.windowsCloudLogin,
    });
    expect(await db.cloudPc.count({ where: { tenantId } })).toBe(3);
  });

  it("UTF-16 text as Windows PowerShell writes it, and a UTF-8 byte order mark", async () => {
    const tenantId = await createTenant("Encodings");
    const users = JSON.stringify([{ id: "u-1", userPrincipalName: "zoë@contoso.com", userType: "Member" }]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(users, "utf16le")]);
    ok(await importFiles(tenantId, [file("users.json", utf16)], actor, { dryRun: false }));
    expect((await db.directoryUser.findFirstOrThrow({ where: { tenantId } })).userPrincipalName).toBe("zoë@contoso.com");
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(users)]);
    expect(ok(await importFiles(tenantId, [file("users-again.json", bom)], actor, { dryRun: false })).preview.changes).toBe(false);
  });

  it("keeps a Graph enum value Sightline does not know, and shows it as unknown", async () => {
    const tenantId = await createTenant("Future enums");
    const page = JSON.stringify({ "@odata.context": context, value: [cloudPc(1, { status: "hibernatingForTheWinter", provisioningType: "sharedByMoonPhase" })] });
    ok(await importFiles(tenantId, [file("cloudpcs.json", page)], actor, { dryRun: false }));
    const stored = await db.cloudPc.findFirstOrThrow({ where: { tenantId }, select: { status: true, provisioningType: true } });
    expect(stored).toEqual({ status: "hibernatingForTheWinter", provisioningType: "sharedByMoonPhase" });
    expect(labelOf(cloudPcStatusLabels, stored.status)).toMatch(/Unknown \(hibernatingForTheWinter\)/);
  });

  it("beta provisioning policies with deprecated fields beside their replacements", async () => {
    const tenantId = await createTenant("Beta policy");
    const policy = {
      "@odata.type": "#microsoft.graph.cloudPcProvisioningPolicy",
      id: "1d164206-bf41-4fd2-8424-a3192d39ffff",
      displayName: "Display Name value",
      domainJoinConfiguration: { onPremisesConnectionId: "4e47d0f6-6f77-44f0-8893-c0fe1701ffff", type: "hybridAzureADJoin" },
      domainJoinConfigurations: [{ onPremisesConnectionId: "16ee6c71-fc10-438b-88ac-daa1ccafffff", type: "hybridAzureADJoin" }],
      onPremisesConnectionId: "4e47d0f6-6f77-44f0-8893-c0fe1701ffff",
      windowsSettings: { language: "en-US" },
      windowsSetting: { locale: "en-US" },
      enableSingleSignOn: true,
    };
    ok(await importFiles(tenantId, [file("policy.json", JSON.stringify(policy))], actor, { dryRun: false }));
    expect(await db.provisioningPolicy.findFirstOrThrow({ where: { tenantId }, select: { joinType: true } })).toEqual({ joinType: "hybridAzureADJoin" });
    const stored = (await loadTenantSnapshot(tenantId)).provisioningPolicies[0];
    expect(stored.domainJoinConfiguration).toEqual(policy.domainJoinConfiguration);
    expect(stored.windowsSettings).toEqual(policy.windowsSettings);
  });

  it("removes what a complete collection no longer lists, only when asked", async () => {
    const tenantId = await createTenant("Removal", {
      users: [
        { id: "u-1", userPrincipalName: "stays@contoso.com" },
        { id: "u-2", userPrincipalName: "left@contoso.com" },
      ],
      clients: [{ id: "c-1", userId: "u-2", app: "windowsAppWeb" }],
      cloudPCs: [cloudPc(9)],
    });
    const users = file("users.json", JSON.stringify({ "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", value: [{ id: "u-1", userPrincipalName: "stays@contoso.com" }] }));
    const merged = ok(await importFiles(tenantId, [users], actor, { dryRun: true }));
    expect(merged.preview.completeCollections).toEqual(["users"]);
    expect(counts(merged, "users")).toEqual({ new: 0, changed: 0, removed: 0, unchanged: 2 });

    const removing = ok(await importFiles(tenantId, [users], actor, { dryRun: true, removeMissing: true }));
    expect(counts(removing, "users")).toEqual({ new: 0, changed: 0, removed: 1, unchanged: 1 });
    expect(counts(removing, "clients")).toEqual({ new: 0, changed: 0, removed: 1, unchanged: 0 });
    const committed = ok(await importFiles(tenantId, [users], actor, { dryRun: false, removeMissing: true, expectedPlanHash: removing.preview.planHash }));
    expect(committed.counts!.users.removed).toBe(1);
    expect(committed.counts!.clients.removed).toBe(1);
    expect(committed.counts!.cloudPcs).toMatchObject({ removed: 0, unchanged: 1 });
    expect(await db.directoryUser.findMany({ where: { tenantId }, select: { graphId: true } })).toEqual([{ graphId: "u-1" }]);

    // A page that says more pages follow is never a complete collection.
    const partial = JSON.stringify({ "@odata.context": context, "@odata.nextLink": `${context}?$skiptoken=2`, value: [cloudPc(1)] });
    const result = ok(await importFiles(tenantId, [file("cloudpcs.json", partial)], actor, { dryRun: true, removeMissing: true }));
    expect(result.preview.completeCollections).toEqual([]);
    expect(counts(result, "cloudPcs")).toEqual({ new: 1, changed: 0, removed: 0, unchanged: 1 });
  });
});
