import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { mergeImport } from "./merge";
import { readUploadedFiles } from "./read-files";
import { graphFixture, graphFixtureNames } from "./testing/fixtures";
import { templateShapedCsv } from "./testing/hostile-csv";
import { expectClearIssue, replacedValue } from "./testing/hostile-input";
import type { UploadFile } from "./upload-file";

const fixtures = graphFixtureNames.map((name) => graphFixture(name));
const empty = TenantSnapshot.parse({ snapshotVersion: 1, tenant: { displayName: "Merge", cloud: "commercial", edition: "enterprise" } });

/** The tenant as the fixtures make it: what a hostile file is merged onto. */
async function storedTenant(): Promise<TenantSnapshot> {
  const read = await readUploadedFiles(fixtures);
  const merged = mergeImport(empty, read.graph, read.csv);
  if (merged.issues.length > 0) throw new Error("the fixtures do not merge");
  return merged.merged;
}

/** Files that read as Graph or CSV but hold wrong-typed values, strangers' properties and hostile cells. */
const wrongValues: fc.Arbitrary<UploadFile[]> = fc.array(
  fc.oneof(
    fc.constantFrom(...fixtures).chain((f) => replacedValue(f.bytes.toString("utf8")).map((text): UploadFile => ({ name: f.name, bytes: Buffer.from(text), hint: f.hint }))),
    templateShapedCsv.map((text): UploadFile => ({ name: "rows.csv", bytes: Buffer.from(text) })),
  ),
  { minLength: 1, maxLength: 3 },
);

describe("mergeImport, given files that read but hold wrong values", () => {
  it("answers a tenant the snapshot schema accepts, or clear issues at the place in the file", async () => {
    const current = await storedTenant();
    await fc.assert(
      fc.asyncProperty(wrongValues, async (files) => {
        const read = await readUploadedFiles(files);
        if (read.issues.length > 0) return;
        const merged = mergeImport(current, read.graph, read.csv);
        for (const issue of merged.issues) expectClearIssue(issue, files.map((f) => f.name));
        if (merged.issues.length === 0) expect(TenantSnapshot.safeParse(merged.merged).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("says a property is missing, and only for an entity's own property that a new entity needs it", async () => {
    const files: UploadFile[] = [
      { name: "users.json", bytes: Buffer.from('{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users","value":[{"id":"u-new"}]}') },
      { name: "windows-cloud-login.json", bytes: Buffer.from('{"@odata.type":"#microsoft.graph.remoteDesktopSecurityConfiguration","id":"r-1","isRemoteDesktopProtocolEnabled":true,"targetDeviceGroups":[{}]}') },
      { name: "policy.json", bytes: Buffer.from('{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#deviceManagement/virtualEndpoint/provisioningPolicies","value":[{"id":"p-1","displayName":"P","assignments":[{"target":{"groupId":5}}]}]}') },
    ];
    const read = await readUploadedFiles(files);
    // In section order: users, then provisioning policies, then remote desktop configurations.
    expect(mergeImport(empty, read.graph, read.csv).issues).toEqual([
      { file: "users.json", location: "$.value[0].userPrincipalName", message: "this property is missing, and a new entity needs it" },
      { file: "policy.json", location: "$.value[0].assignments[0].target.groupId", message: expect.stringMatching(/expected string, received number/) },
      { file: "windows-cloud-login.json", location: "$.targetDeviceGroups[0].id", message: "this property is missing" },
    ]);
  });
});
