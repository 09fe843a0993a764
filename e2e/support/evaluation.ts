import { expect, type Page } from "@playwright/test";

/** Makes sure the selected tenant has a finished evaluation (runs one from the overview if not). */
export async function ensureEvaluated(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  if (await page.getByText("No evaluation has run on this tenant yet.").isVisible()) {
    await page.getByRole("button", { name: "Run evaluation" }).click();
    await expect(page.getByRole("status")).toContainText("Evaluation finished", { timeout: 60_000 });
  }
}
