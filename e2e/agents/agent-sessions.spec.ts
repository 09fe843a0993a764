import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "../support/roles";
import { contoso, cleanSessionLog } from "./fixtures";

/** Runs an evaluation from the agents page when its findings are missing or older than the data. */
async function evaluateFromAgentsPage(page: Page): Promise<void> {
  await page.goto("/agents");
  const notice = page.getByRole("note");
  if ((await notice.count()) > 0) {
    await notice.getByRole("button", { name: "Run evaluation" }).click();
  }
  // When the run finishes the page refreshes: the notice gives way to the evaluation it now shows.
  await expect(page.getByText(/Violations are the agent rules' findings from the evaluation of/)).toBeVisible({ timeout: 60_000 });
}

const eventCard = (page: Page, name: RegExp) => page.getByRole("list", { name: "Session events in time order" }).getByRole("article", { name });

test.describe("as help desk", () => {
  test.use({ storageState: storageStateFor("helpdesk") });

  test("help desk evaluates, filters sessions by the token replay rule and sees the violation on the replayed token's event", async ({ page }, testInfo) => {
    await evaluateFromAgentsPage(page);
    await page.getByRole("combobox", { name: "Violation" }).selectOption("AGT-002");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/violation=AGT-002/);
    const rows = page.getByRole("table", { name: "Agent sessions" }).getByRole("row");
    await expect(rows).toHaveCount(2);
    await rows.nth(1).getByRole("link", { name: /2025-11-19 23:40 UTC/ }).click();

    await expect(page.getByRole("heading", { level: 1, name: /Researcher \(Computer Use\)/ })).toBeVisible();
    const presented = eventCard(page, /Token presented/);
    await expect(presented).toHaveCount(2);
    // The presentation from the bound Cloud PC is clean; the one from the laptop outside the pool is the replay.
    await expect(presented.nth(0)).not.toContainText("AGT-002");
    await expect(presented.nth(1)).toContainText("Evidence of violation AGT-002 · Critical");
    await expect(presented.nth(1)).toContainText(contoso.replayDeviceId);
    await expect(presented.nth(1)).toContainText("Token presented from device: " + contoso.replayDeviceId);
    await expect(eventCard(page, /Token issued/)).toContainText("Token bound to device: CPCA-6HG3N");
    await expect(eventCard(page, /Task completed/)).not.toContainText("AGT-");

    await page.screenshot({ path: testInfo.outputPath("replay-timeline.png"), fullPage: true });
  });

  test("help desk sees a risk signal with no revocation marked, and the revoked one clean", async ({ page }) => {
    await evaluateFromAgentsPage(page);
    await page.goto(`/agents/sessions/${contoso.sessions.riskIgnored}`);
    await expect(eventCard(page, /Risk or device signal changed/)).toContainText("Evidence of violation AGT-004 · High");
    await page.goto(`/agents/sessions/${contoso.sessions.riskRevoked}`);
    await expect(eventCard(page, /Access revoked/)).toBeVisible();
    await expect(page.getByText("No agent rule found a violation in this session at the latest evaluation.")).toBeVisible();
  });

  test("help desk opens a missed reset: the violation concerns the whole session and links the Cloud PC's previous session", async ({ page }) => {
    await evaluateFromAgentsPage(page);
    await page.goto(`/agents/sessions/${contoso.sessions.missedReset}`);
    const verdicts = page.locator("section").filter({ has: page.getByRole("heading", { name: "Agent rule verdicts" }) });
    await expect(verdicts).toContainText("AGT-001");
    await expect(verdicts).toContainText("About the session as a whole");
    await expect(page.getByText("Violations about the whole session")).toBeVisible();
    await page.getByRole("link", { name: /Invoice Reconciliation Agent, 2025-11-20 00:00 UTC/ }).click();
    await expect(page).toHaveURL(new RegExp(contoso.sessions.leftDirty));
  });

  test("help desk opens a pool and sees each Cloud PC's state, last reset and sessions served", async ({ page }) => {
    await page.goto("/agents");
    await page.getByRole("link", { name: /Finance Agents - US/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Finance Agents - US" })).toBeVisible();
    const table = page.getByRole("table", { name: "Cloud PCs of Finance Agents - US" });
    await expect(table.getByRole("row")).toHaveCount(6);
    await expect(table.getByRole("row", { name: /CPCA-2REHQ/ })).toContainText("In use");
    await table.getByRole("link", { name: /sessions served by CPCA-2REHQ/ }).click();
    await expect(page).toHaveURL(/cloudPc=/);
    await expect(page.getByRole("table", { name: "Agent sessions" }).getByRole("row")).toHaveCount(4);
  });
});

test.describe("as admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an admin uploads an event log, sees the preview, imports it, and a file with a bad line changes nothing", async ({ page }) => {
    await page.goto("/agents");
    const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Import agent session events" }) });
    await card.getByLabel("Event log (.jsonl)").setInputFiles({ name: "bad.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(`${cleanSessionLog.split("\n")[0]}\n{"sessionId":`) });
    await card.getByRole("button", { name: "Preview import" }).click();
    await expect(card.getByRole("alert")).toContainText("Line 2: not valid JSON");

    await card.getByLabel("Event log (.jsonl)").setInputFiles({ name: "clean.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(cleanSessionLog) });
    await card.getByRole("button", { name: "Preview import" }).click();
    await expect(card.getByText("Preview: nothing has been written yet")).toBeVisible();
    await expect(card.getByRole("row", { name: /Agent session events/ })).toContainText("7");
    await expect(page.getByRole("table", { name: "Agent sessions" })).not.toContainText("2025-11-20 10:00 UTC");

    await card.getByRole("button", { name: "Import these changes" }).click();
    await expect(card.getByText(`Imported into Contoso`)).toBeVisible();
    await expect(page.getByRole("table", { name: "Agent sessions" })).toContainText("2025-11-20 10:00 UTC");

    // The same file again: nothing to import.
    await card.getByRole("button", { name: "Preview import" }).click();
    await expect(card.getByText("Everything in this file is already in Sightline")).toBeVisible();
  });
});

test.describe("as viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("a viewer downloads the sessions as CSV but has no import card, and the import route refuses them", async ({ page }) => {
    await page.goto("/agents?pool=" + contoso.financePoolId);
    await expect(page.getByRole("heading", { name: "Import agent session events" })).toHaveCount(0);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download sessions as CSV" }).click();
    const file = await (await download).path();
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync(file, "utf8").trim().split("\r\n");
    expect(lines[0]).toBe("sessionId,startedAt,endedAt,agentId,agentName,poolId,poolName,cloudPcId,cloudPcName,authMode,outcome,credentialsRemainedAfterEnd,eventCount,violations,unknowns");
    // The demo's Finance pool holds 11 sessions (12 once the admin's import above has run).
    expect(lines.length - 1).toBeGreaterThanOrEqual(11);
    expect(lines.slice(1).every((line) => line.includes("Finance Agents - US"))).toBe(true);

    const refused = await page.request.post("/api/agents/import?tenantId=x&dryRun=0", { data: cleanSessionLog });
    expect(refused.status()).toBe(403);
  });
});
