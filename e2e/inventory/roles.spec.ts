import { test, expect } from "@playwright/test";
import { storageStateFor } from "../support/roles";

for (const role of ["helpdesk", "viewer"] as const) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test(`a ${role} reads the inventories but sees no create, edit or delete control`, async ({ page }) => {
      const lists = [
        { path: "/cloud-pcs", table: "Cloud PCs", create: "New Cloud PC" },
        { path: "/users", table: "Users", create: "New user" },
        { path: "/clients", table: "Clients", create: "New client" },
        { path: "/network-connections", table: "Azure network connections", create: "New network connection" },
        { path: "/provisioning-policies", table: "Provisioning policies", create: null },
      ];
      for (const list of lists) {
        await page.goto(list.path);
        const table = page.getByRole("table", { name: list.table });
        await expect(table).toBeVisible();
        if (list.create) await expect(page.getByRole("link", { name: list.create })).toHaveCount(0);
        await table.getByRole("rowheader").first().getByRole("link").click();
        await expect(page.getByRole("heading", { level: 2, name: "Facts" })).toBeVisible();
        await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
        await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);

        // Typing the edit address is no way around it.
        await page.goto(`${new URL(page.url()).pathname}/edit`);
        await expect(page.getByRole("heading", { name: "Your role does not open this page" })).toBeVisible();
        await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
      }
      await page.goto("/cloud-pcs/new");
      await expect(page.getByRole("heading", { name: "Your role does not open this page" })).toBeVisible();
    });
  });
}
