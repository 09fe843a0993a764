import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { statements } from "./sql";

async function plan(sql: string, params: unknown[]): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
  return rows.map((r) => r.detail).join("\n");
}

// Each per-row write must find its row by primary key: a plan driven by a tenantId index would scan the
// tenant's findings once per written row (quadratic on a large tenant).
describe("evaluation writes' query plans", () => {
  it("updates a finding by primary key", async () => {
    const detail = await plan(statements.updateFindings, [...Array(13).fill(null), "id", "tenant"]);
    expect(detail).toMatch(/SEARCH Finding USING INDEX sqlite_autoindex_Finding_1 \(id=\?\)/);
  });

  it("resolves a finding by primary key", async () => {
    const detail = await plan(statements.resolveFindings, ["2026-01-01T00:00:00.000+00:00", "id", "tenant"]);
    expect(detail).toMatch(/SEARCH Finding USING INDEX sqlite_autoindex_Finding_1 \(id=\?\)/);
  });

  it("stamps the unchanged findings through an index on the tenant's statuses", async () => {
    const detail = await plan(statements.markSeen, ["run", "2026-01-01T00:00:00.000+00:00", "tenant", "run"]);
    expect(detail).toMatch(/SEARCH Finding USING (COVERING )?INDEX Finding_tenantId_status_\w+ \(tenantId=\? AND status=\?\)/);
  });
});
