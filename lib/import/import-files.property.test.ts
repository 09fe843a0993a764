import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";
import { importFiles } from "./import-files";
import { graphFixture, graphFixtureNames } from "./testing/fixtures";
import { expectClearIssue } from "./testing/hostile-input";
import { hostileUpload, uploadOf } from "./testing/hostile-upload";
import { createTenant } from "./testing/tenants";

const actor = { email: "admin@sightline.test", role: "admin" };

let tenantId: string;
beforeAll(async () => {
  tenantId = await createTenant("Hostile uploads", { users: [{ id: "u-1", userPrincipalName: "kept@contoso.com" }] });
  // The tenant holds data, so "unchanged" means something.
  const seeded = await importFiles(tenantId, graphFixtureNames.map(graphFixture), actor, { dryRun: false });
  if (!seeded.ok) throw new Error("seeding the tenant failed");
});

describe("importFiles, given hostile uploads", () => {
  it("previews without writing, and commits whole or answers clear issues and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileUpload, async (drawn) => {
        const files = await uploadOf(drawn);
        const names = files.map((f) => f.name);
        const before = await databaseState();
        const preview = await importFiles(tenantId, files, actor, { dryRun: true });
        expect(await databaseState()).toEqual(before);

        const result = await importFiles(tenantId, files, actor, { dryRun: false });
        expect(result.ok).toBe(preview.ok);
        if (result.ok) {
          expect(result.committed).toBe(true);
          return;
        }
        expect(result.message).toMatch(/^Nothing was imported: \d+ problems? in the files\. The tenant is unchanged\.$/);
        expect(result.issues.length).toBeGreaterThan(0);
        expect(result.issueCount).toBeGreaterThanOrEqual(result.issues.length);
        for (const issue of result.issues) expectClearIssue(issue, names);
        expect(await databaseState()).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });
});
