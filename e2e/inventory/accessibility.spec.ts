import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { storageStateFor } from "../support/roles";
import { ensureEvaluated } from "../support/evaluation";

test.use({ storageState: storageStateFor("admin") });

// The list pages are in e2e/accessibility; these are the pages behind them: each inventory's first
// record, its edit form and the create forms, with findings and evidence on them after an evaluation.
const lists = [
  { path: "/cloud-pcs", table: "Cloud PCs", edit: true },
  { path: "/users", table: "Users", edit: true },
  { path: "/provisioning-policies", table: "Provisioning policies", edit: true },
  { path: "/network-connections", table: "Azure network connections", edit: true },
  { path: "/conditional-access", table: "Conditional Access policies", edit: false },
  { path: "/clients", table: "Clients", edit: true },
];
const createForms = ["/cloud-pcs/new", "/users/new", "/clients/new", "/network-connections/new"];

async function seriousViolations(page: Page, path: string, report: string[]) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
    report.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }
}

for (const theme of ["light", "dark"] as const) {
  test(`the inventory's detail, edit and create pages have no serious or critical accessibility violation, ${theme} theme`, async ({ page, context, baseURL }) => {
    // Eleven pages, each analyzed by axe: on a busy two-core machine that needs more than the default minute.
    test.slow();
    await ensureEvaluated(page);
    await context.addCookies([{ name: "sightline-theme", value: theme, url: baseURL! }]);
    const report: string[] = [];
    for (const list of lists) {
      await page.goto(list.path);
      await page.getByRole("table", { name: list.table }).getByRole("rowheader").first().getByRole("link").click();
      await expect(page.getByRole("heading", { level: 2, name: "Facts" })).toBeVisible();
      const detail = new URL(page.url()).pathname;
      await seriousViolations(page, detail, report);
      if (list.edit) {
        await page.goto(`${detail}/edit`);
        await seriousViolations(page, `${detail}/edit`, report);
      }
    }
    for (const path of createForms) {
      await page.goto(path);
      await seriousViolations(page, path, report);
    }
    await context.addCookies([{ name: "sightline-theme", value: "light", url: baseURL! }]);
    expect(report).toEqual([]);
  });
}
