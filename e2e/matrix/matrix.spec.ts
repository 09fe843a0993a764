import { test, expect } from "@playwright/test";
import { storageStateFor } from "../support/roles";
import { ensureEvaluated } from "../support/evaluation";

test.use({ storageState: storageStateFor("admin") });

test("a flagged matrix cell leads to the findings that break it", async ({ page }) => {
  await ensureEvaluated(page);
  await page.goto("/matrix");
  await expect(page.getByRole("heading", { name: "Capabilities by join type" })).toBeVisible();
  const join = page.getByRole("table", { name: "Capabilities by join type" });
  await join.getByRole("row", { name: /Identity types that can sign in/ }).getByRole("link", { name: /JOIN-003/ }).click();
  await expect(page).toHaveURL(/\/findings\?ruleId=JOIN-003/);
  await expect(page.getByRole("table").getByText("JOIN-003").first()).toBeVisible();
});

test("the identity type by join type matrix counts people and marks unsupported pairs", async ({ page }) => {
  await page.goto("/matrix");
  const matrix = page.getByRole("table", { name: "Identity type × join type" });
  const cloudOnly = matrix.getByRole("row", { name: /Cloud-only/ });
  await expect(cloudOnly.getByLabel("Not supported")).toBeVisible();
  await expect(cloudOnly.getByLabel("Supported", { exact: true })).toBeVisible();
  await expect(matrix.getByRole("link", { name: /\d+ (people|person)/ }).first()).toBeVisible();
});
