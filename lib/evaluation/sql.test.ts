import { describe, expect, it } from "vitest";
import { databaseKind, db } from "@/lib/db";
import { updateStatement } from "@/lib/db/sqlite-connection";
import { findingKey, statements } from "./sql";

async function plan(sql: string, params: unknown[]): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
  return rows.map((r) => r.detail).join("\n");
}

// Each per-row write must find its row by primary key: a plan driven by a tenantId index would scan the
// tenant's findings once per written row (quadratic on a large tenant). SQLite runs one statement per row.
describe.skipIf(databaseKind !== "sqlite")("evaluation writes' query plans (SQLite)", () => {
  it("updates a finding by primary key", async () => {
    const columns = ["status", "entityName", "severity", "stalls", "phase", "verdict", "evidenceJson", "missing", "relatedUserId", "relatedCloudPcId", "relatedClientId", "lastSeenRunId", "lastSeenAt", "resolvedAt"];
    const detail = await plan(updateStatement("Finding", columns, { key: findingKey, set: `"version" = "version" + 1` }), [...Array(columns.length).fill(null), "id", "tenant"]);
    expect(detail).toMatch(/SEARCH Finding USING INDEX sqlite_autoindex_Finding_1 \(id=\?\)/);
  });

  it("stamps the unchanged findings through an index on the tenant's statuses", async () => {
    const detail = await plan(statements.markSeen, ["run", "2026-01-01T00:00:00.000+00:00", "tenant", "run"]);
    expect(detail).toMatch(/SEARCH Finding USING (COVERING )?INDEX Finding_tenantId_status_\w+ \(tenantId=\? AND status=\?\)/);
  });
});
