import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { navigation } from "../../lib/ui/navigation";
import { storageStateFor } from "../support/roles";
import { ensureEvaluated } from "../support/evaluation";

test.use({ storageState: storageStateFor("admin") });
// Sixteen pages, each analysed by axe, on a shared two-core machine.
test.setTimeout(300_000);

const extraPages = ["/findings?view=rules", "/findings/rules/EXT-004"];

for (const theme of ["light", "dark"] as const) {
  test(`no serious or critical accessibility violation on any page, ${theme} theme`, async ({ page, context, baseURL }) => {
    await ensureEvaluated(page);
    await context.addCookies([{ name: "sightline-theme", value: theme, url: baseURL! }]);
    const report: string[] = [];
    for (const path of [...navigation.map((n) => n.href), ...extraPages]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        report.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      }
    }
    await context.addCookies([{ name: "sightline-theme", value: "light", url: baseURL! }]);
    expect(report).toEqual([]);
  });
}
