import { defineConfig, devices } from "@playwright/test";
import { launchOptions } from "./e2e/support/chromium";

// Two app instances sharing one PostgreSQL database (scripts/instances-server.sh starts both); the
// specs in e2e/instances drive them side by side. Run by the test script's PostgreSQL pass.
const portA = Number(process.env.INSTANCE_A_PORT ?? 3201);
const portB = Number(process.env.INSTANCE_B_PORT ?? 3202);
export const instanceA = `http://127.0.0.1:${portA}`;
export const instanceB = `http://127.0.0.1:${portB}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/instances",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: "list",
  use: { baseURL: instanceA, launchOptions, trace: "off", screenshot: "only-on-failure" },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "instances", testMatch: /instances\/.*\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions }, dependencies: ["setup"] },
  ],
  webServer: [
    {
      command: "bash scripts/instances-server.sh",
      url: `${instanceB}/api/health`,
      env: { INSTANCE_A_PORT: String(portA), INSTANCE_B_PORT: String(portB) },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    // The same process serves A; this entry waits until A answers too.
    { command: "sleep 600", url: `${instanceA}/api/health`, reuseExistingServer: true, timeout: 240_000 },
  ],
});
