// Captures the pages named on the command line (default: all areas) in light and dark themes, signed in
// as the given role, into docs/screenshots/. Usage: node scripts/capture-screenshots.mjs [baseURL] [role] [path...]
import { chromium } from "@playwright/test";
import fs from "node:fs";

const [baseURL = "http://127.0.0.1:3000", role = "admin", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["/", "/findings", "/reports", "/settings", "/cloud-pcs"];
const passwords = { admin: "Sightline-admin-1", helpdesk: "Sightline-helpdesk-1", viewer: "Sightline-viewer-1" };
const outDir = process.env.SCREENSHOT_DIR ?? "docs/screenshots";
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const width = Number(process.env.SCREENSHOT_WIDTH ?? 1280);
const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL });
const page = await context.newPage();
await page.goto("/login");
await page.screenshot({ path: `${outDir}/login.png` });
await page.getByLabel("Email").fill(`${role}@sightline.test`);
await page.getByLabel("Password").fill(passwords[role]);
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByRole("navigation", { name: "Main" }).waitFor();
for (const theme of ["light", "dark"]) {
  await context.addCookies([{ name: "sightline-theme", value: theme, url: baseURL }]);
  for (const p of pages) {
    await page.goto(p);
    await page.waitForLoadState("networkidle");
    const name = (p === "/" ? "overview" : p.slice(1).replace(/[/?=&]+/g, "-")) + `-${theme}${width < 800 ? "-narrow" : ""}.png`;
    await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
    console.log(`${outDir}/${name}`);
  }
}
await browser.close();
