import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import { csvStream } from "@/lib/csv/stream";
import { createTenant, testActor } from "@/lib/evaluation/test-fixtures";
import { FindingListParams } from "@/lib/validations/findings";
import { acceptFindings } from "./exceptions";
import { findingColumns, findingRowsForExport } from "./export";

const now = new Date("2026-02-01T10:00:00Z");

async function finding(tenantId: string, n: number, severity = "high", status = "open") {
  const row = await db.finding.create({
    data: {
      tenantId, ruleId: "JOIN-003", entityType: "cloudPc", entityId: `pc-${n}`, entityName: `CPC-${n}`, severity, stalls: true,
      phase: "remoteSession", verdict: "fail", status, evidenceJson: JSON.stringify([{ label: "Join type", value: "hybridAzureADJoin" }]),
      firstSeenAt: now, lastSeenAt: now,
    },
    select: { id: true },
  });
  return row.id;
}

async function exported(tenantId: string, query: Record<string, string> = {}) {
  const text = await new Response(csvStream({ columns: findingColumns, rows: findingRowsForExport(tenantId, FindingListParams.parse(query)) })).text();
  return parse(text, { columns: true }) as Record<string, string>[];
}

describe("findings CSV export", () => {
  let tenantId = "";
  beforeAll(async () => {
    tenantId = await createTenant();
    // More than one batch (500 rows), so the keyset paging is crossed.
    for (let n = 0; n < 520; n++) await finding(tenantId, n, n % 10 === 0 ? "critical" : "high");
    await finding(tenantId, 999, "high", "resolved");
    const other = await createTenant();
    await finding(other, 1);
  });

  it("exports every listed finding of the tenant once, with its evidence and no other tenant's", async () => {
    const rows = await exported(tenantId);
    expect(rows).toHaveLength(520);
    expect(new Set(rows.map((r) => r.entityId)).size).toBe(520);
    expect(rows[0]).toMatchObject({ ruleId: "JOIN-003", stallsSignIn: "true", status: "open", evidence: "Join type: hybridAzureADJoin", firstSeenAt: now.toISOString(), acceptedOwner: "" });
  });

  it("applies the findings page's filters", async () => {
    expect(await exported(tenantId, { severity: "critical" })).toHaveLength(52);
    expect((await exported(tenantId, { status: "resolved" })).map((r) => r.entityId)).toEqual(["pc-999"]);
  });

  it("names the exception in force for accepted findings", async () => {
    const id = (await db.finding.findFirstOrThrow({ where: { tenantId, entityId: "pc-7" }, select: { id: true } })).id;
    const until = new Date("2026-06-01T00:00:00Z");
    await acceptFindings({ tenantId, findingIds: [id], reason: "Migration planned", owner: "IT ops", expiresAt: until, actor: testActor, now });
    const row = (await exported(tenantId)).find((r) => r.entityId === "pc-7");
    expect(row).toMatchObject({ status: "accepted", acceptedOwner: "IT ops", acceptedReason: "Migration planned", acceptedUntil: until.toISOString() });
  });
});
