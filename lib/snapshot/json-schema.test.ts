import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderSnapshotJsonSchema, snapshotJsonSchema } from "./json-schema";

describe("docs/snapshot.schema.json", () => {
  it("equals the schema generated from the zod schema (run scripts/write-snapshot-schema.ts after changing it)", () => {
    const committed = readFileSync(path.resolve(__dirname, "../../docs/snapshot.schema.json"), "utf8");
    expect(committed).toBe(renderSnapshotJsonSchema());
  });

  it("describes the input: sections with defaults are optional, the tenant is required", () => {
    const schema = snapshotJsonSchema() as { required?: string[] };
    expect(schema.required).toEqual(["snapshotVersion", "tenant"]);
  });
});
