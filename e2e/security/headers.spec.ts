import { test, expect } from "@playwright/test";
import { storageStateFor } from "../support/roles";

test("every page carries a nonce-based Content-Security-Policy without unsafe-eval and refuses framing", async ({ request }) => {
  for (const path of ["/login", "/api/tenants"]) {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp, path).toContain("object-src 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(response.headers()["x-powered-by"], path).toBeUndefined();
  }
  const a = (await request.get("/login")).headers()["content-security-policy"];
  const b = (await request.get("/login")).headers()["content-security-policy"];
  expect(a).not.toEqual(b);
});

test.describe("signed in", () => {
  test.use({ storageState: storageStateFor("admin") });
  test("pages run under the policy with no violation reported", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ["/", "/findings", "/matrix", "/reports"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    // The theme toggle is client code: it only works if the app's scripts were allowed to run.
    await page.goto("/");
    await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.getByRole("button", { name: /Switch to light theme/ }).click();
    expect(violations).toEqual([]);
  });
});
