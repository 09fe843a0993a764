import { test, expect, type Page } from "@playwright/test";
import { storageStateFor } from "../support/roles";

test.use({ storageState: storageStateFor("admin") });

const card = (page: Page, title: string) => page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });

test("a Cloud PC's page links its user, policy, network connection and clients, and the links lead there and back", async ({ page }) => {
  await page.goto("/cloud-pcs?q=adele.vance");
  await page.getByRole("table", { name: "Cloud PCs" }).getByRole("link", { name: /^CPC-adel/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^CPC-adel/ })).toBeVisible();
  const cloudPc = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  expect(cloudPc).toMatch(/^CPC-adel/);

  const relations = card(page, "Relations");
  await expect(relations.getByRole("link", { name: "Adele Vance" })).toBeVisible();
  const policyLink = relations.getByRole("link", { name: /Hybrid/ });
  const policy = (await policyLink.innerText()).trim();
  const connection = (await relations.getByRole("heading", { name: "Azure network connection" }).locator("xpath=..").getByRole("link").innerText()).trim();
  await expect(relations.getByRole("heading", { name: "Clients of the user" }).locator("xpath=..").getByRole("link").first()).toBeVisible();

  // Every fact says where it comes from.
  const facts = page.getByRole("table", { name: `Facts of ${cloudPc}` });
  await expect(facts.getByRole("row", { name: /^SSO applied/ })).toContainText("cloudPC.connectionSetting.enableSingleSignOn");
  await expect(facts.getByRole("row", { name: /^OS release/ })).toContainText("Sightline fact");
  await expect(facts.getByRole("row", { name: /^Join type/ })).toContainText("Derived from");

  await relations.getByRole("link", { name: "Adele Vance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Adele Vance" })).toBeVisible();
  await expect(card(page, "Identity type")).toContainText("Hybrid");
  await expect(card(page, "Identity type")).toContainText("On-premises sync enabled");
  await card(page, "Relations").getByRole("link", { name: cloudPc, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: cloudPc })).toBeVisible();

  await card(page, "Relations").getByRole("link", { name: policy, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: policy })).toBeVisible();
  await card(page, "Relations").getByRole("link", { name: connection, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: connection })).toBeVisible();
  await expect(card(page, "Relations").getByRole("link", { name: policy, exact: true })).toBeVisible();
});
