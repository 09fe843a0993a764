import { describe, expect, it } from "vitest";
import { databaseKind, db, Prisma } from "@/lib/db";
import { stalledUsersSql } from "./overview";

async function plan(sql: Prisma.Sql): Promise<string> {
  const rows = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${sql}`);
  return rows.map((r) => r.detail).join("\n");
}

// On a 100k Cloud PC tenant a plan that reads finding rows instead of the covering index costs
// 150-300 ms per overview request.
describe.skipIf(databaseKind !== "sqlite")("overview aggregates' query plans (SQLite)", () => {
  it("counts the people stuck at sign-in from the covering index alone", async () => {
    const { total, byRule } = stalledUsersSql("tenant");
    expect(await plan(total)).toMatch(/USING COVERING INDEX Finding_tenantId_status_verdict_ruleId_stalls_relatedUserId_idx/);
    expect(await plan(byRule)).toMatch(/USING COVERING INDEX Finding_tenantId_status_verdict_ruleId_stalls_relatedUserId_idx/);
  });
});
