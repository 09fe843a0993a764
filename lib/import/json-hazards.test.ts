import { beforeAll, describe, expect, it } from "vitest";
import { databaseState } from "@/lib/tenant-data/testing/database-checksum";
import { importFiles } from "./import-files";
import { ImportFileError } from "./issues";
import { jsonHazard } from "./json-hazards";
import { parseJson } from "./text";
import { createTenant } from "./testing/tenants";

const actor = { email: "admin@sightline.test", role: "admin" };
const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text) });

let tenantId: string;
beforeAll(async () => {
  tenantId = await createTenant("JSON hazards", { users: [{ id: "u-1", userPrincipalName: "kept@contoso.com" }] });
});

describe("jsonHazard", () => {
  it("names the path of the first container past the depth, and of a __proto__ property", () => {
    expect(jsonHazard({ a: [[{}]] }, 3)).toEqual({ path: "$.a[0][0]", message: "the document nests deeper than 3 levels" });
    expect(jsonHazard({ a: [[1]] }, 3)).toBeNull();
    expect(jsonHazard(JSON.parse('{"value":[{"id":"u","__proto__":{}}]}'), 64)).toEqual({ path: "$.value[0].__proto__", message: "a property named __proto__ is not accepted" });
    expect(jsonHazard(JSON.parse('{"constructor":{"prototype":{}}}'), 64)).toBeNull();
  });
});

describe("JSON the import refuses before it reaches the merge", () => {
  it("invalid JSON nested 10,000 deep is an issue, not a stack overflow in the error locator", () => {
    expect(() => parseJson("deep.json", "[".repeat(10_000) + "x")).toThrow(ImportFileError);
    expect(() => parseJson("deep.json", "[".repeat(10_000) + "x")).toThrow(/line 1, column 65\): this is not valid JSON, and it nests deeper than 64 levels/);
  });

  it("a valid user with a property nested 100,000 deep is refused, and nothing is written", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const before = await databaseState();
    const result = await importFiles(tenantId, [file("users.json", `[{"id":"u-2","userPrincipalName":"deep@contoso.com","extra":${deep}}]`)], actor, { dryRun: false });
    expect(result).toMatchObject({ ok: false, issues: [{ file: "users.json", location: expect.stringMatching(/^\$\[0\]\.extra(\[0\])+$/), message: expect.stringMatching(/nests deeper than 64 levels/) }] });
    expect(await databaseState()).toEqual(before);
  });

  it("a __proto__ property is refused rather than its contents becoming the user's properties", async () => {
    const before = await databaseState();
    const result = await importFiles(tenantId, [file("users.json", '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users","value":[{"id":"u-3","__proto__":{"userPrincipalName":"smuggled@contoso.com"}}]}')], actor, { dryRun: false });
    expect(result).toMatchObject({ ok: false, issues: [{ file: "users.json", location: "$.value[0].__proto__", message: expect.stringMatching(/__proto__ is not accepted/) }] });
    expect(await databaseState()).toEqual(before);
  });
});
