import { test as setup, expect } from "@playwright/test";
import { accounts, roleNames, storageStateFor } from "./support/roles";

// Signs in once per role and saves the browser state; every other spec starts signed in.
for (const role of roleNames) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(accounts[role].email);
    await page.getByLabel("Password").fill(accounts[role].password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
