import { test, expect } from "@playwright/test";
import { accounts } from "../support/roles";

test("a visitor without a session is sent to the sign-in page", async ({ page }) => {
  await page.goto("/findings");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in to Sightline" })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(accounts.viewer.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not right" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("an API route answers 401 JSON without a session", async ({ request }) => {
  const response = await request.get("/api/tenants");
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: "unauthenticated" });
});

test("a person signs in, sees the overview, and signs out", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(accounts.helpdesk.email);
  await page.getByLabel("Password").fill(accounts.helpdesk.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("overview");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});
