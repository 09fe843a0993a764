import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { test, expect, type Page } from "@playwright/test";
import { storageStateFor } from "../support/roles";

/** Clicks a report's download button and parses the file it gives with csv-parse. */
async function download(page: Page, report: string): Promise<{ text: string; records: Record<string, string>[] }> {
  const card = page.getByRole("region", { name: report });
  const [file] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: `Download ${report} CSV` }).click()]);
  const text = readFileSync((await file.path())!, "utf8");
  return { text, records: parse(text, { columns: true, bom: true }) as Record<string, string>[] };
}

test.describe("as viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("a viewer downloads the Cloud PC report, filtered as on the Cloud PCs page, and it parses to the rows on screen", async ({ page }) => {
    const screen = (await (await page.request.get("/api/inventory/cloud-pcs?joinType=azureADJoin&pageSize=100")).json()) as { items: { graphId: string }[]; total: number };
    expect(screen.total).toBeGreaterThan(0);
    await page.goto("/reports");
    const card = page.getByRole("region", { name: "Cloud PC inventory with posture" });
    await card.getByLabel("Join type").selectOption("azureADJoin");
    const { text, records } = await download(page, "Cloud PC inventory with posture");
    expect(text.split("\r\n")[0]).toMatch(/^id,displayName,userPrincipalName,joinType,/);
    expect(records.map((r) => r.id)).toEqual(screen.items.map((pc) => pc.graphId));
    expect(new Set(records.map((r) => r.joinType))).toEqual(new Set(["azureADJoin"]));
  });

  test("a viewer downloads a matrix and the findings, and is not offered the audit log", async ({ page }) => {
    await page.goto("/reports");
    const matrix = await download(page, "Capability matrix: identity type × join type");
    expect(matrix.records).toHaveLength(8);
    expect(matrix.records.find((r) => r.identityType === "cloudOnly" && r.joinType === "hybridAzureADJoin")).toMatchObject({ supported: "false" });
    const findings = await download(page, "Findings");
    expect(Object.keys(findings.records[0] ?? { ruleId: "" })).toContain("ruleId");
    await expect(page.getByRole("region", { name: "Audit log" })).toHaveCount(0);
    expect((await page.request.get("/api/reports/audit-log")).status()).toBe(403);
  });
});

test.describe("as admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an admin downloads the audit log for Excel, with the byte order mark, newest first", async ({ page }) => {
    await page.goto("/reports");
    const card = page.getByRole("region", { name: "Audit log" });
    await card.getByLabel("For Excel (UTF-8 byte order mark)").check();
    const { text, records } = await download(page, "Audit log");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(records.length).toBeGreaterThan(0);
    const times = records.map((r) => r.at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
