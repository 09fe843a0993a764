import { test, expect } from "@playwright/test";
import { storageStateFor } from "../support/roles";

test("two admins save the same Cloud PC: the second sees both values, keeps their input and can still win", async ({ browser }) => {
  const first = await browser.newContext({ storageState: storageStateFor("admin") });
  const second = await browser.newContext({ storageState: storageStateFor("admin") });
  const alice = await first.newPage();
  const bob = await second.newPage();
  const name = `CPC-E2E-${Date.now().toString(36).toUpperCase()}`;

  // A Cloud PC of the test's own, so no other test's data changes.
  await alice.goto("/cloud-pcs/new");
  await alice.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await alice.getByLabel("OS build").fill("26100.1000");
  await alice.getByRole("button", { name: "Create Cloud PC" }).click();
  await expect(alice.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(alice.getByRole("status").filter({ hasText: "The Cloud PC was created." })).toBeVisible();
  const editUrl = `${new URL(alice.url()).pathname}/edit`;

  await alice.goto(editUrl);
  await bob.goto(editUrl);
  await alice.getByLabel("OS build").fill("26100.2000");
  await bob.getByLabel("OS build").fill("26100.3000");
  await bob.getByLabel("Service plan").fill("Cloud PC Enterprise 8vCPU/32GB/512GB");

  await alice.getByRole("button", { name: "Save Cloud PC" }).click();
  await expect(alice.getByRole("status").filter({ hasText: "The Cloud PC was saved." })).toBeVisible();

  await bob.getByRole("button", { name: "Save Cloud PC" }).click();
  const conflict = bob.getByRole("alert").filter({ hasText: "Someone else changed this record" });
  await expect(conflict).toBeVisible();
  const buildRow = conflict.getByRole("row", { name: /OS build/ });
  await expect(buildRow.getByRole("cell").first()).toHaveText("26100.2000");
  await expect(buildRow.getByRole("cell").last()).toHaveText("26100.3000");
  // Nothing Bob typed is lost.
  await expect(bob.getByLabel("OS build")).toHaveValue("26100.3000");
  await expect(bob.getByLabel("Service plan")).toHaveValue("Cloud PC Enterprise 8vCPU/32GB/512GB");

  await conflict.getByRole("button", { name: "Save mine over theirs" }).click();
  await expect(bob.getByRole("status").filter({ hasText: "The Cloud PC was saved." })).toBeVisible();
  const facts = bob.getByRole("table", { name: `Facts of ${name}` });
  await expect(facts.getByRole("row", { name: /^OS build/ })).toContainText("26100.3000");
  await expect(facts.getByRole("row", { name: /^Service plan/ })).toContainText("8vCPU/32GB/512GB");

  // Alice's page is now stale too: deleting from it is refused rather than removing Bob's save unseen.
  await alice.getByRole("button", { name: "Delete" }).click();
  await alice.getByRole("dialog").getByRole("button", { name: "Delete Cloud PC" }).click();
  await expect(alice.getByRole("dialog").getByRole("alert")).toContainText("Someone else saved this Cloud PC");

  await bob.getByRole("button", { name: "Delete" }).click();
  await bob.getByRole("dialog").getByRole("button", { name: "Delete Cloud PC" }).click();
  await expect(bob).toHaveURL(/\/cloud-pcs\?changed=deleted$/);
  await expect(bob.getByRole("status").filter({ hasText: "The Cloud PC was deleted." })).toBeVisible();

  await first.close();
  await second.close();
});

test("an admin gets per-field errors for bad input, and nothing is saved", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("admin") });
  const page = await context.newPage();
  await page.goto("/cloud-pcs/new");
  await page.getByLabel("Assigned user (UPN)").fill("not a upn");
  await page.getByLabel("OS release").fill("soon");
  await page.getByLabel("Installed cumulative updates").fill("KB5065789 2025-09\nthe October one");
  await page.getByRole("button", { name: "Create Cloud PC" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveAccessibleDescription("The name is required");
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toBeFocused();
  await expect(page.getByLabel("Assigned user (UPN)")).toHaveAccessibleDescription(/name@domain/);
  await expect(page.getByLabel("OS release")).toHaveAccessibleDescription(/24H2/);
  await expect(page.getByLabel("Installed cumulative updates")).toHaveAccessibleDescription(/Line 2/);
  await expect(page.getByLabel("OS release")).toHaveValue("soon");
  await expect(page).toHaveURL(/\/cloud-pcs\/new$/);
  await context.close();
});
