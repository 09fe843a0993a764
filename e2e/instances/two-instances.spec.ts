import { test, expect, type Browser, type Page } from "@playwright/test";
import { buildSyntheticTenant } from "@/prisma/factories/synthetic";
import { instanceA, instanceB } from "../../playwright.instances.config";
import { storageStateFor, type RoleName } from "../support/roles";

// Two app instances on one PostgreSQL database: whatever one instance does, the other sees, and the
// guarantees that span requests (one evaluation per tenant, optimistic concurrency) hold across them.

async function pageOn(browser: Browser, role: RoleName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  return context.newPage();
}

/** Chooses the tenant both instances show (the choice is a cookie for 127.0.0.1, whatever the port). */
async function chooseTenant(page: Page, tenantId: string) {
  await page.context().addCookies([{ name: "sightline-tenant", value: tenantId, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" }]);
}

test.describe.configure({ mode: "serial" });

let importedTenantId = "";

test("a tenant imported through one instance is listed and shown by the other", async ({ browser }) => {
  const admin = await pageOn(browser, "admin");
  // Large enough that an evaluation takes a few seconds (the next test races two of them).
  const snapshot = buildSyntheticTenant({ cloudPcs: 3000, seed: `Instances${Date.now().toString(36)}` });
  const response = await admin.request.post(`${instanceA}/api/snapshots`, { data: snapshot, timeout: 120_000 });
  expect(response.status()).toBe(200);
  const result = (await response.json()) as { ok: boolean; tenantId: string; tenantName: string };
  expect(result.ok).toBe(true);
  importedTenantId = result.tenantId;

  const tenants = await admin.request.get(`${instanceB}/api/tenants`);
  expect(tenants.status()).toBe(200);
  expect(JSON.stringify(await tenants.json())).toContain(result.tenantId);

  await chooseTenant(admin, importedTenantId);
  const cloudPc = snapshot.cloudPCs[1234].displayName!;
  await admin.goto(`${instanceB}/cloud-pcs?q=${encodeURIComponent(cloudPc)}`);
  await expect(admin.getByRole("link", { name: cloudPc, exact: true })).toBeVisible();
});

test("an evaluation started through both instances at once runs once; the other instance says so", async ({ browser }) => {
  expect(importedTenantId).not.toBe("");
  const first = await pageOn(browser, "helpdesk");
  const second = await pageOn(browser, "admin");
  await chooseTenant(first, importedTenantId);
  await chooseTenant(second, importedTenantId);
  await first.goto(`${instanceA}/`);
  await second.goto(`${instanceB}/`);
  const runA = first.getByRole("button", { name: "Run evaluation" });
  const runB = second.getByRole("button", { name: "Run evaluation" });
  await expect(runA).toBeEnabled();
  await expect(runB).toBeEnabled();

  await Promise.all([runA.click(), runB.click()]);
  const outcomes = await Promise.all(
    [first, second].map(async (page) => {
      const status = page.getByRole("status").filter({ hasText: /Evaluation finished|already running/ });
      await expect(status).toBeVisible({ timeout: 90_000 });
      return (await status.textContent()) ?? "";
    }),
  );
  expect(outcomes.filter((text) => /Evaluation finished/.test(text))).toHaveLength(1);
  expect(outcomes.filter((text) => /already running/.test(text))).toHaveLength(1);

  // Afterwards neither instance reports a run in progress, and a new run can start.
  for (const base of [instanceA, instanceB]) {
    const status = await first.request.get(`${base}/api/tenants/${importedTenantId}/evaluation`);
    expect(((await status.json()) as { running: unknown }).running).toBeNull();
  }
});

test("two admins saving the same Cloud PC through different instances: the second sees a conflict", async ({ browser }) => {
  const alice = await pageOn(browser, "admin");
  const bob = await pageOn(browser, "admin");
  const name = `CPC-INST-${Date.now().toString(36).toUpperCase()}`;

  await alice.goto(`${instanceA}/cloud-pcs/new`);
  await alice.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await alice.getByLabel("OS build").fill("26100.1000");
  await alice.getByRole("button", { name: "Create Cloud PC" }).click();
  await expect(alice.getByRole("heading", { level: 1, name })).toBeVisible();
  const editPath = `${new URL(alice.url()).pathname}/edit`;

  await alice.goto(`${instanceA}${editPath}`);
  await bob.goto(`${instanceB}${editPath}`);
  await alice.getByLabel("OS build").fill("26100.2000");
  await bob.getByLabel("OS build").fill("26100.3000");

  await alice.getByRole("button", { name: "Save Cloud PC" }).click();
  await expect(alice.getByRole("status").filter({ hasText: "The Cloud PC was saved." })).toBeVisible();

  await bob.getByRole("button", { name: "Save Cloud PC" }).click();
  const conflict = bob.getByRole("alert").filter({ hasText: "Someone else changed this record" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("row", { name: /OS build/ }).getByRole("cell").first()).toHaveText("26100.2000");

  // Alice's save stands on both instances until Bob chooses to overwrite it.
  for (const base of [instanceA, instanceB]) {
    await alice.goto(`${base}${editPath.replace(/\/edit$/, "")}`);
    await expect(alice.getByRole("table", { name: `Facts of ${name}` }).getByRole("row", { name: /^OS build/ })).toContainText("26100.2000");
  }
});
