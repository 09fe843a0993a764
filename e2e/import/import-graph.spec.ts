import { readFileSync } from "node:fs";
import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import { storageStateFor } from "../support/roles";

// Playwright runs from the repository root (as the other specs read docs/example-snapshot.json).
const fixtures = path.join("lib", "import", "testing", "fixtures", "graph");
const fixture = (name: string) => ({ name, mimeType: "application/json", buffer: readFileSync(path.join(fixtures, name)) });
const tenantName = "Woodgrove Import";

/** A tenant of this spec's own, so importing into it changes nothing other specs look at. */
async function selectOwnTenant(page: Page) {
  const tenants = (await (await page.request.get("/api/tenants")).json()) as { items: { displayName: string }[] };
  if (!tenants.items.some((t) => t.displayName === tenantName)) {
    const snapshot = { snapshotVersion: 1, tenant: { displayName: tenantName, cloud: "commercial", edition: "enterprise" } };
    const created = await page.request.post("/api/snapshots", { data: JSON.stringify(snapshot), headers: { "content-type": "application/json" } });
    expect(created.ok()).toBe(true);
  }
  await page.goto("/import");
  await page.getByLabel("Tenant").selectOption({ label: `${tenantName} (enterprise)` });
  await expect(page.getByRole("heading", { name: `Import into ${tenantName}` })).toBeVisible();
  await page.goto("/import");
}

type Files = Parameters<Page["setInputFiles"]>[1];

/** Chooses files once the form is hydrated (a file chosen before that is not seen by React). */
async function chooseFiles(page: Page, files: Files) {
  await expect(async () => {
    await page.getByLabel(`Files to import into ${tenantName}`).setInputFiles(files);
    await expect(page.getByRole("list", { name: "Chosen files" })).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

test.describe("as admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an admin uploads Graph exports, names the service principal, sees the preview, commits, and finds the data", async ({ page }) => {
    await selectOwnTenant(page);
    await chooseFiles(page, [
      fixture("users-constructed.json"),
      fixture("cloudpcs-v1-list.json"),
      fixture("provisioning-policy-v1-expand-assignments.json"),
      fixture("remote-desktop-security-configuration.json"),
    ]);
    await page.getByRole("button", { name: "Preview import" }).click();

    // The remote desktop configuration does not say whose it is: the admin is asked.
    const refusal = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
    await expect(refusal).toContainText("remote-desktop-security-configuration.json");
    await expect(refusal).toContainText("Windows Cloud Login");
    await page.getByLabel("Service principal").selectOption({ label: "Windows Cloud Login" });
    await page.getByRole("button", { name: "Preview import" }).click();

    const preview = page.getByRole("region", { name: "Import preview" });
    await expect(preview.getByRole("heading", { name: "Preview: nothing has been written yet" })).toBeVisible();
    await expect(preview.getByRole("row", { name: /^Users 4 0 0 0$/ })).toBeVisible();
    await expect(preview.getByRole("row", { name: /^Cloud PCs 1 0 0 0$/ })).toBeVisible();
    await expect(preview.getByText("carol_fabrikam.com#EXT#@contoso.onmicrosoft.com")).toBeVisible();

    await preview.getByRole("button", { name: "Import these changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Imported into ${tenantName}` })).toContainText("Users 4 new");
    await expect(page.getByText("Evaluate the imported data now?")).toBeVisible();
    await expect(page.getByRole("button", { name: "Run evaluation" })).toBeVisible();

    await page.goto("/users?q=alice");
    await expect(page.getByRole("table").getByRole("link", { name: "alice@contoso.com" })).toBeVisible();
    await page.goto("/cloud-pcs?q=Demo-1");
    await expect(page.getByRole("table").getByRole("link", { name: "Demo-1" })).toBeVisible();

    // The same files again: the preview finds nothing to change.
    await page.goto("/import");
    await chooseFiles(page, [fixture("users-constructed.json"), fixture("cloudpcs-v1-list.json")]);
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByRole("button", { name: "Nothing to change" })).toBeDisabled();
  });

  test("a bad file is refused with its name and where it breaks, and nothing is imported", async ({ page }) => {
    await selectOwnTenant(page);
    const before = await (await page.request.get("/api/inventory/cloud-pcs?pageSize=100")).json();
    const truncated = readFileSync(path.join(fixtures, "cloudpcs-beta-list-top2.json")).subarray(0, 600);
    await chooseFiles(page, [fixture("users-constructed.json"), { name: "cloudpcs-page-2.json", mimeType: "application/json", buffer: truncated }]);
    await page.getByRole("button", { name: "Preview import" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
    await expect(alert).toContainText("Nothing was imported");
    await expect(alert).toContainText("cloudpcs-page-2.json");
    await expect(alert).toContainText(/line \d+, column \d+/);
    await expect(alert).toContainText("not valid JSON");
    await expect(page.getByRole("button", { name: "Import these changes" })).toHaveCount(0);
    expect(await (await page.request.get("/api/inventory/cloud-pcs?pageSize=100")).json()).toEqual(before);
  });
});

test.describe("as admin, a large export", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an export larger than the proxy's default 10 MB body reaches the preview whole", async ({ page }) => {
    await selectOwnTenant(page);
    const users = Array.from({ length: 30_000 }, (_, i) => ({ id: `bulk-${i}`, userPrincipalName: `bulk${i}@contoso.com`, userType: "Member", displayName: `Bulk user ${i} ${"·".repeat(200)}` }));
    const buffer = Buffer.from(JSON.stringify({ "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", value: users }));
    expect(buffer.length).toBeGreaterThan(12 * 1024 * 1024);
    await chooseFiles(page, [{ name: "all-users.json", mimeType: "application/json", buffer }]);
    await page.getByRole("button", { name: "Preview import" }).click();
    const preview = page.getByRole("region", { name: "Import preview" });
    await expect(preview.getByRole("row", { name: /^Users 30000 0 0 \d+$/ })).toBeVisible({ timeout: 30_000 });
  });
});

test.describe("as helpdesk", () => {
  test.use({ storageState: storageStateFor("helpdesk") });

  test("the help desk cannot open Import, and its upload route refuses them", async ({ page }) => {
    await page.goto("/import");
    await expect(page.getByText("Your role does not open this page")).toBeVisible();
    const response = await page.request.post("/api/import/preview", { multipart: { options: JSON.stringify({ tenantId: "x" }), files: fixture("users-constructed.json") } });
    expect(response.status()).toBe(403);
  });
});
