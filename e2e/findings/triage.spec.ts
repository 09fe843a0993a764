import { test, expect } from "@playwright/test";
import { storageStateFor } from "../support/roles";
import { ensureEvaluated } from "../support/evaluation";

test.describe("as admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an admin accepts the risk of two findings with a reason, owner and expiry, then reopens one", async ({ page }) => {
    await ensureEvaluated(page);
    await page.goto("/findings?ruleId=SSO-001&status=open");
    await expect(page.getByRole("checkbox", { name: /^Select SSO-001 on / })).toHaveCount(2);
    await page.getByRole("checkbox", { name: /^Select SSO-001 on / }).nth(0).check();
    await page.getByRole("checkbox", { name: /^Select SSO-001 on / }).nth(1).check();
    await page.getByRole("button", { name: "Accept risk (2)" }).click();
    await page.getByLabel("Reason").fill("Kiosk policy: credential prompt is intended until the SSO rollout");
    await page.getByLabel("Owner").fill("Dana Ops");
    await page.getByRole("button", { name: "Accept 2" }).click();
    await expect(page.getByRole("status")).toContainText("Accepted the risk of 2 findings");
    await expect(page.getByText("No findings match")).toBeVisible();

    await page.goto("/findings?ruleId=SSO-001&status=accepted");
    await expect(page.getByRole("table").getByText("Accepted by Dana Ops", { exact: false })).toHaveCount(2);
    await page.getByRole("checkbox", { name: /^Select SSO-001 on / }).first().check();
    await page.getByRole("button", { name: "Reopen (1)" }).click();
    await expect(page.getByRole("status")).toContainText("Reopened 1 finding");
    await expect(page.getByRole("table").getByText("Accepted by Dana Ops", { exact: false })).toHaveCount(1);
  });

  test("accepting a risk without a reason is refused with the field's message and changes nothing", async ({ page }) => {
    await ensureEvaluated(page);
    await page.goto("/findings?ruleId=AUTH-006&status=open");
    await page.getByRole("checkbox", { name: /^Select AUTH-006 on / }).first().check();
    await page.getByRole("button", { name: /Accept risk/ }).click();
    await page.getByLabel("Reason").fill("short");
    await page.getByLabel("Reason").evaluate((el) => el.removeAttribute("minlength"));
    await page.getByLabel("Owner").fill("Dana Ops");
    await page.getByRole("button", { name: /^Accept 1$/ }).click();
    await expect(page.getByText("Say why the risk is accepted")).toBeVisible();
    await page.goto("/findings?ruleId=AUTH-006&status=accepted");
    await expect(page.getByText("No findings match")).toBeVisible();
  });
});

test.describe("as viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });
  test("a viewer sees findings but no triage controls, and the rule page explains the rule", async ({ page }) => {
    await page.goto("/findings?view=rules");
    await expect(page.getByRole("heading", { level: 1, name: "Findings" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Accept risk/ })).toHaveCount(0);
    await page.goto("/findings/rules/EXT-004");
    await expect(page.getByRole("heading", { name: "How to fix it" })).toBeVisible();
    await expect(page.getByText(/Source:/)).toBeVisible();
  });
});
