import { test, expect } from "@playwright/test";
import { storageStateFor } from "../support/roles";

test.use({ storageState: storageStateFor("admin") });

test("an admin finds sign-ins in the audit log, filtered by action, and the filter survives a reload", async ({ page }) => {
  await page.goto("/audit");
  await page.getByLabel("Action").selectOption("signIn.succeeded");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=signIn.succeeded/);
  const table = page.getByRole("table");
  await expect(table.getByText("signIn.succeeded").first()).toBeVisible();
  await expect(table.getByText("signIn.failed")).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Action")).toHaveValue("signIn.succeeded");
});
