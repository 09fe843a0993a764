import { test, expect } from "@playwright/test";
import { storageStateFor } from "../support/roles";
import { readFileSync } from "node:fs";

const snapshot = readFileSync("docs/example-snapshot.json", "utf8");

for (const role of ["helpdesk", "viewer"] as const) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test(`a ${role} sees no import control`, async ({ page }) => {
      await page.goto("/reports");
      await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Download snapshot" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Import snapshot" })).toHaveCount(0);
    });

    test(`a ${role}'s direct POST to the admin-only import route is refused and changes nothing`, async ({ page }) => {
      const before = await (await page.request.get("/api/tenants")).json();
      const response = await page.request.post("/api/snapshots", { data: snapshot, headers: { "content-type": "application/json" } });
      expect(response.status()).toBe(403);
      expect(await response.json()).toMatchObject({ error: "forbidden" });
      const after = await (await page.request.get("/api/tenants")).json();
      expect(after).toEqual(before);
    });
  });
}

test.describe("as viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });
  test("a viewer cannot start an evaluation", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Run evaluation" })).toHaveCount(0);
  });
});

test.describe("as admin", () => {
  test.use({ storageState: storageStateFor("admin") });
  test("an admin imports a snapshot, which adds its tenant, and is offered an evaluation", async ({ page }) => {
    await page.goto("/reports");
    await page.getByLabel("Snapshot file (.json)").setInputFiles({ name: "northwind.json", mimeType: "application/json", buffer: Buffer.from(snapshot) });
    await page.getByRole("button", { name: "Import snapshot" }).click();
    await expect(page.getByRole("status").first()).toContainText("Imported");
    await expect(page.getByText("Evaluate the imported data now?")).toBeVisible();
    const tenants = await (await page.request.get("/api/tenants")).json();
    expect(tenants.items.map((t: { displayName: string }) => t.displayName)).toContain(JSON.parse(snapshot).tenant.displayName);
  });

  test("an invalid snapshot is refused with the JSON path of the problem", async ({ page }) => {
    const broken = JSON.parse(snapshot);
    broken.cloudPCs[0].displayName = 42;
    await page.goto("/reports");
    await page.getByLabel("Snapshot file (.json)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole("button", { name: "Import snapshot" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "$.cloudPCs[0].displayName" })).toBeVisible();
  });
});
