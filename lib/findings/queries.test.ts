import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTenant } from "@/lib/evaluation/test-fixtures";
import { FindingListParams } from "@/lib/validations/findings";
import { listFindings } from "./queries";

async function finding(tenantId: string, n: number, severity: string, over: Partial<{ status: string; stalls: boolean }> = {}) {
  await db.finding.create({
    data: {
      tenantId, ruleId: "JOIN-003", entityType: "cloudPc", entityId: `pc-${n}`, entityName: `CPC-${String(n).padStart(2, "0")}`, severity,
      stalls: over.stalls ?? false, phase: "remoteSession", verdict: "fail", status: over.status ?? "open", evidenceJson: "[]",
    },
  });
}

describe("listFindings", () => {
  let tenantId = "";
  beforeAll(async () => {
    tenantId = await createTenant();
    for (let n = 0; n < 3; n++) await finding(tenantId, n, "low");
    for (let n = 3; n < 7; n++) await finding(tenantId, n, "critical", { stalls: n % 2 === 0 });
    await finding(tenantId, 7, "high");
    await finding(tenantId, 8, "high", { status: "resolved" });
  });

  it("counts the listed findings and orders them by severity, stalls first, then name", async () => {
    const { items, total } = await listFindings(tenantId, FindingListParams.parse({ pageSize: "10" }));
    expect(total).toBe(8);
    expect(items.map((f) => f.entityName)).toEqual(["CPC-04", "CPC-06", "CPC-03", "CPC-05", "CPC-07", "CPC-00", "CPC-01", "CPC-02"]);
  });

  it("cuts pages across severity bands", async () => {
    const second = await listFindings(tenantId, FindingListParams.parse({ pageSize: "10", page: "1", severity: "critical" }));
    expect(second.total).toBe(4);
    const page = await listFindings(tenantId, { ...FindingListParams.parse({ pageSize: "10" }), pageSize: 3, page: 2 });
    expect(page.total).toBe(8);
    expect(page.items.map((f) => f.entityName)).toEqual(["CPC-05", "CPC-07", "CPC-00"]);
  });
});
