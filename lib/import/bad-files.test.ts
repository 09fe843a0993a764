import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";
import { importFiles, type ImportResult } from "./import-files";
import type { ImportIssue } from "./issues";
import { importLimits } from "./limits";
import { graphFixture, graphFixtureNames } from "./testing/fixtures";
import { createTenant } from "./testing/tenants";
import { buildZip, renameEntry } from "./testing/zips";
import type { UploadFile } from "./upload-file";

const actor = { email: "admin@sightline.test", role: "admin" };
const file = (name: string, content: string | Buffer, hint?: UploadFile["hint"]): UploadFile => ({ name, bytes: Buffer.isBuffer(content) ? content : Buffer.from(content), hint });
const page = (context: string, value: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#${context}`, ...extra, value });

let tenantId: string;
beforeAll(async () => {
  tenantId = await createTenant("Bad files", { users: [{ id: "u-1", userPrincipalName: "kept@contoso.com" }] });
  // The tenant holds data, so "unchanged" means something.
  const seeded = await importFiles(tenantId, graphFixtureNames.map(graphFixture), actor, { dryRun: false });
  if (!seeded.ok) throw new Error("seeding the tenant failed");
});

/** Imports for real (not a preview) and expects a refusal that leaves every table, audit log included, as it was. */
async function refusedWithoutChange(files: UploadFile[]): Promise<ImportIssue[]> {
  const before = await databaseState();
  const result: ImportResult = await importFiles(tenantId, files, actor, { dryRun: false });
  expect(result.ok).toBe(false);
  expect(await databaseState()).toEqual(before);
  if (result.ok) return [];
  expect(result.message).toMatch(/Nothing was imported/);
  return result.issues;
}

describe("files the import refuses, leaving the database untouched", () => {
  it("a truncated JSON response, located at the point it stops", async () => {
    const text = graphFixture("cloudpcs-beta-list-top2.json").bytes.toString().slice(0, 700);
    const issues = await refusedWithoutChange([file("cloudpcs-page-1.json", text)]);
    expect(issues).toHaveLength(1);
    expect(issues[0].file).toBe("cloudpcs-page-1.json");
    expect(issues[0].location).toMatch(/^line \d+, column \d+$/);
    expect(issues[0].message).toMatch(/not valid JSON.*cut short/);
  });

  it("a value of the wrong type, named by its JSON path", async () => {
    const users = [{ id: "u-2", userPrincipalName: "ok@contoso.com" }, { id: "u-3", userPrincipalName: 42 }];
    const issues = await refusedWithoutChange([file("users.json", page("users", users))]);
    expect(issues).toEqual([{ file: "users.json", location: "$.value[1].userPrincipalName", message: expect.stringMatching(/expected string/i) }]);
  });

  it("an object without an id", async () => {
    const issues = await refusedWithoutChange([file("users.json", JSON.stringify([{ userPrincipalName: "no-id@contoso.com", userType: "Member" }]))]);
    expect(issues).toEqual([{ file: "users.json", location: "$[0].id", message: expect.stringMatching(/needs its id/) }]);
  });

  it("a collection Sightline does not import, or cannot tell", async () => {
    const groups = await refusedWithoutChange([file("groups.json", page("groups", [{ id: "g-1", displayName: "Sales" }]))]);
    expect(groups[0]).toMatchObject({ file: "groups.json", message: "Sightline does not import what this response holds (@odata.context groups)" });
    const shapeless = await refusedWithoutChange([file("export.json", JSON.stringify([{ id: "x-1", name: "something" }]))]);
    expect(shapeless[0]).toMatchObject({ file: "export.json", message: expect.stringMatching(/cannot tell which Graph collection.*choose the collection/) });
    const typed = await refusedWithoutChange([file("devices.json", JSON.stringify({ "@odata.type": "#microsoft.graph.device", id: "d-1" }))]);
    expect(typed[0]).toMatchObject({ file: "devices.json", location: "$", message: "Sightline does not import #microsoft.graph.device objects" });
    const mixed = await refusedWithoutChange([file("mixed.json", JSON.stringify([{ id: "u-9", userPrincipalName: "x@contoso.com" }, { id: "d-1", authenticationType: "Managed", isVerified: true }]))]);
    expect(mixed[0]).toMatchObject({ file: "mixed.json", location: "$[1]", message: expect.stringMatching(/one file holds one collection/) });
  });

  it("50 MB of garbage, as binary and as text", async () => {
    const binary = crypto.randomBytes(50 * 1024 * 1024);
    const text = Buffer.from("garbage ".repeat((50 * 1024 * 1024) / 8));
    const issues = await refusedWithoutChange([file("export.json", binary), file("export-2.json", text)]);
    expect(issues).toEqual([
      { file: "export.json", location: expect.stringMatching(/^line \d+, column \d+$/), message: expect.stringMatching(/not UTF-8 text/) },
      { file: "export-2.json", location: "line 1, column 1", message: expect.stringMatching(/not valid JSON: unexpected character/) },
    ]);
  });

  it("an upload larger than the limit, before reading it", async () => {
    const huge = Buffer.alloc(importLimits.maxUploadBytes + 1);
    const issues = await refusedWithoutChange([file("huge.json", huge)]);
    expect(issues[0].message).toMatch(/more than the 100 MB an import takes/);
  });

  it("a zip with an entry outside its folder", async () => {
    const zip = renameEntry(await buildZip([{ name: "aa/evil.json", content: Buffer.from("[]") }, { name: "users.json", content: Buffer.from("[]") }]), "aa/evil.json", "../evil.json");
    const issues = await refusedWithoutChange([file("export.zip", zip)]);
    expect(issues).toEqual([{ file: "export.zip", message: expect.stringMatching(/points outside the zip's folder.*\.\.\/evil\.json/) }]);
  });

  it("a zip bomb, stopped at the expanded-size bound", async () => {
    const zip = await buildZip([{ name: "users.json", content: { zeros: importLimits.maxExpandedBytes + 1024 } }]);
    expect(zip.length).toBeLessThan(2 * 1024 * 1024);
    const issues = await refusedWithoutChange([file("bomb.zip", zip)]);
    expect(issues).toEqual([{ file: "bomb.zip", message: expect.stringMatching(/more than 300 MB once unzipped/) }]);
  });

  it("a zip inside a zip, and a damaged zip", async () => {
    const inner = await buildZip([{ name: "users.json", content: Buffer.from("[]") }]);
    const nested = await refusedWithoutChange([file("outer.zip", await buildZip([{ name: "inner.zip", content: inner }]))]);
    expect(nested[0]).toMatchObject({ file: "outer.zip/inner.zip", message: expect.stringMatching(/zip inside a zip/) });
    const damaged = await refusedWithoutChange([file("cut.zip", inner.subarray(0, inner.length - 10))]);
    expect(damaged[0]).toMatchObject({ file: "cut.zip", message: expect.stringMatching(/not a readable zip/) });
  });

  it("one bad file among good ones refuses them all and lists every problem", async () => {
    const issues = await refusedWithoutChange([
      graphFixture("cloudpcs-v1-list.json"),
      file("broken.json", "{"),
      file("notes.txt", "hello"),
      graphFixture("users-constructed.json"),
    ]);
    expect(issues.map((i) => i.file)).toEqual(["broken.json", "notes.txt"]);
  });

  it("a remote desktop configuration whose service principal nobody named", async () => {
    const bytes = graphFixture("remote-desktop-security-configuration.json").bytes;
    const issues = await refusedWithoutChange([file("remote-desktop-security-configuration.json", bytes)]);
    expect(issues[0].message).toMatch(/choose Microsoft Remote Desktop or Windows Cloud Login.*windows-cloud-login/);
  });

  it("the same object twice with different values, and a hint the response contradicts", async () => {
    const one = page("users", [{ id: "u-5", userPrincipalName: "a@contoso.com" }]);
    const other = page("users", [{ id: "u-5", userPrincipalName: "b@contoso.com" }]);
    const twice = await refusedWithoutChange([file("page-1.json", one), file("page-2.json", other)]);
    expect(twice).toEqual([{ file: "page-2.json", location: "$.value[0]", message: "user u-5 is also at page-1.json ($.value[0]), with different values" }]);
    const hinted = await refusedWithoutChange([file("page-1.json", one, { collection: "cloudPCs" })]);
    expect(hinted[0].message).toMatch(/marked as Cloud PCs, but the response says it holds users/);
  });

  it("a tenant snapshot or a Graph error response given as a Graph export", async () => {
    const snapshot = await refusedWithoutChange([file("backup.json", JSON.stringify({ snapshotVersion: 1, tenant: {} }))]);
    expect(snapshot[0].message).toMatch(/tenant snapshot, not a Graph response/);
    const error = await refusedWithoutChange([file("users.json", JSON.stringify({ error: { code: "Authorization_RequestDenied", message: "Insufficient privileges" } }))]);
    expect(error[0].message).toMatch(/Graph error response.*Authorization_RequestDenied/);
  });

  it("a commit whose preview no longer matches the tenant", async () => {
    const users = file("users.json", page("users", [{ id: "u-6", userPrincipalName: "new@contoso.com" }]));
    const preview = await importFiles(tenantId, [users], actor, { dryRun: true });
    if (!preview.ok) throw new Error("preview refused");
    const before = await databaseState();
    const stale = await importFiles(tenantId, [users], actor, { dryRun: false, expectedPlanHash: "0".repeat(64) });
    expect(stale).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/changed after the preview/) }] });
    expect(await databaseState()).toEqual(before);
  });
});
