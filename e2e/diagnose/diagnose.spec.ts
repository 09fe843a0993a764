import { readFileSync } from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { storageStateFor } from "../support/roles";

/** The verdict's heading, whatever it says. */
const verdict = (page: Page) => page.getByRole("heading", { level: 2, name: /^(Blocked at|No blocking cause found|No Cloud PC)/ });

async function contosoId(page: Page): Promise<string> {
  const { items } = await (await page.request.get("/api/tenants")).json();
  return items.find((tenant: { displayName: string }) => tenant.displayName === "Contoso").id;
}

test.describe("as helpdesk", () => {
  test.use({ storageState: storageStateFor("helpdesk"), permissions: ["clipboard-read", "clipboard-write"] });

  test("a help-desk agent diagnoses a stuck guest, tries another client, answers a question and exports the ticket", async ({ page, baseURL }) => {
    await page.goto("/diagnose");
    await page.context().addCookies([{ name: "sightline-tenant", value: await contosoId(page), url: baseURL! }]);
    await page.reload();

    const search = page.getByRole("combobox", { name: "Find the user" });
    await search.fill("sofia");
    // Picked with the keyboard: the first match is active, Enter takes it.
    await expect(page.getByRole("option", { name: /Sofia Marin/ })).toHaveAttribute("aria-selected", "true");
    await search.press("Enter");
    await expect(page.getByText("External identity", { exact: true })).toBeVisible();
    await page.getByRole("radio", { name: /A guest \(external\) user cannot sign in/ }).check();

    // Her recorded Windows App lacks the B2B registry key.
    await expect(verdict(page)).toContainText("Blocked at cloud service authentication: EXT-006");
    await expect(page.getByRole("heading", { name: "Fix, in order" })).toBeVisible();
    await expect(page.getByText(/EnableIdSignInUx \/t REG_DWORD/)).toBeVisible();

    // What if she used the web browser? The key does not matter there, but whether her device reaches the URLs is not known.
    await page.getByRole("combobox", { name: "Client" }).selectOption({ label: "Windows App in a web browser" });
    await expect(verdict(page)).toHaveText("No blocking cause found");
    const reachQuestion = page.getByRole("group", { name: /reach the Remote Desktop client URLs/ });
    await expect(reachQuestion).toBeVisible();

    await reachQuestion.getByText("No", { exact: true }).click();
    await expect(verdict(page)).toContainText("AUTH-006");
    await expect(reachQuestion.getByRole("radio", { name: "No" })).toBeChecked();
    await reachQuestion.getByText("Yes", { exact: true }).click();
    await expect(verdict(page)).toHaveText("No blocking cause found");
    await expect(page.getByRole("heading", { name: "Questions answered" })).toBeVisible();

    // Back to the blocked answer for the ticket.
    await reachQuestion.getByText("No", { exact: true }).click();
    await expect(verdict(page)).toContainText("AUTH-006");

    await page.getByLabel("Hide the user's name and UPN").check();
    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied the diagnosis as Markdown" })).toBeVisible();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain("## Sign-in diagnosis: [user]");
    expect(markdown).toContain("AUTH-006");
    expect(markdown).toContain("- **Diagnosed by:** ");
    expect(markdown).toContain("helpdesk@sightline.test");
    expect(markdown).toContain("- **Tenant data:** Contoso, updated ");
    expect(markdown.toLowerCase()).not.toContain("sofia");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const file = readFileSync(await (await download).path(), "utf8");
    expect(file.split("\r\n")[0]).toContain("Diagnosis,Diagnosed at (UTC),Diagnosed by");
    expect(file).toContain("Root cause");
    expect(file).toContain("AUTH-006");
    expect(file.toLowerCase()).not.toContain("sofia");

    // Every diagnosis above is in the user's history, newest first.
    const history = page.locator("section").filter({ has: page.getByRole("heading", { name: "Earlier diagnoses of this user" }) });
    await expect(history.getByText("Blocked: AUTH-006").first()).toBeVisible();
    await expect(history.getByText("Blocked: EXT-006")).toBeVisible();

    // The user's own page shows the same history and leads back to a diagnosis of her.
    const userId = new URL(page.url()).searchParams.get("user");
    expect(userId).toBeTruthy();
    await page.goto(`/go/user/${userId}`);
    const onUserPage = page.locator("section").filter({ has: page.getByRole("heading", { name: "Help-desk diagnoses" }) });
    await expect(onUserPage.getByText("Blocked: AUTH-006").first()).toBeVisible();
    await onUserPage.getByRole("link", { name: "Diagnose this user" }).click();
    await expect(page.getByText("External identity", { exact: true })).toBeVisible();
    await expect(page.getByText(/Sofia Marin/).first()).toBeVisible();
  });
});

test.describe("as viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("a viewer is refused the diagnosis, on the page and at its route", async ({ page }) => {
    await page.goto("/diagnose");
    await expect(page.getByRole("heading", { name: "Your role does not open this page" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Find the user" })).toHaveCount(0);
    const response = await page.request.post("/api/diagnosis", { data: { tenantId: "x", userId: "y", symptom: "cannotConnect" } });
    expect(response.status()).toBe(403);
  });
});
