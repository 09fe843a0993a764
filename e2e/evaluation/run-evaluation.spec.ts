import { test, expect } from "@playwright/test";
import { storageStateFor } from "../support/roles";

test.use({ storageState: storageStateFor("helpdesk") });

test("help desk runs an evaluation, sees its summary, and a second run finds nothing new", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Run evaluation" }).click();
  await expect(page.getByRole("status")).toContainText("Evaluation finished", { timeout: 30_000 });
  await expect(page.getByText(/New since the previous run \(\d+\)/)).toBeVisible();
  await expect(page.getByLabel("Posture score", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Run evaluation" }).click();
  await expect(page.getByRole("status")).toContainText(/0 new/, { timeout: 30_000 });
  await expect(page.getByText("New since the previous run (0)")).toBeVisible();

  await page.goto("/findings?stalls=1&severity=critical");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("table").getByText("EXT-004").first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Severity")).toHaveValue("critical");
});
