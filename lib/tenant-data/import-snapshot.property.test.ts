import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { deepNesting, jsonText, mutatedText, replacedValue } from "@/lib/import/testing/hostile-input";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { buildContosoSnapshot } from "@/prisma/demo";
import { importTenantSnapshot } from "./import-snapshot";
import { saveTenantSnapshot } from "./save-snapshot";
import { databaseState } from "./testing/database-checksum";

const actor = { email: "admin@sightline.test", role: "admin" };

/** A few of each section of the demo tenant: small enough to mutate quickly, whole enough to be valid. */
function smallSnapshot(): TenantSnapshot {
  const demo = TenantSnapshot.parse(buildContosoSnapshot());
  const few = <T>(list: T[]) => list.slice(0, 2);
  return TenantSnapshot.parse({
    ...demo,
    tenant: { ...demo.tenant, displayName: "Hostile snapshots" },
    domains: few(demo.domains),
    users: few(demo.users),
    cloudPCs: few(demo.cloudPCs),
    provisioningPolicies: few(demo.provisioningPolicies),
    onPremisesConnections: few(demo.onPremisesConnections),
    conditionalAccessPolicies: few(demo.conditionalAccessPolicies),
    groups: few(demo.groups),
    configurationAssignments: [],
    clients: [],
    agentIdentities: [],
    agentPools: [],
    agentSessions: [],
  });
}

const valid = JSON.stringify(smallSnapshot());

beforeAll(async () => {
  // The tenant a valid snapshot replaces exists and holds data, so "unchanged" means something.
  await saveTenantSnapshot(smallSnapshot(), { mode: "replace" });
});

describe("importTenantSnapshot, given hostile documents", () => {
  it("replaces the tenant whole, or answers what is wrong by JSON path and writes nothing", async () => {
    const deepUser = deepNesting.map((deep) => valid.replace('"users":[{', `"users":[{"extra":${deep},`));
    const text = fc.oneof(replacedValue(valid), mutatedText(valid), jsonText, deepUser);
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const before = await databaseState();
        const result = await importTenantSnapshot(input, actor);
        if (result.ok) return;
        expect(result.message.trim()).not.toBe("");
        expect(result.message).not.toMatch(/\bundefined\b|\[object Object\]/);
        for (const issue of result.issues) {
          expect(issue.path).toMatch(/^\$/);
          expect(issue.message.trim()).not.toBe("");
        }
        expect(await databaseState()).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });

  it("refuses a user with a property nested 100,000 deep by its path, where the save would run out of stack", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const before = await databaseState();
    const result = await importTenantSnapshot(valid.replace('"users":[{', `"users":[{"extra":${deep},`), actor);
    expect(result).toMatchObject({ ok: false, issues: [{ path: expect.stringMatching(/^\$\.users\[0\]\.extra(\[0\])+$/), message: "the document nests deeper than 64 levels" }] });
    expect(await databaseState()).toEqual(before);
  });
});
