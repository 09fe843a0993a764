import { test, expect } from "@playwright/test";
import { navigation } from "../../lib/ui/navigation";
import { can } from "../../lib/auth/permissions";
import { roleNames, storageStateFor } from "../support/roles";

for (const role of roleNames) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test(`someone signed in as ${role} opens every area of the product and each page renders`, async ({ page }) => {
      for (const item of navigation) {
        const response = await page.goto(item.href);
        expect(response?.status(), item.href).toBe(200);
        await expect(page.getByRole("heading", { level: 1 }), item.href).toBeVisible();
        if (can(role, item.permission)) {
          await expect(page.getByText("Your role does not open this page"), item.href).toHaveCount(0);
        } else {
          await expect(page.getByText("Your role does not open this page"), item.href).toBeVisible();
        }
      }
    });

    test(`the sidebar shows ${role} only the areas the role opens`, async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const item of navigation) {
        const link = nav.getByRole("link", { name: item.label, exact: true });
        if (can(role, item.permission)) await expect(link).toBeVisible();
        else await expect(link).toHaveCount(0);
      }
    });
  });
}

test.describe("tenant switcher", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("switching to Fabrikam scopes the overview to Fabrikam and survives a reload", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Contoso");
    await page.getByLabel("Tenant").selectOption({ label: "Fabrikam (government)" });
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Fabrikam");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Fabrikam");
    await page.getByLabel("Tenant").selectOption({ label: "Contoso (enterprise)" });
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Contoso");
  });
});
