import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { statements } from "./sql";

async function plan(sql: string, params: unknown[]): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
  return rows.map((r) => r.detail).join("\n");
}

// A plan driven by a tenantId index scans the JSON batch once per finding of the tenant: quadratic.
describe("bulk statements' query plans", () => {
  it("updates findings by primary key, one lookup per batch row", async () => {
    const detail = await plan(statements.updateFindings, ["[]", "tenant"]);
    expect(detail).toMatch(/SEARCH Finding USING INDEX sqlite_autoindex_Finding_1 \(id=\?\)/);
    expect(detail).not.toMatch(/tenantId=/);
  });

  it("resolves findings by primary key", async () => {
    const detail = await plan(statements.resolveFindings, ["2026-01-01T00:00:00.000+00:00", "tenant", "[]"]);
    expect(detail).toMatch(/SEARCH Finding USING INDEX sqlite_autoindex_Finding_1 \(id=\?\)/);
  });
});
